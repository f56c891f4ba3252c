import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Unit } from '../../src/domain/org/unit.js';
import { buildRelationship, buildService, buildUnit } from '../support/factories.js';
import { createTestServer, expectProblem, type ApiClient, type TestServer } from '../support/server.js';

let server: TestServer;
let admin: ApiClient;
let itUnit: Unit;
let hr: Unit;
let sales: Unit;

beforeAll(async () => {
  server = await createTestServer();
  admin = await server.signInAsAdmin();
  const company = await buildUnit(server.context, { name: 'Company' });
  itUnit = await buildUnit(server.context, { name: 'IT', parentId: company.id });
  hr = await buildUnit(server.context, { name: 'HR', parentId: company.id });
  sales = await buildUnit(server.context, { name: 'Sales', parentId: company.id });
});
afterAll(async () => {
  await server?.cleanup();
});

describe('services', () => {
  it('creates, lists, renames and deletes a service', async () => {
    const created = await admin.post('/api/services', {
      providerUnitId: itUnit.id,
      name: ' Laptops ',
      description: ' Devices for everyone ',
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      providerUnitId: itUnit.id,
      name: 'Laptops',
      description: 'Devices for everyone',
    });

    const listed = await admin.get('/api/services');
    expect(listed.status).toBe(200);
    expect(listed.body.services).toContainEqual({ ...created.body, providerPath: 'Company/IT', relationshipCount: 0 });

    const renamed = await admin.patch(`/api/services/${created.body.id}`, { name: 'Laptops & Phones' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Laptops & Phones', description: 'Devices for everyone' });

    expect((await admin.delete(`/api/services/${created.body.id}`)).status).toBe(204);
    expect((await admin.get('/api/services')).body.services.map((service: { id: string }) => service.id)).not.toContain(created.body.id);
  });

  it('counts the relationships that run through a service', async () => {
    const service = await buildService(server.context, { providerUnitId: hr.id, name: 'Recruiting' });
    await buildRelationship(server.context, { providerUnitId: hr.id, customerUnitId: sales.id, serviceIds: [service.id] });
    const listed = (await admin.get('/api/services')).body.services as { id: string; relationshipCount: number }[];
    expect(listed.find((item) => item.id === service.id)?.relationshipCount).toBe(1);
  });

  it('refuses a second service of the same name (any case) at one provider with 409, but allows it at another', async () => {
    await buildService(server.context, { providerUnitId: itUnit.id, name: 'Helpdesk' });
    expectProblem(await admin.post('/api/services', { providerUnitId: itUnit.id, name: 'HELPDESK' }), 409, 'name');
    expect((await admin.post('/api/services', { providerUnitId: hr.id, name: 'Helpdesk' })).status).toBe(201);
  });

  it('refuses a rename onto a taken name with 409', async () => {
    await buildService(server.context, { providerUnitId: itUnit.id, name: 'Printing' });
    const service = await buildService(server.context, { providerUnitId: itUnit.id, name: 'Scanning' });
    expectProblem(await admin.patch(`/api/services/${service.id}`, { name: 'printing' }), 409, 'name');
  });

  it.each([
    { case: 'an unknown provider', body: () => ({ providerUnitId: randomUUID(), name: 'Ghost Service' }), field: 'providerUnitId' },
    { case: 'a blank name', body: () => ({ providerUnitId: itUnit.id, name: '   ' }), field: 'name' },
    { case: 'a name of 161 characters', body: () => ({ providerUnitId: itUnit.id, name: 's'.repeat(161) }), field: 'name' },
  ])('refuses $case with 422 naming $field', async ({ body, field }) => {
    expectProblem(await admin.post('/api/services', body()), 422, field);
  });

  it('refuses to delete the only service of a relationship with 409', async () => {
    const relationship = await buildRelationship(server.context);
    expectProblem(await admin.delete(`/api/services/${relationship.serviceIds[0]}`), 409);
  });

  it('answers 404 for unknown services', async () => {
    expectProblem(await admin.patch(`/api/services/${randomUUID()}`, { name: 'X' }), 404);
    expectProblem(await admin.delete(`/api/services/${randomUUID()}`), 404);
  });
});

describe('relationships', () => {
  it('creates, lists, changes the services of and deletes a relationship', async () => {
    const provider = await buildUnit(server.context, { name: 'Facilities' });
    const customer = await buildUnit(server.context, { name: 'Research' });
    const cleaning = await buildService(server.context, { providerUnitId: provider.id, name: 'Cleaning' });
    const catering = await buildService(server.context, { providerUnitId: provider.id, name: 'Catering' });

    const created = await admin.post('/api/relationships', {
      providerUnitId: provider.id,
      customerUnitId: customer.id,
      serviceIds: [cleaning.id, cleaning.id],
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      providerUnitId: provider.id,
      customerUnitId: customer.id,
      serviceIds: [cleaning.id],
    });

    const listed = (await admin.get('/api/relationships')).body.relationships;
    expect(listed).toContainEqual({
      id: created.body.id,
      providerUnitId: provider.id,
      providerPath: 'Facilities',
      customerUnitId: customer.id,
      customerPath: 'Research',
      services: [{ id: cleaning.id, name: 'Cleaning' }],
    });

    const changed = await admin.patch(`/api/relationships/${created.body.id}`, { serviceIds: [catering.id, cleaning.id] });
    expect(changed.status).toBe(200);
    expect([...changed.body.serviceIds].sort()).toEqual([catering.id, cleaning.id].sort());
    const reread = (await admin.get('/api/relationships')).body.relationships.find((item: { id: string }) => item.id === created.body.id);
    expect(reread.services.map((service: { name: string }) => service.name).sort()).toEqual(['Catering', 'Cleaning']);

    // With two services, either may go; the relationship keeps the other.
    expect((await admin.delete(`/api/services/${catering.id}`)).status).toBe(204);
    const after = (await admin.get('/api/service-map')).body.relationships.find((item: { id: string }) => item.id === created.body.id);
    expect(after.serviceIds).toEqual([cleaning.id]);

    expect((await admin.delete(`/api/relationships/${created.body.id}`)).status).toBe(204);
    expectProblem(await admin.delete(`/api/relationships/${created.body.id}`), 404);
  });

  it('refuses a service of another unit with 422 naming serviceIds', async () => {
    const foreign = await buildService(server.context, { providerUnitId: hr.id });
    const response = await admin.post('/api/relationships', {
      providerUnitId: itUnit.id,
      customerUnitId: sales.id,
      serviceIds: [foreign.id],
    });
    expectProblem(response, 422, 'serviceIds');
    expect(response.body.errors).toEqual([{ field: 'serviceIds', problem: expect.stringContaining('not a service of the provider') }]);
  });

  it('refuses a foreign service when changing services, too', async () => {
    const relationship = await buildRelationship(server.context);
    const foreign = await buildService(server.context, { providerUnitId: hr.id });
    expectProblem(await admin.patch(`/api/relationships/${relationship.id}`, { serviceIds: [foreign.id] }), 422, 'serviceIds');
  });

  it('refuses a unit as its own customer with 422 naming customerUnitId', async () => {
    const service = await buildService(server.context, { providerUnitId: sales.id });
    expectProblem(
      await admin.post('/api/relationships', { providerUnitId: sales.id, customerUnitId: sales.id, serviceIds: [service.id] }),
      422,
      'customerUnitId',
    );
  });

  it('refuses a second relationship for the same pair with 409', async () => {
    const relationship = await buildRelationship(server.context);
    const other = await buildService(server.context, { providerUnitId: relationship.providerUnitId });
    const response = await admin.post('/api/relationships', {
      providerUnitId: relationship.providerUnitId,
      customerUnitId: relationship.customerUnitId,
      serviceIds: [other.id],
    });
    expectProblem(response, 409);
  });

  it('allows the reverse direction of an existing pair', async () => {
    const relationship = await buildRelationship(server.context);
    const service = await buildService(server.context, { providerUnitId: relationship.customerUnitId });
    const response = await admin.post('/api/relationships', {
      providerUnitId: relationship.customerUnitId,
      customerUnitId: relationship.providerUnitId,
      serviceIds: [service.id],
    });
    expect(response.status).toBe(201);
  });

  it.each([
    { case: 'no services', body: () => ({ providerUnitId: itUnit.id, customerUnitId: hr.id, serviceIds: [] }), field: 'serviceIds' },
    {
      case: 'an unknown service',
      body: () => ({ providerUnitId: itUnit.id, customerUnitId: hr.id, serviceIds: [randomUUID()] }),
      field: 'serviceIds',
    },
    {
      case: 'an unknown customer',
      body: () => ({ providerUnitId: itUnit.id, customerUnitId: randomUUID(), serviceIds: ['x'] }),
      field: 'customerUnitId',
    },
    {
      case: 'an unknown provider',
      body: () => ({ providerUnitId: randomUUID(), customerUnitId: hr.id, serviceIds: ['x'] }),
      field: 'providerUnitId',
    },
  ])('refuses $case with 422 naming $field', async ({ body, field }) => {
    expectProblem(await admin.post('/api/relationships', body()), 422, field);
  });

  it('answers 404 for unknown relationships', async () => {
    expectProblem(await admin.patch(`/api/relationships/${randomUUID()}`, { serviceIds: ['x'] }), 404);
  });
});

describe('GET /api/service-map', () => {
  it('is the compact graph: units as nodes, services, relationships as edges', async () => {
    const provider = await buildUnit(server.context, { name: 'Map Provider', code: 'MAP-P' });
    const customer = await buildUnit(server.context, { name: 'Map Customer', parentId: provider.id });
    const service = await buildService(server.context, { providerUnitId: provider.id, name: 'Mapping', description: 'not on the map' });
    const relationship = await buildRelationship(server.context, {
      providerUnitId: provider.id,
      customerUnitId: customer.id,
      serviceIds: [service.id],
    });

    const { status, body } = await admin.get('/api/service-map');
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(['relationships', 'services', 'units']);
    expect(body.units).toContainEqual({ id: customer.id, name: 'Map Customer', parentId: provider.id });
    expect(body.services).toContainEqual({ id: service.id, name: 'Mapping', providerUnitId: provider.id });
    expect(body.relationships).toContainEqual({
      id: relationship.id,
      providerUnitId: provider.id,
      customerUnitId: customer.id,
      serviceIds: [service.id],
    });
    // Exactly these keys: no codes, descriptions or timestamps on the wire.
    for (const unit of body.units) expect(Object.keys(unit).sort()).toEqual(['id', 'name', 'parentId']);
    for (const item of body.services) expect(Object.keys(item).sort()).toEqual(['id', 'name', 'providerUnitId']);
    for (const item of body.relationships)
      expect(Object.keys(item).sort()).toEqual(['customerUnitId', 'id', 'providerUnitId', 'serviceIds']);
    // Every edge joins known nodes through services of its provider.
    const unitIds = new Set(body.units.map((unit: { id: string }) => unit.id));
    const providerOf = new Map(body.services.map((item: { id: string; providerUnitId: string }) => [item.id, item.providerUnitId]));
    for (const edge of body.relationships) {
      expect(unitIds.has(edge.providerUnitId) && unitIds.has(edge.customerUnitId)).toBe(true);
      for (const serviceId of edge.serviceIds) expect(providerOf.get(serviceId)).toBe(edge.providerUnitId);
    }
  });
});
