import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Unit } from '../../src/domain/org/unit.js';
import { buildService, buildUnit } from '../support/factories.js';
import { createTestServer, type ApiClient, type ApiResponse, type TestServer } from '../support/server.js';

// A double click, a retry after a timeout, two admins at once: the same create arrives
// several times concurrently. One of them is stored, the others get 409, none a 5xx.
// (On PostgreSQL the requests really run in parallel transactions.)
const COPIES = 5;

let server: TestServer;
let admin: ApiClient;
let parent: Unit;
let customer: Unit;

beforeAll(async () => {
  server = await createTestServer();
  admin = await server.signInAsAdmin();
  parent = await buildUnit(server.context, { name: 'Parent' });
  customer = await buildUnit(server.context, { name: 'Customer' });
});
afterAll(async () => {
  await server?.cleanup();
});

async function submitConcurrently(url: string, body: unknown): Promise<number[]> {
  const responses: ApiResponse[] = await Promise.all(Array.from({ length: COPIES }, () => admin.post(url, body)));
  return responses.map((response) => response.status).sort();
}

describe('the same create, submitted several times at once', () => {
  it('stores one unit; the others are 409', async () => {
    const statuses = await submitConcurrently('/api/units', { name: 'Twin Unit', parentId: parent.id });
    expect(statuses).toEqual([201, ...Array(COPIES - 1).fill(409)]);
    const twins = ((await admin.get('/api/units')).body.units as { name: string; parentId: string }[]).filter(
      (unit) => unit.name === 'Twin Unit' && unit.parentId === parent.id,
    );
    expect(twins).toHaveLength(1);
  });

  it('stores one person; the others are 409', async () => {
    const statuses = await submitConcurrently('/api/people', {
      email: 'twin@example.test',
      name: 'Twin',
      unitId: parent.id,
      locale: 'en',
      isLead: false,
    });
    expect(statuses).toEqual([201, ...Array(COPIES - 1).fill(409)]);
    expect((await admin.get('/api/people?search=twin@example.test')).body.total).toBe(1);
  });

  it('stores one service; the others are 409', async () => {
    const statuses = await submitConcurrently('/api/services', { providerUnitId: parent.id, name: 'Twin Service' });
    expect(statuses).toEqual([201, ...Array(COPIES - 1).fill(409)]);
    const twins = ((await admin.get('/api/services')).body.services as { name: string }[]).filter(
      (service) => service.name === 'Twin Service',
    );
    expect(twins).toHaveLength(1);
  });

  it('stores one relationship; the others are 409', async () => {
    const service = await buildService(server.context, { providerUnitId: parent.id });
    const statuses = await submitConcurrently('/api/relationships', {
      providerUnitId: parent.id,
      customerUnitId: customer.id,
      serviceIds: [service.id],
    });
    expect(statuses).toEqual([201, ...Array(COPIES - 1).fill(409)]);
    const pairs = (
      (await admin.get('/api/relationships')).body.relationships as { providerUnitId: string; customerUnitId: string }[]
    ).filter((relationship) => relationship.providerUnitId === parent.id && relationship.customerUnitId === customer.id);
    expect(pairs).toHaveLength(1);
  });
});
