import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccount } from '../support/factories.js';
import { createTestServer, expectProblem, type ApiClient, type TestServer } from '../support/server.js';
import { buildSurveyCompany, createWave, standardVersionId, type SurveyCompany } from './wave-support.js';

let server: TestServer;
let admin: ApiClient;
let company: SurveyCompany;

beforeAll(async () => {
  server = await createTestServer();
  admin = await server.signInAsAdmin();
  company = await buildSurveyCompany(server.context, 'Cycle');
});
afterAll(async () => {
  await server?.cleanup();
});

const inDays = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString();

/** A wave brought into `status` through the API. */
async function waveIn(status: 'draft' | 'open' | 'closed' | 'archived'): Promise<string> {
  const { id } = await createWave(admin, { closesAt: inDays(14) });
  const steps = { draft: [], open: ['open'], closed: ['open', 'close'], archived: ['open', 'close', 'archive'] }[status];
  for (const step of steps) expect((await admin.post(`/api/waves/${id}/${step}`)).status).toBe(200);
  return id;
}

describe('what may change in which state', () => {
  type Attempt = { name: string; run: (id: string) => ReturnType<ApiClient['get']> };
  const attempts: Attempt[] = [
    { name: 'rename', run: (id) => admin.patch(`/api/waves/${id}`, { name: `Renamed ${id}` }) },
    {
      name: 'change scope',
      run: (id) => admin.patch(`/api/waves/${id}`, { scope: { providerUnitIds: [company.units.it.id], customerUnitIds: null } }),
    },
    { name: 'change questionnaire', run: (id) => admin.patch(`/api/waves/${id}`, { questionnaireVersionId: otherVersionId }) },
    { name: 'move the close time', run: (id) => admin.patch(`/api/waves/${id}`, { closesAt: inDays(21) }) },
    { name: 'schedule the opening', run: (id) => admin.patch(`/api/waves/${id}`, { opensAt: inDays(1) }) },
    { name: 'open', run: (id) => admin.post(`/api/waves/${id}/open`) },
    { name: 'close', run: (id) => admin.post(`/api/waves/${id}/close`) },
    { name: 'archive', run: (id) => admin.post(`/api/waves/${id}/archive`) },
    { name: 'send reminders', run: (id) => admin.post(`/api/waves/${id}/reminders`) },
  ];
  const allowed: Record<string, string[]> = {
    draft: ['rename', 'change scope', 'change questionnaire', 'move the close time', 'schedule the opening', 'open'],
    open: ['rename', 'move the close time', 'close', 'send reminders'],
    closed: ['archive'],
    archived: [],
  };
  let otherVersionId: string;
  beforeAll(async () => {
    const created = await admin.post('/api/questionnaires', { name: 'Short form' });
    otherVersionId = created.body.versions[0].id;
  });

  const cases = Object.entries(allowed).flatMap(([status, names]) =>
    attempts.map((attempt) => ({ status, attempt: attempt.name, isAllowed: names.includes(attempt.name), run: attempt.run })),
  );
  it.each(cases)('$status wave: $attempt → allowed: $isAllowed', async ({ status, run, isAllowed }) => {
    const id = await waveIn(status as 'draft');
    const before = (await admin.get(`/api/waves/${id}`)).body;
    const response = await run(id);
    if (isAllowed) {
      expect(response.status, JSON.stringify(response.body)).toBe(200);
    } else {
      expectProblem(response, 409);
      const after = (await admin.get(`/api/waves/${id}`)).body;
      expect(after).toEqual(before);
    }
  });
});

