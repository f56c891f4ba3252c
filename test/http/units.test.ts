import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccount, buildPerson, buildRelationship, buildService, buildUnit } from '../support/factories.js';
import { createTestServer, expectProblem, type ApiClient, type TestServer } from '../support/server.js';

let server: TestServer;
let admin: ApiClient;
beforeAll(async () => {
  server = await createTestServer();
  admin = await server.signInAsAdmin();
});
afterAll(async () => {
  await server?.cleanup();
});

const pathOf = async (id: string): Promise<string> => (await admin.get(`/api/units/${id}`)).body.unit.path;

describe('POST /api/units', () => {
  it('creates a unit at the top and one below it', async () => {
    const top = await admin.post('/api/units', { name: '  Acme  ', parentId: null, code: 'ACME' });
    expect(top.status).toBe(201);
    expect(top.body).toEqual({ id: expect.any(String), name: 'Acme', parentId: null, code: 'ACME' });
    const child = await admin.post('/api/units', { name: 'Finance', parentId: top.body.id });
    expect(child.status).toBe(201);
    expect(child.body).toMatchObject({ name: 'Finance', parentId: top.body.id, code: null });
    expect(await pathOf(child.body.id)).toBe('Acme/Finance');
  });

  it('lists units ordered by path with head counts', async () => {
    const top = await buildUnit(server.context, { name: 'Zeta Corp' });
    const child = await buildUnit(server.context, { name: 'Alpha', parentId: top.id });
    await buildPerson(server.context, { unitId: child.id });
    await buildPerson(server.context, { unitId: child.id });
    const { status, body } = await admin.get('/api/units');
    expect(status).toBe(200);
    const paths = (body.units as { path: string }[]).map((unit) => unit.path);
    expect(paths).toEqual([...paths].sort((a, b) => a.localeCompare(b)));
    expect(body.units).toEqual(
      expect.arrayContaining([
        { id: top.id, name: 'Zeta Corp', parentId: null, code: null, path: 'Zeta Corp', peopleCount: 0 },
        { id: child.id, name: 'Alpha', parentId: top.id, code: null, path: 'Zeta Corp/Alpha', peopleCount: 2 },
      ]),
    );
  });

  it.each([
    { case: 'a sibling with the same name', name: 'Sales', status: 409, field: 'name' },
    { case: 'a sibling with the same name in other case', name: 'SALES', status: 409, field: 'name' },
    { case: 'a name with a slash', name: 'Sales/Inside', status: 422, field: 'name' },
    { case: 'a blank name', name: '   ', status: 422, field: 'name' },
  ])('refuses $case → $status naming $field', async ({ name, status, field }) => {
    const parent = await buildUnit(server.context);
    await buildUnit(server.context, { name: 'Sales', parentId: parent.id });
    expectProblem(await admin.post('/api/units', { name, parentId: parent.id }), status, field);
  });

  it('refuses an unknown parent with 422 naming parentId', async () => {
    expectProblem(await admin.post('/api/units', { name: 'Orphan', parentId: randomUUID() }), 422, 'parentId');
  });

  it('refuses a taken code with 409 naming code', async () => {
    await buildUnit(server.context, { code: 'DUP-1' });
    expectProblem(await admin.post('/api/units', { name: 'Other', parentId: null, code: 'DUP-1' }), 409, 'code');
  });
});

describe('GET /api/units/:id', () => {
  it('shows the unit with children, services and relationships both ways', async () => {
    const unit = await buildUnit(server.context, { name: 'Detail' });
    const child = await buildUnit(server.context, { name: 'Child', parentId: unit.id });
    const service = await buildService(server.context, { providerUnitId: unit.id, name: 'Payroll' });
    const asProvider = await buildRelationship(server.context, { providerUnitId: unit.id, serviceIds: [service.id] });
    const asCustomer = await buildRelationship(server.context, { customerUnitId: unit.id });
    const { status, body } = await admin.get(`/api/units/${unit.id}`);
    expect(status).toBe(200);
    expect(body.unit).toMatchObject({ id: unit.id, path: 'Detail', peopleCount: 0 });
    expect(body.children.map((item: { id: string }) => item.id)).toEqual([child.id]);
    expect(body.services).toEqual([{ id: service.id, providerUnitId: unit.id, name: 'Payroll', description: '' }]);
    expect(body.asProvider).toEqual([expect.objectContaining({ id: asProvider.id, services: [{ id: service.id, name: 'Payroll' }] })]);
    expect(body.asCustomer).toEqual([expect.objectContaining({ id: asCustomer.id, customerUnitId: unit.id, customerPath: 'Detail' })]);
  });

  it('answers 404 for an unknown id', async () => {
    expectProblem(await admin.get(`/api/units/${randomUUID()}`), 404);
  });
});

