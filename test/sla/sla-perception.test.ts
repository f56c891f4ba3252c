import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Relationship } from '../../src/domain/org/relationship.js';
import type { SurveyWave } from '../respond/fixture.js';
import { createClosedWave, insertRatings } from '../support/closed-wave.js';
import { buildAccount, buildRelationship } from '../support/factories.js';
import { createTestServer, expectProblem, type ApiClient, type TestServer } from '../support/server.js';
import { backdate, monthlyTerms } from './sla-support.js';

// A closed wave that opened on 10 June 2025, with hand-made responses (k = 5): the customer
// unit rates the provider's reliability 2, 2, 3, 3, 2 (mean 2.4, below 3.5). An on-time
// delivery SLA (reliability) is met in June; a resolution-time SLA (responsiveness,
// reachability: not asked in these responses) has no June measurements.
describe('SLA beside perception', () => {
  let server: TestServer;
  let admin: ApiClient;
  let wave: SurveyWave;
  let relationship: Relationship;
  let onTime: string;
  let resolution: string;

  const agreeObjective = async (terms: Record<string, unknown>) => {
    const proposed = await admin.post(`/api/sla/relationships/${relationship.id}/objectives`, { side: 'provider', terms });
    const versionId = proposed.body.proposal.id as string;
    await admin.post(`/api/sla/objectives/${proposed.body.objectiveId}/versions/${versionId}/agree`, { side: 'customer' });
    await backdate(server, versionId, '2025-01-01');
    return proposed.body.objectiveId as string;
  };

  beforeAll(async () => {
    server = await createTestServer();
    admin = await server.signInAsAdmin();
    wave = await createClosedWave(server, { providerNames: ['Logistics'], opensAt: '2025-06-10T08:00:00.000Z' });
    const provider = wave.providers[0]!;
    relationship = await buildRelationship(server.context, { providerUnitId: provider.id, customerUnitId: wave.customerUnit.id });
    await insertRatings(server, wave, {
      providerUnitId: provider.id,
      customerUnitId: wave.customerUnit.id,
      values: [2, 2, 3, 3, 2],
      answers: (value) => ({ 'rel-1': value, 'importance:reliability': 5 }),
      submittedOn: '2025-06-12',
    });
    onTime = await agreeObjective(
      monthlyTerms({ name: 'On-time delivery', metric: 'on-time-delivery', unit: 'percent', target: 95, direction: 'at-least' }),
    );
    resolution = await agreeObjective(monthlyTerms());
    for (const [at, value] of [
      ['2025-06-02', 97],
      ['2025-06-16', 99],
      ['2025-07-01', 50],
    ] as const) {
      expect((await admin.post(`/api/sla/objectives/${onTime}/measurements`, { at, value })).status).toBe(201);
    }
  });
  afterAll(() => server.cleanup());

  it('flags a met SLA beside poor perception as "green SLA, red perception", from released figures', async () => {
    const response = await admin.get(`/api/sla/relationships/${relationship.id}/perception`);
    expect(response.status).toBe(200);
    expect(response.body.waves).toHaveLength(1);
    const [entry] = response.body.waves;
    expect(entry.wave.id).toBe(wave.waveId);
    const byId = (id: string) => entry.objectives.find((objective: { objectiveId: string }) => objective.objectiveId === id);

    const delivery = byId(onTime);
    expect(delivery.compliance).toMatchObject({ period: { label: '2025-06' }, status: 'met', value: 98, count: 2 });
    expect(delivery.perceptions).toEqual([{ dimension: 'reliability', mean: 2.4, n: 5 }]);
    expect(delivery.comparison).toMatchObject({ flag: 'green-sla-red-perception', perceptionMean: 2.4, threshold: 3.5 });
    expect(delivery.explanation.title.en).toBe('Green SLA, red perception');

    const time = byId(resolution);
    expect(time.compliance.status).toBe('missing');
    expect(time.comparison.flag).toBe('no-data');
  });

  it('compares a custom metric with the dimensions the two sides chose for it', async () => {
    const custom = await agreeObjective(
      monthlyTerms({
        name: 'Delivery notes without errors',
        metric: 'custom',
        customMetric: 'delivery-note-errors',
        unit: 'count',
        target: 3,
        direction: 'at-most',
        dimensions: ['competence', 'reliability', 'competence'],
      }),
    );
    expect((await admin.post(`/api/sla/objectives/${custom}/measurements`, { at: '2025-06-03', value: 1 })).status).toBe(201);
    const objectives = (await admin.get(`/api/sla/objectives/${custom}`)).body;
    expect(objectives.current.dimensions).toEqual(['reliability', 'competence']);

    const [entry] = (await admin.get(`/api/sla/relationships/${relationship.id}/perception`)).body.waves;
    const view = entry.objectives.find((objective: { objectiveId: string }) => objective.objectiveId === custom);
    expect(view.perceptions).toEqual([
      { dimension: 'reliability', mean: 2.4, n: 5 },
      { dimension: 'competence', mean: null, n: 0 },
    ]);
    expect(view.comparison).toMatchObject({ dimensions: ['reliability', 'competence'], flag: 'green-sla-red-perception' });
  });

  it('refuses dimensions for a metric whose dimensions are fixed, naming the field', async () => {
    const response = await admin.post(`/api/sla/relationships/${relationship.id}/objectives`, {
      side: 'provider',
      terms: monthlyTerms({ dimensions: ['courtesy'] }),
    });
    expectProblem(response, 422, 'dimensions');
    expectProblem(
      await admin.post(`/api/sla/relationships/${relationship.id}/objectives`, {
        side: 'provider',
        terms: monthlyTerms({ metric: 'custom', customMetric: 'x', unit: 'count', dimensions: ['speed'] }),
      }),
      422,
      'dimensions',
    );
  });

  it('shows nothing for a customer group below the anonymity threshold', async () => {
    const small = await createClosedWave(server, { providerNames: ['Print'] });
    const smallRelationship = await buildRelationship(server.context, {
      providerUnitId: small.providers[0]!.id,
      customerUnitId: small.customerUnit.id,
    });
    await insertRatings(server, small, {
      providerUnitId: small.providers[0]!.id,
      customerUnitId: small.customerUnit.id,
      values: [1, 1, 1, 1],
      answers: (value) => ({ 'rel-1': value }),
      submittedOn: '2025-06-12',
    });
    const proposed = await admin.post(`/api/sla/relationships/${smallRelationship.id}/objectives`, {
      side: 'provider',
      terms: monthlyTerms({ metric: 'on-time-delivery', unit: 'percent', target: 95, direction: 'at-least' }),
    });
    await admin.post(`/api/sla/objectives/${proposed.body.objectiveId}/versions/${proposed.body.proposal.id}/agree`, { side: 'customer' });
    const response = await admin.get(`/api/sla/relationships/${smallRelationship.id}/perception?waveId=${small.waveId}`);
    const [objective] = response.body.waves[0].objectives;
    expect(objective.perceptions).toEqual([{ dimension: 'reliability', mean: null, n: 0 }]);
    expect(objective.comparison.flag).toBe('no-data');
  });

  it('is for the leads of the two units, executives and admins', async () => {
    const customerLead = await buildAccount(server.context, { role: 'lead', unitId: wave.customerUnit.id });
    const otherLead = await buildAccount(server.context, { role: 'lead' });
    const url = `/api/sla/relationships/${relationship.id}/perception`;
    expect((await (await server.signIn(customerLead.email, customerLead.password)).get(url)).status).toBe(200);
    expectProblem(await (await server.signIn(otherLead.email, otherLead.password)).get(url), 403);
    expectProblem(await admin.get(`/api/sla/relationships/${randomUUID()}/perception`), 404);
  });
});