describe('creating and editing', () => {
  it('creates a draft with a scope, a schedule and the standard questionnaire', async () => {
    const opensAt = inDays(2);
    const response = await admin.post('/api/waves', {
      name: '  Autumn  ',
      questionnaireVersionId: await standardVersionId(admin),
      scope: { providerUnitIds: [company.units.it.id], customerUnitIds: null },
      opensAt: opensAt.replace('Z', '+00:00'),
      closesAt: inDays(16),
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body).toMatchObject({
      name: 'Autumn',
      status: 'draft',
      opensAt,
      scope: { providerUnitIds: [company.units.it.id], customerUnitIds: null },
      questionnaire: { id: 'standard', name: 'Standard' },
      invited: 0,
      inScope: { relationships: 3, customerUnits: 3, people: 12 },
      outbox: { pending: 0, sent: 0, failed: 0 },
      isAcceptingResponses: false,
      isOpeningOverdue: false,
    });
    const list = await admin.get('/api/waves');
    expect(list.body.waves.map((wave: { name: string }) => wave.name)).toContain('Autumn');
  });

  it.each([
    ['an unknown scope unit', { scope: { providerUnitIds: ['nowhere'], customerUnitIds: null } }, 422, 'scope.providerUnitIds'],
    ['an empty selection', { scope: { providerUnitIds: [], customerUnitIds: null } }, 422, 'scope.providerUnitIds'],
    ['an unknown questionnaire version', { questionnaireVersionId: 'nope' }, 422, 'questionnaireVersionId'],
    ['a close time before the opening', { opensAt: inDays(5), closesAt: inDays(4) }, 422, 'closesAt'],
    ['an opening in the past', { opensAt: inDays(-1) }, 422, 'opensAt'],
    ['a time without a zone', { opensAt: '2030-01-01T10:00' }, 422, 'opensAt'],
    ['a field we do not know', { colour: 'blue' }, 422, undefined],
    ['a blank name', { name: '   ' }, 422, 'name'],
  ] as [string, Record<string, unknown>, number, string | undefined][])('refuses %s', async (_name, change, status, field) => {
    const response = await admin.post('/api/waves', {
      name: `Refused ${Math.random()}`,
      questionnaireVersionId: await standardVersionId(admin),
      scope: { providerUnitIds: null, customerUnitIds: null },
      ...change,
    });
    expectProblem(response, status, field);
  });

  it('refuses a second wave with the same name, and a rename onto it', async () => {
    await createWave(admin, { name: 'Unique name' });
    expectProblem(
      await admin.post('/api/waves', {
        name: 'unique NAME',
        questionnaireVersionId: await standardVersionId(admin),
        scope: { providerUnitIds: null, customerUnitIds: null },
      }),
      409,
      'name',
    );
    const other = await createWave(admin);
    expectProblem(await admin.patch(`/api/waves/${other.id}`, { name: 'Unique Name' }), 409, 'name');
  });

  it('answers 404 for a wave that does not exist', async () => {
    expectProblem(await admin.get('/api/waves/nope'), 404);
    expectProblem(await admin.post('/api/waves/nope/open'), 404);
  });

  it('an open wave may move its close time later, and its links follow', async () => {
    const id = await waveIn('open');
    const later = inDays(60);
    expect((await admin.patch(`/api/waves/${id}`, { closesAt: later })).body.closesAt).toBe(later);
    const db = server.runtime.handle.db;
    const expiries = await db
      .selectFrom('invitation_tokens')
      .innerJoin('invitations', 'invitations.id', 'invitation_tokens.invitation_id')
      .select('expires_at')
      .where('invitations.wave_id', '=', id)
      .execute();
    expect(expiries.length).toBeGreaterThan(0);
    for (const row of expiries) expect(row.expires_at >= later).toBe(true);
    expectProblem(await admin.patch(`/api/waves/${id}`, { closesAt: inDays(-1) }), 422, 'closesAt');
  });

  it('records admin actions in the audit log', async () => {
    const id = await waveIn('archived');
    const events = (await admin.get('/api/audit-events?limit=50')).body.events as { action: string; subject: string }[];
    const actions = events.filter((event) => event.subject === id).map((event) => event.action);
    expect(actions.sort()).toEqual(['wave.archive', 'wave.close', 'wave.create', 'wave.open']);
  });
});

describe('access', () => {
  it('only admins manage waves, questionnaires and the outbox', async () => {
    const executive = await buildAccount(server.context, { role: 'executive' });
    const client = await server.signIn(executive.email, executive.password);
    const wave = await createWave(admin);
    for (const response of [
      await client.get('/api/waves'),
      await client.get(`/api/waves/${wave.id}`),
      await client.get(`/api/waves/${wave.id}/response-rates`),
      await client.post(`/api/waves/${wave.id}/open`),
      await client.get('/api/questionnaires'),
      await client.get('/api/outbox'),
    ]) {
      expectProblem(response, 403);
    }
    expect((await admin.get(`/api/waves/${wave.id}`)).body.status).toBe('draft');
  });

  it('the routes are in the OpenAPI document', async () => {
    const document = (await admin.get('/api/openapi.json')).body;
    for (const path of [
      '/api/waves',
      '/api/waves/{id}',
      '/api/waves/{id}/open',
      '/api/waves/{id}/response-rates',
      '/api/questionnaires/{id}/draft',
      '/api/outbox',
    ]) {
      expect(Object.keys(document.paths)).toContain(path);
    }
  });

  it('needs a session and the CSRF token', async () => {
    expectProblem(await server.client().get('/api/waves'), 401);
    const wave = await createWave(admin);
    expectProblem(await admin.post(`/api/waves/${wave.id}/open`, undefined, { withoutCsrfToken: true }), 403);
  });
});