describe('PATCH /api/units/:id', () => {
  it('renames a unit, and the paths below it follow', async () => {
    const top = await buildUnit(server.context, { name: 'Old Name' });
    const child = await buildUnit(server.context, { name: 'Team', parentId: top.id });
    const response = await admin.patch(`/api/units/${top.id}`, { name: 'New Name' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: top.id, name: 'New Name', parentId: null });
    expect(await pathOf(child.id)).toBe('New Name/Team');
  });

  it('moves a unit with its subtree below another parent, and to the top', async () => {
    const a = await buildUnit(server.context, { name: 'Move A' });
    const b = await buildUnit(server.context, { name: 'Move B' });
    const moving = await buildUnit(server.context, { name: 'Mover', parentId: a.id });
    const below = await buildUnit(server.context, { name: 'Below', parentId: moving.id });
    const moved = await admin.patch(`/api/units/${moving.id}`, { parentId: b.id });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ name: 'Mover', parentId: b.id });
    expect(await pathOf(below.id)).toBe('Move B/Mover/Below');
    const toTop = await admin.patch(`/api/units/${moving.id}`, { parentId: null });
    expect(toTop.status).toBe(200);
    expect(toTop.body.parentId).toBeNull();
    expect(await pathOf(below.id)).toBe('Mover/Below');
  });

  it('leaves the parent alone when only the name changes', async () => {
    const parent = await buildUnit(server.context);
    const unit = await buildUnit(server.context, { parentId: parent.id });
    expect((await admin.patch(`/api/units/${unit.id}`, { name: 'Just Renamed' })).body.parentId).toBe(parent.id);
  });

  it.each([
    { case: 'below itself', target: 'self' },
    { case: 'below its child', target: 'child' },
    { case: 'below its grandchild', target: 'grandchild' },
  ])('refuses a move $case with 409 naming parentId, and changes nothing', async ({ target }) => {
    const top = await buildUnit(server.context);
    const child = await buildUnit(server.context, { parentId: top.id });
    const grandchild = await buildUnit(server.context, { parentId: child.id });
    const parentId = { self: top.id, child: child.id, grandchild: grandchild.id }[target];
    const response = await admin.patch(`/api/units/${top.id}`, { parentId });
    expectProblem(response, 409, 'parentId');
    expect(response.body.errors).toEqual([{ field: 'parentId', problem: expect.any(String) }]);
    expect((await admin.get(`/api/units/${top.id}`)).body.unit.parentId).toBeNull();
  });

  it('refuses a rename onto a sibling name (any case) with 409 naming name', async () => {
    const parent = await buildUnit(server.context);
    await buildUnit(server.context, { name: 'Controlling', parentId: parent.id });
    const unit = await buildUnit(server.context, { name: 'Accounting', parentId: parent.id });
    expectProblem(await admin.patch(`/api/units/${unit.id}`, { name: 'controlling' }), 409, 'name');
    expect(await pathOf(unit.id)).toMatch(/\/Accounting$/);
  });

  it('refuses a move next to a sibling of the same name with 409 naming name', async () => {
    const a = await buildUnit(server.context);
    const b = await buildUnit(server.context);
    await buildUnit(server.context, { name: 'Legal', parentId: a.id });
    const moving = await buildUnit(server.context, { name: 'Legal', parentId: b.id });
    expectProblem(await admin.patch(`/api/units/${moving.id}`, { parentId: a.id }), 409, 'name');
  });

  it('refuses an unknown parent with 422 naming parentId', async () => {
    const unit = await buildUnit(server.context);
    expectProblem(await admin.patch(`/api/units/${unit.id}`, { parentId: randomUUID() }), 422, 'parentId');
  });

  it('answers 404 for an unknown unit', async () => {
    expectProblem(await admin.patch(`/api/units/${randomUUID()}`, { name: 'Ghost' }), 404);
  });
});

describe('DELETE /api/units/:id', () => {
  it('deletes an empty unit', async () => {
    const unit = await buildUnit(server.context);
    const response = await admin.delete(`/api/units/${unit.id}`);
    expect(response.status).toBe(204);
    expect(response.raw.body).toBe('');
    expectProblem(await admin.get(`/api/units/${unit.id}`), 404);
  });

  it.each([
    { what: 'children', make: async (id: string) => void (await buildUnit(server.context, { parentId: id })) },
    { what: 'people', make: async (id: string) => void (await buildPerson(server.context, { unitId: id })) },
    { what: 'services', make: async (id: string) => void (await buildService(server.context, { providerUnitId: id })) },
    { what: 'relationships', make: async (id: string) => void (await buildRelationship(server.context, { customerUnitId: id })) },
    // A lead account points at its unit; deleting the unit must not orphan it (or fail with a 500).
    { what: 'account', make: async (id: string) => void (await buildAccount(server.context, { role: 'lead', unitId: id })) },
  ])('refuses a unit that still has $what with 409, and keeps it', async ({ what, make }) => {
    const unit = await buildUnit(server.context);
    await make(unit.id);
    const response = await admin.delete(`/api/units/${unit.id}`);
    expectProblem(response, 409);
    expect(response.body.detail).toContain(what);
    expect((await admin.get(`/api/units/${unit.id}`)).status).toBe(200);
  });

  it('answers 404 for an unknown unit', async () => {
    expectProblem(await admin.delete(`/api/units/${randomUUID()}`), 404);
  });
});

describe('the audit log', () => {
  it('records unit changes with the admin as actor', async () => {
    const created = await admin.post('/api/units', { name: 'Audited', parentId: null });
    await admin.patch(`/api/units/${created.body.id}`, { name: 'Audited Renamed' });
    await admin.delete(`/api/units/${created.body.id}`);
    const me = (await admin.get('/api/session')).body.account.id;
    const events = (await admin.get('/api/audit-events?limit=10')).body.events as { action: string; subject: string; accountId: string }[];
    const forUnit = events.filter((event) => event.subject === created.body.id);
    expect(forUnit.map((event) => event.action)).toEqual(['unit.delete', 'unit.update', 'unit.create']);
    expect(forUnit.every((event) => event.accountId === me)).toBe(true);
  });
});
