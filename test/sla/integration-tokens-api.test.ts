import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccount, buildRelationship, buildUnit } from '../support/factories.js';
import { createTestServer, expectProblem, type ApiClient, type TestServer } from '../support/server.js';
import { countMeasurements, monthlyTerms } from './sla-support.js';

// Two objectives of one relationship; a ticket system's token may write the first only.
describe('integration tokens', () => {
  let server: TestServer;
  let admin: ApiClient;
  let lead: ApiClient;
  let inScope: string;
  let outOfScope: string;
  let token: { id: string; secret: string };

  beforeAll(async () => {
    server = await createTestServer();
    admin = await server.signInAsAdmin();
    const provider = await buildUnit(server.context, { name: 'Service Desk' });
    const customer = await buildUnit(server.context, { name: 'Sales' });
    const relationship = await buildRelationship(server.context, { providerUnitId: provider.id, customerUnitId: customer.id });
    const propose = async (overrides: Record<string, unknown>) =>
      (await admin.post(`/api/sla/relationships/${relationship.id}/objectives`, { terms: monthlyTerms(overrides), side: 'provider' })).body
        .objectiveId as string;
    inScope = await propose({ name: 'First response time', metric: 'first-response-time' });
    outOfScope = await propose({ name: 'Resolution time' });
    const account = await buildAccount(server.context, { role: 'lead', unitId: provider.id });
    lead = await server.signIn(account.email, account.password);
    const created = await admin.post('/api/integrations/tokens', { name: 'Ticket system', objectiveIds: [inScope] });
    expect(created.status).toBe(201);
    token = created.body;
  });
  afterAll(() => server.cleanup());

  const send = (secret: string | null, body: unknown) =>
    server.client().post('/api/integrations/measurements', body, secret === null ? {} : { headers: { authorization: `Bearer ${secret}` } });
  const one = (objectiveId: string, at = '2026-03-02T08:00:00Z', value = 3) => ({ measurements: [{ objectiveId, at, value }] });

  it('records measurements of objectives in scope with the token alone: no session, no CSRF token', async () => {
    const before = await countMeasurements(server);
    const response = await send(token.secret, {
      measurements: [
        { objectiveId: inScope, at: '2026-03-01', value: 4 },
        { objectiveId: inScope, at: '2026-03-01T12:00:00+02:00', value: 2.5 },
      ],
    });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ created: 2, unchanged: 0 });
    expect(await countMeasurements(server)).toBe(before + 2);
    const stored = await admin.get(`/api/sla/objectives/${inScope}/measurements`);
    expect(stored.body.measurements ?? stored.body).toEqual(
      expect.arrayContaining([expect.objectContaining({ at: '2026-03-01T10:00:00.000Z', value: 2.5, source: 'api' })]),
    );
    // The same again changes nothing; another value at a stored time is refused.
    expect((await send(token.secret, one(inScope, '2026-03-01', 4))).body).toEqual({ created: 0, unchanged: 1 });
    expectProblem(await send(token.secret, one(inScope, '2026-03-01', 5)), 409, 'measurements.0.at');
  });

  it('refuses objectives outside the scope with 403, and stores nothing of the request', async () => {
    const before = await countMeasurements(server);
    const response = await send(token.secret, {
      measurements: [
        { objectiveId: inScope, at: '2026-04-01', value: 1 },
        { objectiveId: outOfScope, at: '2026-04-01', value: 1 },
      ],
    });
    expectProblem(response, 403, 'measurements.1.objectiveId');
    expect(await countMeasurements(server)).toBe(before);
  });

  it('answers 401 without a token, with an unknown one, and after revocation', async () => {
    expectProblem(await send(null, one(inScope)), 401);
    expectProblem(await send('not-a-token', one(inScope)), 401);
    const second = (await admin.post('/api/integrations/tokens', { name: 'Monitoring', objectiveIds: [inScope, outOfScope] })).body;
    expect((await send(second.secret, one(outOfScope))).status).toBe(200);
    const revoked = await admin.post(`/api/integrations/tokens/${second.id}/revoke`);
    expect(revoked.body).toMatchObject({ id: second.id, revokedAt: expect.any(String) });
    expect(revoked.body.secret).toBeUndefined();
    expectProblem(await send(second.secret, one(outOfScope, '2026-05-01')), 401);
    expectProblem(await admin.post(`/api/integrations/tokens/${second.id}/revoke`), 409);
    expectProblem(await admin.post('/api/integrations/tokens/no-such-token/revoke'), 404);
    // The first token still works.
    expect((await send(token.secret, one(inScope, '2026-05-01'))).status).toBe(200);
  });

  it('stores only the SHA-256 of the secret and never shows the secret again', async () => {
    const rows = await server.runtime.handle.db.selectFrom('integration_tokens').selectAll().where('id', '=', token.id).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.token_hash).toBe(createHash('sha256').update(token.secret).digest('base64url'));
    const audit = await server.runtime.handle.db.selectFrom('audit_events').selectAll().execute();
    expect(JSON.stringify([rows, audit])).not.toContain(token.secret);
    const listed = await admin.get('/api/integrations/tokens');
    expect(listed.body.tokens.map((entry: { name: string }) => entry.name)).toContain('Ticket system');
    expect(JSON.stringify(listed.body)).not.toContain(token.secret);
  });

  it('lets admins only manage tokens, and refuses bad bodies with a problem naming the field', async () => {
    expectProblem(await lead.post('/api/integrations/tokens', { name: 'Mine', objectiveIds: [inScope] }), 403);
    expectProblem(await lead.get('/api/integrations/tokens'), 403);
    expectProblem(await lead.post(`/api/integrations/tokens/${token.id}/revoke`), 403);
    expectProblem(await server.client().get('/api/integrations/tokens'), 401);
    expectProblem(await admin.post('/api/integrations/tokens', { name: 'X', objectiveIds: [] }), 422, 'body.objectiveIds');
    expectProblem(await admin.post('/api/integrations/tokens', { name: 'X', objectiveIds: ['nope'] }), 422, 'objectiveIds');
    expectProblem(await admin.post('/api/integrations/tokens', { name: '', objectiveIds: [inScope] }), 422, 'body.name');
    expectProblem(await send(token.secret, { measurements: [] }), 422, 'body.measurements');
    expectProblem(
      await send(token.secret, { measurements: [{ objectiveId: inScope, at: '2026-06-01', value: 'high' }] }),
      422,
      'body.measurements.0.value',
    );
    expectProblem(await send(token.secret, one(inScope, 'yesterday')), 422, 'measurements.0.at');
    expectProblem(await send(token.secret, one(inScope, '2026-06-01', -1)), 422, 'measurements.0.value');
    expectProblem(
      await send(token.secret, { measurements: [{ objectiveId: inScope, at: '2026-06-01', value: 1, extra: true }] }),
      422,
      'body.measurements.0',
    );
  });
});
