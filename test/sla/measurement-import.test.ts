import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Relationship } from '../../src/domain/org/relationship.js';
import { buildAccount, buildRelationship } from '../support/factories.js';
import { createTestServer, expectProblem, type ApiClient, type TestServer } from '../support/server.js';
import { countMeasurements, monthlyTerms } from './sla-support.js';

// The measurements import over HTTP: one objective named by id, another by relationship and metric.
describe('measurements import', () => {
  let server: TestServer;
  let admin: ApiClient;
  let relationship: Relationship;
  let resolution: string;
  let availability: string;

  beforeAll(async () => {
    server = await createTestServer();
    admin = await server.signInAsAdmin();
    relationship = await buildRelationship(server.context);
    const propose = async (terms: Record<string, unknown>) =>
      (await admin.post(`/api/sla/relationships/${relationship.id}/objectives`, { side: 'provider', terms })).body.objectiveId as string;
    resolution = await propose(monthlyTerms());
    availability = await propose(
      monthlyTerms({ name: 'Availability', metric: 'availability', unit: 'percent', target: 99, direction: 'at-least' }),
    );
  });
  afterAll(() => server.cleanup());

  const importCsv = (csv: string, dryRun = false, client = admin) => client.post('/api/imports/measurements', { csv, dryRun });

  it('reads a German Excel file (BOM, ";", decimal comma), dry run first, and a second import changes nothing', async () => {
    const csv = [
      '\uFEFFObjective;Relationship;Metric;At;Value',
      `${resolution};;;2025-01-06T09:00:00Z;4,5`,
      `${resolution};;;2025-01-07;6`,
      `;${relationship.id};availability;2025-01-31;99.9`,
    ].join('\r\n');
    const before = await countMeasurements(server);
    const dryRun = await importCsv(csv, true);
    expect(dryRun.status).toBe(200);
    expect(dryRun.body).toMatchObject({ dryRun: true, summary: { measurementsCreated: 3, measurementsUnchanged: 0 } });
    expect(await countMeasurements(server)).toBe(before);

    const real = await importCsv(csv);
    expect(real.body.summary).toEqual({ measurementsCreated: 3, measurementsUnchanged: 0 });
    expect(await countMeasurements(server)).toBe(before + 3);
    const stored = await admin.get(`/api/sla/objectives/${resolution}/measurements`);
    expect(
      stored.body.measurements.map((entry: { at: string; value: number; source: string }) => [entry.at, entry.value, entry.source]),
    ).toEqual([
      ['2025-01-06T09:00:00.000Z', 4.5, 'csv'],
      ['2025-01-07T00:00:00.000Z', 6, 'csv'],
    ]);

    const again = await importCsv(csv);
    expect(again.body).toMatchObject({ summary: { measurementsCreated: 0, measurementsUnchanged: 3 }, changes: [] });
    expect(await countMeasurements(server)).toBe(before + 3);
  });

  it('writes nothing from a file with bad rows and names each as line: column: problem', async () => {
    const csv = [
      'objective,relationship,metric,at,value',
      `${resolution},,,2025-02-03,3`,
      `no-such-objective,,,2025-02-03,3`,
      `${resolution},,,2025-02-30,3`,
      `${resolution},,,2025-02-04,fast`,
      `${availability},,,2025-02-04,101`,
      `${resolution},,,2025-02-03T00:00:00Z,3`,
      `,${relationship.id},error-rate,2025-02-04,1`,
      `,,,2025-02-04,1`,
      `${resolution},,,2025-01-07,7`,
    ].join('\n');
    const before = await countMeasurements(server);
    const response = await importCsv(csv);
    expectProblem(response, 422);
    expect(response.body.detail).toMatch(/^nothing was imported: 8 problems on 8 lines, the first: line 3: objective: /);
    expect(response.body.errors.map((error: { line: number; column: string }) => `${error.line}:${error.column}`)).toEqual([
      '3:objective',
      '4:at',
      '5:value',
      '6:value',
      '7:at',
      '8:metric',
      '9:objective',
      '10:value',
    ]);
    const problemOn = (line: number) => response.body.errors.find((error: { line: number }) => error.line === line).problem;
    expect(problemOn(6)).toBe('must be at most 100 percent, not "101"');
    expect(problemOn(7)).toContain('appears twice: on line 2 and on line 7');
    expect(problemOn(10)).toContain('already recorded with the value 6');
    expect(await countMeasurements(server)).toBe(before);
  });

  it('refuses files it cannot read, and leads of other units', async () => {
    expectProblem(await importCsv('objective;at\nx;2025-01-01\n'), 422);
    expect((await importCsv('objective;at\nx;2025-01-01\n')).body.errors).toEqual([
      { line: 1, column: 'header', problem: 'missing column "value"' },
    ]);
    expectProblem(await importCsv(''), 422);

    const other = await buildAccount(server.context, { role: 'lead' });
    const otherClient = await server.signIn(other.email, other.password);
    const response = await importCsv(`objective;at;value\n${resolution};2025-03-01;1\n`, false, otherClient);
    expectProblem(response, 422);
    expect(response.body.errors).toEqual([{ line: 2, column: 'objective', problem: "is not an objective of your unit's relationships" }]);
    const executive = await buildAccount(server.context, { role: 'executive' });
    expectProblem(
      await importCsv(`objective;at;value\n${resolution};2025-03-01;1\n`, false, await server.signIn(executive.email, executive.password)),
      403,
    );
  });
});
