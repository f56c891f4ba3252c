import { expect } from 'vitest';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { ensureAdminAccount } from '../../src/app/access/accounts.js';
import type { AppContext } from '../../src/app/ports.js';
import type { Config } from '../../src/config.js';
import { buildServer } from '../../src/http/server.js';
import type { Runtime } from '../../src/wiring.js';
import { createTestRuntime } from './database.js';

export const ADMIN_EMAIL = 'admin@eyelevel.test';
export const ADMIN_PASSWORD = 'correct horse battery staple';
export const SESSION_COOKIE = 'eyelevel_session';
export const CSRF_COOKIE = '_csrf';

// Response bodies are whatever the route answers; tests narrow them where they look inside.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Body = any;

export interface ApiResponse {
  status: number;
  body: Body;
  headers: LightMyRequestResponse['headers'];
  /** The raw response, for cookies and the like. */
  raw: LightMyRequestResponse;
}

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT';

export interface RequestOptions {
  /** A JS value is sent as JSON; a string or Buffer is sent as is (set a content-type). */
  body?: unknown;
  headers?: Record<string, string>;
  /** Leaves out the x-csrf-token header on a state-changing call. */
  withoutCsrfToken?: boolean;
}

let nextClientNumber = 1;

/**
 * A browser for the in-process server: a cookie jar (session and CSRF secret) and the CSRF
 * token, sent as `x-csrf-token` on every state-changing call. Each client has its own
 * remote address, so the sign-in rate limit (per address) counts per client, as for real users.
 */
export class ApiClient {
  readonly cookies = new Map<string, string>();
  csrfToken: string | undefined;
  readonly remoteAddress: string;

  constructor(
    private readonly app: FastifyInstance,
    remoteAddress?: string,
  ) {
    const number = nextClientNumber++;
    this.remoteAddress = remoteAddress ?? `10.${(number >> 16) & 255}.${(number >> 8) & 255}.${number & 255}`;
  }

  get(url: string, options: Omit<RequestOptions, 'body'> = {}): Promise<ApiResponse> {
    return this.request('GET', url, options);
  }

  post(url: string, body?: unknown, options: RequestOptions = {}): Promise<ApiResponse> {
    return this.request('POST', url, { ...options, body });
  }

  patch(url: string, body?: unknown, options: RequestOptions = {}): Promise<ApiResponse> {
    return this.request('PATCH', url, { ...options, body });
  }

  delete(url: string, options: RequestOptions = {}): Promise<ApiResponse> {
    return this.request('DELETE', url, options);
  }

  /** Signs in; on success the client holds the session and the CSRF token. */
  async signIn(email: string, password: string): Promise<ApiResponse> {
    const response = await this.post('/api/session', { email, password });
    if (response.status === 200) this.csrfToken = response.body.csrfToken;
    return response;
  }

  async request(method: Method, url: string, options: RequestOptions = {}): Promise<ApiResponse> {
    const headers: Record<string, string> = { ...options.headers };
    if (this.cookies.size > 0) {
      headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    }
    if (method !== 'GET' && this.csrfToken && !options.withoutCsrfToken) headers['x-csrf-token'] = this.csrfToken;
    const injection: InjectOptions = { method, url, headers, remoteAddress: this.remoteAddress };
    if (options.body !== undefined) {
      if (typeof options.body === 'string' || Buffer.isBuffer(options.body)) {
        injection.payload = options.body;
      } else {
        injection.payload = JSON.stringify(options.body);
        headers['content-type'] ??= 'application/json';
      }
    }
    const raw = await this.app.inject(injection);
    this.keepCookies(raw);
    return { status: raw.statusCode, body: parseBody(raw), headers: raw.headers, raw };
  }

  private keepCookies(response: LightMyRequestResponse): void {
    for (const cookie of response.cookies as { name: string; value: string; expires?: Date; maxAge?: number }[]) {
      const isCleared =
        cookie.value === '' || cookie.maxAge === 0 || (cookie.expires !== undefined && cookie.expires.getTime() <= Date.now());
      if (isCleared) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
  }
}

function parseBody(response: LightMyRequestResponse): Body {
  const type = String(response.headers['content-type'] ?? '');
  if (response.body.length > 0 && /json/.test(type)) return JSON.parse(response.body);
  return response.body;
}

export interface TestServer {
  app: FastifyInstance;
  runtime: Runtime;
  context: AppContext;
  config: Config;
  admin: { email: string; password: string };
  /** A client without a session. */
  client: (remoteAddress?: string) => ApiClient;
  /** A client signed in with the credentials; throws when signing in fails. */
  signIn: (email: string, password: string) => Promise<ApiClient>;
  /** A client signed in as the bootstrap admin. */
  signInAsAdmin: () => Promise<ApiClient>;
  cleanup: () => Promise<void>;
}

/**
 * The real server in process, on a fresh migrated database (SQLite, or PostgreSQL when
 * DATABASE_URL says so), with the first admin created as `serve` creates it.
 */
export async function createTestServer(options: { environment?: Record<string, string> } = {}): Promise<TestServer> {
  const { runtime, config, cleanup: cleanupDatabase } = await createTestRuntime(options.environment);
  let app: FastifyInstance | undefined;
  try {
    await ensureAdminAccount(runtime.context, { email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
    app = await buildServer({ context: runtime.context, config });
    await app.ready();
  } catch (error) {
    await app?.close();
    await cleanupDatabase();
    throw error;
  }
  const server = app;
  const signIn = async (email: string, password: string) => {
    const client = new ApiClient(server);
    const response = await client.signIn(email, password);
    if (response.status !== 200) throw new Error(`signing in as ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
    return client;
  };
  return {
    app: server,
    runtime,
    context: runtime.context,
    config,
    admin: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
    client: (remoteAddress) => new ApiClient(server, remoteAddress),
    signIn,
    signInAsAdmin: () => signIn(ADMIN_EMAIL, ADMIN_PASSWORD),
    cleanup: async () => {
      await server.close();
      await cleanupDatabase();
    },
  };
}

/**
 * Asserts an RFC 9457 problem document with the status; with `field`, its detail names the
 * field (e.g. "parentId" matches "parentId: …" and "body.parentId: …").
 */
export function expectProblem(response: ApiResponse, status: number, field?: string): void {
  expect({ status: response.status, contentType: response.headers['content-type'], body: response.body }).toMatchObject({
    status,
    contentType: expect.stringMatching(/^application\/problem\+json/),
    body: { status, type: expect.any(String), title: expect.any(String), detail: expect.any(String) },
  });
  if (field !== undefined) expect(response.body.detail).toMatch(new RegExp(`(^|[.\\s"])${field}\\b`));
}
