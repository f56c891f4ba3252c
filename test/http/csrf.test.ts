import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUnit } from '../support/factories.js';
import { createTestServer, CSRF_COOKIE, expectProblem, type ApiClient, type TestServer } from '../support/server.js';

let server: TestServer;
let admin: ApiClient;
beforeAll(async () => {
  server = await createTestServer();
  admin = await server.signInAsAdmin();
});
afterAll(async () => {
  await server?.cleanup();
});

const unitNames = async () => ((await admin.get('/api/units')).body.units as { name: string }[]).map((unit) => unit.name);

describe('CSRF protection of state-changing calls', () => {
  it('sets the CSRF secret as an httpOnly cookie at sign-in', async () => {
    const client = server.client();
    const response = await client.signIn(server.admin.email, server.admin.password);
    const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
    expect(cookies.find((cookie) => cookie.startsWith(`${CSRF_COOKIE}=`))).toMatch(/HttpOnly/i);
    expect(client.cookies.has(CSRF_COOKIE)).toBe(true);
  });

  it('refuses a POST without x-csrf-token with 403 problem+json, and stores nothing', async () => {
    const response = await admin.post('/api/units', { name: 'Without Token', parentId: null }, { withoutCsrfToken: true });
    expectProblem(response, 403, 'x-csrf-token');
    expect(await unitNames()).not.toContain('Without Token');
  });

  it('accepts the same POST with the token', async () => {
    const response = await admin.post('/api/units', { name: 'With Token', parentId: null });
    expect(response.status).toBe(201);
    expect(await unitNames()).toContain('With Token');
  });

  it.each([
    { case: 'a made-up token', token: 'made-up-token' },
    { case: 'an empty token', token: '' },
  ])('refuses $case', async ({ token }) => {
    const response = await admin.post(
      '/api/units',
      { name: 'Bad Token', parentId: null },
      { withoutCsrfToken: true, headers: { 'x-csrf-token': token } },
    );
    expectProblem(response, 403, 'x-csrf-token');
  });

  it("refuses another browser's token (tokens are bound to the CSRF secret cookie)", async () => {
    const other = await server.signInAsAdmin();
    const response = await admin.post(
      '/api/units',
      { name: 'Foreign Token', parentId: null },
      { withoutCsrfToken: true, headers: { 'x-csrf-token': other.csrfToken as string } },
    );
    expectProblem(response, 403, 'x-csrf-token');
  });

  it('guards PATCH and DELETE too, and leaves the unit unchanged', async () => {
    const unit = await buildUnit(server.context, { name: 'Guarded' });
    expectProblem(await admin.patch(`/api/units/${unit.id}`, { name: 'Renamed' }, { withoutCsrfToken: true }), 403, 'x-csrf-token');
    expectProblem(await admin.delete(`/api/units/${unit.id}`, { withoutCsrfToken: true }), 403, 'x-csrf-token');
    const detail = await admin.get(`/api/units/${unit.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.unit.name).toBe('Guarded');
  });

  it('guards signing out, so that another site cannot end a session', async () => {
    const client = await server.signInAsAdmin();
    expectProblem(await client.delete('/api/session', { withoutCsrfToken: true }), 403, 'x-csrf-token');
    expect((await client.get('/api/session')).status).toBe(200);
  });

  it('does not ask GET requests for a token', async () => {
    expect((await admin.get('/api/units', { withoutCsrfToken: true })).status).toBe(200);
  });

  it('the token from GET /api/session works as well', async () => {
    const client = await server.signInAsAdmin();
    client.csrfToken = (await client.get('/api/session')).body.csrfToken;
    expect((await client.post('/api/units', { name: 'Token From Session', parentId: null })).status).toBe(201);
  });
});
