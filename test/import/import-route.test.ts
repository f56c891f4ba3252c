import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccount } from '../support/factories.js';
import { createTestServer, expectProblem, type ApiClient, type TestServer } from '../support/server.js';
import { readFixture, snapshotOrganisation } from './import-support.js';

let server: TestServer;
let admin: ApiClient;
beforeAll(async () => {
  server = await createTestServer();
  admin = await server.signInAsAdmin();
});
afterAll(async () => {
  await server?.cleanup();
});

describe('POST /api/imports/:kind', () => {
  it('answers a dry run with the report and writes nothing', async () => {
    const before = await snapshotOrganisation(server.context);
    const response = await admin.post('/api/imports/units', { csv: readFixture('units.csv'), dryRun: true });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ dryRun: true, summary: { unitsCreated: 5 }, changesTruncated: false });
    expect(response.body.changes).toContainEqual({
      kind: 'create',
      entity: 'unit',
      label: 'Muster AG/Qualität/Prüfung',
      detail: 'code QM-P',
    });
    expect(await snapshotOrganisation(server.context)).toEqual(before);
    expect((await server.context.stores.units.listAll()).length).toBe(0);
  });

  it('imports units, people and relationships in turn', async () => {
    for (const [kind, fixture, counted] of [
      ['units', 'units.csv', 'unitsCreated'],
      ['people', 'people-semicolon-bom.csv', 'peopleCreated'],
      ['relationships', 'relationships.csv', 'relationshipsCreated'],
    ] as const) {
      const response = await admin.post(`/api/imports/${kind}`, { csv: readFixture(fixture), dryRun: false });
      expect(response.status, kind).toBe(200);
      expect(response.body.summary[counted], kind).toBeGreaterThan(0);
    }
    expect((await server.context.stores.people.listAll()).length).toBe(3);
  });

  it('answers 422 problem+json listing every bad row by line and column', async () => {
    const response = await admin.post('/api/imports/people', { csv: readFixture('people-some-bad-rows.csv'), dryRun: false });
    expectProblem(response, 422);
    expect(response.body.detail).toMatch(/^nothing was imported: 4 problems on 3 lines/);
    expect(response.body.errors.map((error: { line: number; column: string }) => `${error.line}:${error.column}`)).toEqual([
      '3:email',
      '5:name',
      '5:lead',
      '6:unit',
    ]);
  });

  it('accepts a file above the server-wide body limit of 1 MB', async () => {
    const rows = Array.from({ length: 30_000 }, (_, index) => `big.${index}@example.com;Person ${index};Muster AG/Groß`);
    const csv = ['email;name;unit', ...rows].join('\n');
    expect(csv.length).toBeGreaterThan(1024 * 1024);
    const response = await admin.post('/api/imports/people', { csv, dryRun: true });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ summary: { peopleCreated: 30_000, unitsCreated: 1 }, changesTruncated: true });
    expect(response.body.changes).toHaveLength(1000);
  });

  it('rejects an unknown kind and a body without dryRun', async () => {
    expectProblem(await admin.post('/api/imports/accounts', { csv: 'x', dryRun: true }), 422);
    expectProblem(await admin.post('/api/imports/people', { csv: 'x' }), 422, 'dryRun');
  });

  it('forbids non-admins', async () => {
    const executive = await buildAccount(server.context, { role: 'executive' });
    const client = await server.signIn(executive.email, executive.password);
    expectProblem(await client.post('/api/imports/people', { csv: readFixture('people-comma.csv'), dryRun: true }), 403);
  });
});
