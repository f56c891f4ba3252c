import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Unit } from '../../src/domain/org/unit.js';
import { createSurveyWave, type SurveyWave } from '../respond/fixture.js';
import { createClosedWave, insertRatings } from '../support/closed-wave.js';
import { buildAccount, buildUnit } from '../support/factories.js';
import { createTestServer, expectProblem, type ApiClient, type TestServer } from '../support/server.js';

// Results through the API on a wave with hand-made responses (k = 5): one provider rated by
//   Sales (6 respondents: reliability 4,4,4,5,5,2 → mean 4),
//   Ops/North (2) and Ops/South (3) — under Ops, which has no respondents of its own —,
// so Sales has a row of its own, North and South are hidden, and Ops shows them together.
// The provider's reliability over all 11: (24 + 2·3 + 3·2) / 11 = 36 / 11.

describe('results API', () => {
  let server: TestServer;
  let admin: ApiClient;
  let wave: SurveyWave;
  let provider: Unit;
  let sales: Unit;
  let ops: Unit;
  let north: Unit;
  let south: Unit;

  const insertResponses = (waveToFill: SurveyWave, customerUnitId: string, values: number[], providerUnitId = provider.id) =>
    insertRatings(server, waveToFill, {
      providerUnitId,
      customerUnitId,
      values,
      answers: (value) => ({ 'rel-1': value, 'importance:reliability': 5, nps: value * 2 }),
    });

  beforeAll(async () => {
    server = await createTestServer();
    admin = await server.signInAsAdmin();
    wave = await createClosedWave(server, { providerNames: ['Facilities'] });
    provider = wave.providers[0] as Unit;
    sales = await buildUnit(server.context, { name: 'Sales' });
    ops = await buildUnit(server.context, { name: 'Ops' });
    north = await buildUnit(server.context, { name: 'North', parentId: ops.id });
    south = await buildUnit(server.context, { name: 'South', parentId: ops.id });
    await insertResponses(wave, sales.id, [4, 4, 4, 5, 5, 2]);
    await insertResponses(wave, north.id, [3, 3]);
    await insertResponses(wave, south.id, [2, 2, 2]);
  });
  afterAll(() => server.cleanup());

  it('gives the provider report with mean, confidence interval and n over all customers', async () => {
    const response = await admin.get(`/api/results/waves/${wave.waveId}/providers/${provider.id}`);
    expect(response.status).toBe(200);
    const reliability = response.body.dimensions.find((row: { dimension: string }) => row.dimension === 'reliability');
    expect(reliability.performance.n).toBe(11);
    expect(reliability.performance.mean).toBeCloseTo(36 / 11, 10);
    expect(reliability.performance.confidenceInterval.lower).toBeLessThan(36 / 11);
    expect(reliability.importance.mean).toBe(5);
    // NPS answers 8,8,8,10,10,4,6,6,4,4,4: promoters 2, detractors 6 of 11.
    expect(response.body.nps.score).toBeCloseTo((100 * (2 - 6)) / 11, 10);
  });

  it('shows Sales on its own, hides North and South, and shows Ops as one group of both', async () => {
    const response = await admin.get(`/api/results/waves/${wave.waveId}/heatmap`);
    expect(response.status).toBe(200);
    const rows = response.body.rows.filter((row: { providerUnitId: string }) => row.providerUnitId === provider.id);
    const byName = (name: string) => rows.find((row: { group: { name: string } }) => row.group.name.startsWith(name));
    expect(byName('Sales').cells.reliability).toEqual({ mean: 4, n: 6 });
    expect(byName('North').cells.reliability).toEqual({ hidden: true });
    expect(byName('South').cells.reliability).toEqual({ hidden: true });
    const group = rows.find((row: { group: { isMerged: boolean } }) => row.group.isMerged);
    expect(group.group).toMatchObject({ labelUnitId: ops.id, unitCount: 2 });
    expect(group.cells.reliability.n).toBe(5);
    expect(group.cells.reliability.mean).toBeCloseTo(12 / 5, 10);
  });

  it('never lets the provider total minus the shown rows describe fewer than k', async () => {
    const report = (await admin.get(`/api/results/waves/${wave.waveId}/providers/${provider.id}`)).body;
    const heatmap = (await admin.get(`/api/results/waves/${wave.waveId}/heatmap`)).body;
    const total = report.dimensions.find((row: { dimension: string }) => row.dimension === 'reliability').performance.n;
    const shownRows = heatmap.rows
      .filter((row: { providerUnitId: string; group: { isMerged: boolean } }) => row.providerUnitId === provider.id && !row.group.isMerged)
      .flatMap((row: { cells: Record<string, { n?: number }> }) => (row.cells.reliability?.n ? [row.cells.reliability.n] : []));
    const remainder = total - shownRows.reduce((sum: number, n: number) => sum + n, 0);
    expect(remainder === 0 || remainder >= 5).toBe(true);
  });

  it('ranks weak points below the target, all customers and single customer units', async () => {
    const response = await admin.get(`/api/results/waves/${wave.waveId}/weak-points?target=4`);
    expect(response.status).toBe(200);
    const points = response.body.belowTarget.filter((point: { providerId: string }) => point.providerId === provider.id);
    expect(points.map((point: { customerGroupName: string | null }) => point.customerGroupName)).toEqual([null]);
    expect(points[0]).toMatchObject({ dimension: 'reliability', reference: 4, weight: 5 });
    expect(points[0].gap).toBeCloseTo(36 / 11 - 4, 10);
  });

  it('lets a lead see their own unit only', async () => {
    const own = await buildAccount(server.context, { role: 'lead', unitId: provider.id });
    const other = await buildAccount(server.context, { role: 'lead', unitId: sales.id });
    const ownClient = await server.signIn(own.email, own.password);
    const otherClient = await server.signIn(other.email, other.password);
    expect((await ownClient.get(`/api/results/waves/${wave.waveId}/providers/${provider.id}`)).status).toBe(200);
    expectProblem(await otherClient.get(`/api/results/waves/${wave.waveId}/providers/${provider.id}`), 403);
    // As a customer, Sales's lead sees how Sales rates the provider, and nothing of Ops.
    const heatmap = (await otherClient.get(`/api/results/waves/${wave.waveId}/heatmap`)).body;
    expect(heatmap.rows.map((row: { group: { name: string } }) => row.group.name)).toEqual(['Sales']);
    const weakPoints = (await otherClient.get(`/api/results/waves/${wave.waveId}/weak-points`)).body;
    expect(weakPoints.belowTarget).toEqual([]);
  });

  it('shows nothing for an open wave, and answers `latest` with the newest closed wave', async () => {
    const open = await createSurveyWave(server.context, server.runtime.handle.db, { status: 'open' });
    expectProblem(await admin.get(`/api/results/waves/${open.waveId}/heatmap`), 409);
    expectProblem(await admin.get(`/api/results/waves/${randomUUID()}/heatmap`), 404);
    const latest = await admin.get('/api/results/waves/latest/heatmap');
    expect(latest.body.wave.id).toBe(wave.waveId);
  });

  it('builds the aggregates when a wave closes, so the first request only reads them', async () => {
    const closing = await createSurveyWave(server.context, server.runtime.handle.db, { status: 'open' });
    await insertResponses(closing, sales.id, [3, 3, 3, 3, 3], closing.providers[0]?.id);
    expect(await server.context.stores.results.findBuild(closing.waveId)).toBeUndefined();
    expect((await admin.post(`/api/waves/${closing.waveId}/close`)).status).toBe(200);
    expect(await server.context.stores.results.findBuild(closing.waveId)).toMatchObject({ responses: 5 });
    const report = await admin.get(`/api/results/waves/${closing.waveId}/providers/${closing.providers[0]?.id}`);
    expect(report.body.dimensions.find((row: { dimension: string }) => row.dimension === 'reliability').performance).toMatchObject({
      n: 5,
      mean: 3,
    });
  });

  it('refuses unknown query fields with a problem naming the field', async () => {
    expectProblem(await admin.get(`/api/results/waves/${wave.waveId}/weak-points?target=9`), 422, 'target');
    expectProblem(await admin.get(`/api/results/waves/${wave.waveId}/heatmap?colour=red`), 422);
  });

  it('filters the heatmap to one customer unit, its own row or the group named after it', async () => {
    const forSales = (await admin.get(`/api/results/waves/${wave.waveId}/heatmap?customer=${sales.id}`)).body;
    expect(forSales.total).toBe(1);
    expect(forSales.rows.map((row: { group: { name: string } }) => row.group.name)).toEqual(['Sales']);
    const forOps = (await admin.get(`/api/results/waves/${wave.waveId}/heatmap?customer=${ops.id}&provider=${provider.id}`)).body;
    expect(forOps.total).toBe(1);
    expect(forOps.rows[0].group).toMatchObject({ labelUnitId: ops.id, isMerged: true, unitCount: 2 });
    const forNorth = (await admin.get(`/api/results/waves/${wave.waveId}/heatmap?customer=${north.id}`)).body;
    expect(forNorth.rows.map((row: { cells: { reliability: unknown } }) => row.cells.reliability)).toEqual([{ hidden: true }]);
  });
});
