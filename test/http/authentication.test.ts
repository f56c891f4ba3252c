import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, expectProblem, type ApiClient, type Method, type TestServer } from '../support/server.js';

// Routes that answer without an account session; every other /api route must answer 401.
// Respondents have no account: their routes check the invitation instead (test/respond).
const PUBLIC_OPERATIONS = new Set(['GET /api/health', 'POST /api/session', 'POST /api/respond/submissions']);
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

let server: TestServer;
let operations: { method: Method; url: string; name: string }[];
let signedOut: ApiClient;

beforeAll(async () => {
  server = await createTestServer();
  const admin = await server.signInAsAdmin();
  const document = (await admin.get('/api/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
  const pathParameters: Record<string, string> = { id: randomUUID(), kind: 'people' };
  operations = Object.entries(document.paths)
    .flatMap(([path, item]) =>
      METHODS.filter((method) => method in item).map((method) => ({
        method: method.toUpperCase() as Method,
        url: path.replace(/\{(\w+)\}/g, (_, name: string) => pathParameters[name] ?? 'x'),
        name: `${method.toUpperCase()} ${path}`,
      })),
    )
    // The document itself is hidden from the document, and is behind sign-in too.
    .concat([{ method: 'GET' as const, url: '/api/openapi.json', name: 'GET /api/openapi.json' }])
    .filter((operation) => !PUBLIC_OPERATIONS.has(operation.name));
  // A browser that signed out still holds the CSRF secret and token, but no session.
  signedOut = await server.signIn(server.admin.email, server.admin.password);
  expect((await signedOut.delete('/api/session')).status).toBe(204);
  expect(signedOut.csrfToken).toBeTypeOf('string');
});
afterAll(async () => {
  await server?.cleanup();
});

describe('every /api route but health and sign-in needs a session', () => {
  it('covers the whole OpenAPI document', () => {
    // Guards the loops below against passing on an empty or truncated list.
    expect(operations.length).toBeGreaterThanOrEqual(25);
    expect(operations.map((operation) => operation.name)).toEqual(
      expect.arrayContaining([
        'GET /api/units',
        'POST /api/units',
        'DELETE /api/session',
        'PATCH /api/accounts/{id}',
        'GET /api/audit-events',
      ]),
    );
  });

  it('answers 401 problem+json to a client without any cookie', async () => {
    const failures: string[] = [];
    for (const operation of operations) {
      const response = await server.client().request(operation.method, operation.url, {
        ...(operation.method === 'POST' || operation.method === 'PATCH' ? { body: {} } : {}),
      });
      if (response.status !== 401 || !String(response.headers['content-type']).startsWith('application/problem+json')) {
        failures.push(`${operation.name} → ${response.status} ${JSON.stringify(response.body)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('answers 401 to a signed-out client that still sends a valid CSRF token', async () => {
    const failures: string[] = [];
    for (const operation of operations) {
      const response = await signedOut.request(operation.method, operation.url, {
        ...(operation.method === 'POST' || operation.method === 'PATCH' ? { body: {} } : {}),
      });
      if (response.status !== 401) failures.push(`${operation.name} → ${response.status} ${JSON.stringify(response.body)}`);
    }
    expect(failures).toEqual([]);
  });

  it('answers 401 to a forged session cookie', async () => {
    const forged = server.client();
    forged.cookies.set('eyelevel_session', 'forged-token-that-was-never-issued');
    expectProblem(await forged.get('/api/units'), 401);
    expectProblem(await forged.get('/api/session'), 401);
  });
});
