import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Relationship } from '../../src/domain/org/relationship.js';
import { buildAccount, buildRelationship, buildUnit } from '../support/factories.js';
import { createTestServer, expectProblem, type ApiClient, type TestServer } from '../support/server.js';
import { backdate, countMeasurements, monthlyTerms, nextMonth } from './sla-support.js';

// One relationship IT (provider) → Sales (customer), the leads of both, a lead of an
// unrelated unit, an executive and the admin.
describe('SLA API', () => {
  let server: TestServer;
  let admin: ApiClient;
  let providerLead: ApiClient;
  let customerLead: ApiClient;
  let otherLead: ApiClient;
  let executive: ApiClient;
  let relationship: Relationship;

  beforeAll(async () => {
    server = await createTestServer();
    admin = await server.signInAsAdmin();
    const provider = await buildUnit(server.context, { name: 'IT' });
    const customer = await buildUnit(server.context, { name: 'Sales' });
    relationship = await buildRelationship(server.context, { providerUnitId: provider.id, customerUnitId: customer.id });
    const signInAs = async (overrides: Parameters<typeof buildAccount>[1]) => {
      const account = await buildAccount(server.context, overrides);
      return server.signIn(account.email, account.password);
    };
    providerLead = await signInAs({ role: 'lead', unitId: provider.id });
    customerLead = await signInAs({ role: 'lead', unitId: customer.id });
    otherLead = await signInAs({ role: 'lead' });
    executive = await signInAs({ role: 'executive' });
  });
  afterAll(() => server.cleanup());

  const propose = (client: ApiClient, body: Record<string, unknown> = {}) =>
    client.post(`/api/sla/relationships/${relationship.id}/objectives`, { terms: monthlyTerms(), ...body });
  const decide = (client: ApiClient, objective: { objectiveId: string }, versionId: string, decision: string, body?: unknown) =>
    client.post(`/api/sla/objectives/${objective.objectiveId}/versions/${versionId}/${decision}`, body);

  it('is proposed by one side and agreed by the other, recording who agreed when; the proposer cannot agree', async () => {
    const proposed = await propose(providerLead);
    expect(proposed.status).toBe(201);
    expect(proposed.body.current).toBeNull();
    expect(proposed.body.proposal).toMatchObject({ status: 'proposed', version: 1, proposedBy: { side: 'provider' } });
    const versionId = proposed.body.proposal.id;

    expectProblem(await decide(providerLead, proposed.body, versionId, 'agree'), 403);
    expectProblem(await decide(otherLead, proposed.body, versionId, 'agree'), 403);
    expectProblem(await decide(executive, proposed.body, versionId, 'agree'), 403);
    expectProblem(await decide(customerLead, proposed.body, versionId, 'agree', { side: 'provider' }), 403);

    const agreed = await decide(customerLead, proposed.body, versionId, 'agree');
    expect(agreed.status).toBe(200);
    expect(agreed.body.proposal).toBeNull();
    expect(agreed.body.current).toMatchObject({ status: 'agreed', agreedBy: { side: 'customer', at: expect.any(String) } });
    expectProblem(await decide(customerLead, proposed.body, versionId, 'agree'), 409);

    const listed = await executive.get(`/api/sla/relationships/${relationship.id}/objectives`);
    expect(listed.body.objectives.map((objective: { objectiveId: string }) => objective.objectiveId)).toContain(proposed.body.objectiveId);
    expectProblem(await otherLead.get(`/api/sla/objectives/${proposed.body.objectiveId}`), 403);
  });

  it('lets the proposer withdraw and the other side decline; an admin names the side it acts for', async () => {
    const first = await propose(customerLead);
    expectProblem(await decide(providerLead, first.body, first.body.proposal.id, 'withdraw'), 403);
    expect((await decide(customerLead, first.body, first.body.proposal.id, 'withdraw')).body.versions[0].status).toBe('withdrawn');

    expectProblem(await propose(admin), 422, 'side');
    const second = await propose(admin, { side: 'provider' });
    expect(second.status).toBe(201);
    const declined = await decide(customerLead, second.body, second.body.proposal.id, 'decline');
    expect(declined.body.versions[0]).toMatchObject({ status: 'declined', closedBy: { side: 'customer' } });
    expectProblem(await propose(executive), 403);
    expectProblem(await propose(otherLead), 403);
  });

  it('refuses bad terms with a problem naming the field', async () => {
    expectProblem(await propose(providerLead, { terms: monthlyTerms({ aggregation: 'share-within-target' }) }), 422, 'requiredShare');
    expectProblem(await propose(providerLead, { terms: monthlyTerms({ unit: 'percent', target: 120 }) }), 422, 'target');
    expectProblem(await propose(providerLead, { terms: monthlyTerms({ period: 'year' }) }), 422, 'period');
    expectProblem(await propose(providerLead, { validFrom: '2000-01-01' }), 422, 'validFrom');
  });

  it('versions a change, and judges each past period by the version in force then; a period without data is missing', async () => {
    const proposed = await propose(providerLead);
    const v1 = proposed.body.proposal.id;
    await decide(customerLead, proposed.body, v1, 'agree');
    const objectiveId = proposed.body.objectiveId;

    // The customer asks for 6 hours instead of 8; the provider agrees.
    const changed = await customerLead.post(`/api/sla/objectives/${objectiveId}/versions`, {
      terms: monthlyTerms({ target: 6 }),
      validFrom: nextMonth(),
    });
    expect(changed.status).toBe(201);
    expect(changed.body.proposal).toMatchObject({ version: 2, target: 6 });
    expectProblem(
      await customerLead.post(`/api/sla/objectives/${objectiveId}/versions`, {
        terms: monthlyTerms({ target: 5 }),
        validFrom: nextMonth(),
      }),
      409,
    );
    expectProblem(
      await providerLead.post(`/api/sla/objectives/${objectiveId}/versions`, {
        terms: monthlyTerms({ unit: 'days' }),
        validFrom: nextMonth(),
      }),
      409,
    );
    const v2 = changed.body.proposal.id;
    const agreed = await decide(providerLead, changed.body, v2, 'agree');
    expect(agreed.body.versions.map((version: { status: string }) => version.status)).toEqual(['superseded', 'agreed']);
    await backdate(server, v1, '2025-01-01');
    await backdate(server, v2, '2025-03-01');

    // February: mean 7 meets version 1 (8 h) though it would miss version 2 (6 h). March: 7 misses version 2.
    const record = (at: string, value: number) => providerLead.post(`/api/sla/objectives/${objectiveId}/measurements`, { at, value });
    expect((await record('2025-02-03T09:00:00Z', 6)).status).toBe(201);
    expect((await record('2025-02-20', 8)).status).toBe(201);
    expect((await record('2025-03-10T10:00:00+01:00', 7)).status).toBe(201);

    const compliance = await executive.get(`/api/sla/objectives/${objectiveId}/compliance?from=2024-12-01&to=2025-04-30`);
    expect(compliance.status).toBe(200);
    expect(
      compliance.body.periods.map((entry: { period: { label: string }; status: string; version: number | null; value: number | null }) => [
        entry.period.label,
        entry.status,
        entry.version,
        entry.value,
      ]),
    ).toEqual([
      ['2024-12', 'no-objective', null, null],
      ['2025-01', 'missing', 1, null],
      ['2025-02', 'met', 1, 7],
      ['2025-03', 'missed', 2, 7],
      ['2025-04', 'missing', 2, null],
    ]);
    expect(compliance.body.trend).toMatchObject({
      judged: 4,
      met: 1,
      missed: 1,
      missing: 2,
      metShare: 0.5,
      streak: { status: 'missing', length: 1 },
    });
    expectProblem(await otherLead.get(`/api/sla/objectives/${objectiveId}/compliance`), 403);
    expectProblem(await executive.get(`/api/sla/objectives/${objectiveId}/compliance?from=2025-05-01&to=2025-01-01`), 422, 'to');
  });

  it('records a measurement from the form once: the same again changes nothing, another value there is a conflict', async () => {
    const proposed = await propose(providerLead);
    const objectiveId = proposed.body.objectiveId;
    const url = `/api/sla/objectives/${objectiveId}/measurements`;
    const first = await customerLead.post(url, { at: '2025-05-05T08:00:00+02:00', value: 4.5 });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ at: '2025-05-05T06:00:00.000Z', value: 4.5, source: 'form' });
    const count = await countMeasurements(server);
    expect((await customerLead.post(url, { at: '2025-05-05T06:00:00Z', value: 4.5 })).status).toBe(200);
    expectProblem(await customerLead.post(url, { at: '2025-05-05T06:00:00Z', value: 5 }), 409);
    expect(await countMeasurements(server)).toBe(count);

    expectProblem(await customerLead.post(url, { at: '2025-02-30', value: 1 }), 422, 'at');
    expectProblem(await customerLead.post(url, { at: '2025-05-06', value: -1 }), 422, 'value');
    expectProblem(await otherLead.post(url, { at: '2025-05-06', value: 1 }), 403);
    expectProblem(await executive.post(url, { at: '2025-05-06', value: 1 }), 403);
    expectProblem(await admin.post('/api/sla/objectives/no-such-objective/measurements', { at: '2025-05-06', value: 1 }), 404);
    const listed = await executive.get(`${url}?from=2025-05-01&to=2025-06-01`);
    expect(listed.body.measurements.map((entry: { value: number }) => entry.value)).toEqual([4.5]);
  });

  it("lists a unit's objectives for its lead and not for other leads", async () => {
    const own = await providerLead.get(`/api/sla/units/${relationship.providerUnitId}/objectives`);
    expect(own.status).toBe(200);
    expect(own.body.objectives.length).toBeGreaterThan(0);
    expect(own.body.objectives.every((objective: { relationshipId: string }) => objective.relationshipId === relationship.id)).toBe(true);
    expectProblem(await otherLead.get(`/api/sla/units/${relationship.providerUnitId}/objectives`), 403);
  });

  it('documents its routes in the OpenAPI document', async () => {
    const paths = (await admin.get('/api/openapi.json')).body.paths;
    for (const path of [
      '/api/sla/relationships/{id}/objectives',
      '/api/sla/objectives/{id}/versions/{versionId}/{decision}',
      '/api/sla/objectives/{id}/compliance',
      '/api/sla/relationships/{id}/perception',
      '/api/imports/measurements',
      '/api/actions/{id}/status',
      '/api/retrospectives/{id}/notes',
    ]) {
      expect(paths).toHaveProperty([path]);
    }
  });
});
