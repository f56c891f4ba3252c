import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type ApiClient, type ApiResponse, type TestServer } from '../support/server.js';

let server: TestServer;
let admin: ApiClient;
beforeAll(async () => {
  server = await createTestServer();
  admin = await server.signInAsAdmin();
});
afterAll(async () => {
  await server?.cleanup();
});

const directives = (response: ApiResponse): Map<string, string[]> =>
  new Map(
    String(response.headers['content-security-policy'] ?? '')
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name as string, values]),
  );

describe('security headers', () => {
  // Successful, anonymous, error and not-found answers all carry them.
  const requests: [string, () => Promise<ApiResponse>][] = [
    ['GET /api/health', () => server.client().get('/api/health')],
    ['GET /api/units (signed in)', () => admin.get('/api/units')],
    ['GET /api/units (401)', () => server.client().get('/api/units')],
    ['POST /api/units without CSRF token (403)', () => admin.post('/api/units', { name: 'X', parentId: null }, { withoutCsrfToken: true })],
    ['GET /api/no-such-route (404)', () => server.client().get('/api/no-such-route')],
    [
      'POST /api/session, bad JSON (400)',
      () => server.client().post('/api/session', '{', { headers: { 'content-type': 'application/json' } }),
    ],
  ];

  it.each(requests)('%s: a CSP without unsafe-inline or unsafe-eval', async (_name, send) => {
    const response = await send();
    const csp = String(response.headers['content-security-policy']);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    const policy = directives(response);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
  });

  it.each(requests)('%s: nosniff, no referrer, no framing, no X-Powered-By', async (_name, send) => {
    const response = await send();
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });
});
