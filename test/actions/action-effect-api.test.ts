import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Unit } from '../../src/domain/org/unit.js';
import { createSurveyWave, type SurveyWave } from '../respond/fixture.js';
import { createClosedWave, insertRatings } from '../support/closed-wave.js';
import { buildAccount, buildUnit } from '../support/factories.js';
import { createTestServer, expectProblem, type ApiClient, type TestServer } from '../support/server.js';

// "Did it help?" on two closed waves with hand-made responses (k = 5). Facilities is rated on
// reliability by
//   Sales (the action's customer group): wave 1: 2,2,3,3,2 (mean 2.4); wave 2: 4,4,5,4,4 (4.2);
//   Legal and Purchasing (the comparison): wave 1: 3,3,4,3,3 and 3,4,3,3,4 (3.3); wave 2: the same;
//   Tiny, under Legal (2 respondents, never released on its own, only with Legal): 1,1 then 5,5.
// The target rose by 1.8, the comparison (Legal with Tiny, Purchasing: 35/12 → 43/12) by 2/3: DiD = 1.8 − 2/3.

describe('action effect API', () => {
  let server: TestServer;
  let admin: ApiClient;
  let first: SurveyWave;
  let second: SurveyWave;
  let provider: Unit;
  let sales: Unit;
  let tiny: Unit;
  let leadId: string;

  const insertResponses = (wave: SurveyWave, customerUnitId: string, values: number[]) =>
    insertRatings(server, wave, {
      providerUnitId: provider.id,
      customerUnitId,
      values,
      answers: (value) => ({ 'rel-1': value, 'importance:reliability': 5 }),
    });

  const createAction = async (overrides: Record<string, unknown>): Promise<string> => {
    const response = await admin.post('/api/actions', {
      title: 'A second pair of eyes on every delivery',
      ownerAccountId: leadId,
      dueDate: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
      providerUnitId: provider.id,
      customerGroupId: sales.id,
      dimension: 'reliability',
      sourceWaveId: first.waveId,
      ...overrides,
    });
    expect(response.status).toBe(201);
    return response.body.id as string;
  };

  beforeAll(async () => {
    server = await createTestServer();
    admin = await server.signInAsAdmin();
    first = await createClosedWave(server, { providerNames: ['Facilities'], opensAt: '2026-01-01T00:00:00.000Z' });
    second = await createClosedWave(server, { providerNames: ['Spare'], opensAt: '2026-07-01T00:00:00.000Z' });
    provider = first.providers[0] as Unit;
    sales = await buildUnit(server.context, { name: 'Sales' });
    const [legal, purchasing] = first.others as [Unit, Unit];
    tiny = await buildUnit(server.context, { name: 'Tiny', parentId: legal.id });
    await insertResponses(first, sales.id, [2, 2, 3, 3, 2]);
    await insertResponses(second, sales.id, [4, 4, 5, 4, 4]);
    for (const wave of [first, second]) {
      await insertResponses(wave, legal.id, [3, 3, 4, 3, 3]);
      await insertResponses(wave, purchasing.id, [3, 4, 3, 3, 4]);
    }
    await insertResponses(first, tiny.id, [1, 1]);
    await insertResponses(second, tiny.id, [5, 5]);
    leadId = (await buildAccount(server.context, { role: 'lead', unitId: provider.id })).id;
  });
  afterAll(() => server.cleanup());

  it("compares the customer group's change with the provider's other customers, from the source wave to the next", async () => {
    const actionId = await createAction({});
    const response = await admin.get(`/api/actions/${actionId}/effect`);
    expect(response.status).toBe(200);
    const body = response.body;
    expect(body).toMatchObject({
      fromWave: { id: first.waveId },
      toWave: { id: second.waveId },
      comparisonGroup: 'other-customers-of-provider',
      target: { before: { n: 5 }, after: { n: 5 } },
    });
    expect(body.target.before.mean).toBeCloseTo(2.4, 10);
    expect(body.target.after.mean).toBeCloseTo(4.2, 10);
    expect(body.comparison.before.n).toBe(12);
    expect(body.effect.targetChange).toBeCloseTo(1.8, 10);
    expect(body.effect.comparisonChange).toBeCloseTo(2 / 3, 10);
    expect(body.effect.difference).toBeCloseTo(1.8 - 2 / 3, 10);
    expect(body.effect.label).toBe('helped');
    expect(body.effect.confidenceInterval.lower).toBeGreaterThan(0);
  });

  it('compares an action for all customers with the other providers', async () => {
    const actionId = await createAction({ customerGroupId: null });
    const body = (await admin.get(`/api/actions/${actionId}/effect?fromWave=${first.waveId}&toWave=${second.waveId}`)).body;
    expect(body.comparisonGroup).toBe('other-providers');
    // No other provider was rated: nothing to compare with.
    expect(body.comparison.before).toEqual({ mean: null, n: 0 });
    expect(body.effect.label).toBe('too-few-answers');
  });

  it('says "too few answers" for a customer group the anonymity engine does not release', async () => {
    const actionId = await createAction({ customerGroupId: tiny.id });
    const body = (await admin.get(`/api/actions/${actionId}/effect`)).body;
    expect(body.target).toEqual({ before: { mean: null, n: 0 }, after: { mean: null, n: 0 } });
    expect(body.effect).toMatchObject({ label: 'too-few-answers', targetChange: null, difference: null });
  });

  it('refuses actions without a dimension, unknown or open waves, a reversed order, and strangers', async () => {
    const free = await createAction({ dimension: null, sourceWaveId: null });
    expectProblem(await admin.get(`/api/actions/${free}/effect`), 409);
    const actionId = await createAction({});
    expectProblem(await admin.get(`/api/actions/${actionId}/effect?toWave=${first.waveId}&fromWave=${second.waveId}`), 422, 'toWave');
    const open = await createSurveyWave(server.context, server.runtime.handle.db, { status: 'open' });
    expectProblem(await admin.get(`/api/actions/${actionId}/effect?toWave=${open.waveId}`), 404);
    expectProblem(await admin.get(`/api/actions/${actionId}/effect?colour=red`), 422);
    const stranger = await buildAccount(server.context, { role: 'lead' });
    const client = await server.signIn(stranger.email, stranger.password);
    expectProblem(await client.get(`/api/actions/${actionId}/effect`), 403);
    const noSource = await createAction({ sourceWaveId: null });
    expectProblem(await admin.get(`/api/actions/${noSource}/effect`), 422, 'fromWave');
  });
});
