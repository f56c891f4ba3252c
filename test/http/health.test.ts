import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, expectProblem, type ApiClient, type TestServer } from '../support/server.js';

let server: TestServer;
let admin: ApiClient;
beforeAll(async () => {
  server = await createTestServer();
  admin = await server.signInAsAdmin();
});
afterAll(async () => {
  await server?.cleanup();
});

describe('GET /api/health', () => {
  it('answers without a session', async () => {
    const response = await server.client().get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });
});

describe('GET /api/openapi.json', () => {
  // The routes the organisation and access features promise; the document must list each.
  const expectedOperations = [
    'get /api/health',
    'post /api/session',
    'get /api/session',
    'delete /api/session',
    'get /api/units',
    'post /api/units',
    'get /api/units/{id}',
    'patch /api/units/{id}',
    'delete /api/units/{id}',
    'get /api/people',
    'post /api/people',
    'patch /api/people/{id}',
    'delete /api/people/{id}',
    'get /api/services',
    'post /api/services',
    'patch /api/services/{id}',
    'delete /api/services/{id}',
    'get /api/relationships',
    'post /api/relationships',
    'patch /api/relationships/{id}',
    'delete /api/relationships/{id}',
    'get /api/service-map',
    'get /api/accounts',
    'post /api/accounts',
    'patch /api/accounts/{id}',
    'get /api/audit-events',
  ];

  it('needs a session (it maps the whole API)', async () => {
    expectProblem(await server.client().get('/api/openapi.json'), 401);
  });

  it('is an OpenAPI 3 document', async () => {
    const response = await admin.get('/api/openapi.json');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.body.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(response.body.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    expect(response.body.paths).toBeTypeOf('object');
  });

  it('lists every route with its method', async () => {
    const { body } = await admin.get('/api/openapi.json');
    const operations = Object.entries(body.paths as Record<string, Record<string, unknown>>).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method} ${path}`),
    );
    expect(operations).toEqual(expect.arrayContaining(expectedOperations));
  });

  it('is structurally sound: every operation has responses and declares each path parameter', async () => {
    const { body } = await admin.get('/api/openapi.json');
    const problems: string[] = [];
    for (const [path, item] of Object.entries(
      body.paths as Record<string, Record<string, { responses?: object; parameters?: { name: string; in: string }[] }>>,
    )) {
      if (!path.startsWith('/api/')) problems.push(`${path}: not under /api/`);
      for (const [method, operation] of Object.entries(item)) {
        if (!operation.responses || Object.keys(operation.responses).length === 0) problems.push(`${method} ${path}: no responses`);
        for (const [, name] of path.matchAll(/\{(\w+)\}/g)) {
          const isDeclared = (operation.parameters ?? []).some((parameter) => parameter.name === name && parameter.in === 'path');
          if (!isDeclared) problems.push(`${method} ${path}: path parameter ${name} not declared`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('describes request bodies and path parameters', async () => {
    const { body } = await admin.get('/api/openapi.json');
    const createUnit = body.paths['/api/units'].post;
    const schema = createUnit.requestBody.content['application/json'].schema;
    expect(schema.required).toEqual(expect.arrayContaining(['name', 'parentId']));
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['name', 'parentId', 'code']));
    const patchUnit = body.paths['/api/units/{id}'].patch;
    expect(patchUnit.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'id', in: 'path', required: true })]));
  });

  it('describes the answers of the results routes', async () => {
    const { body } = await admin.get('/api/openapi.json');
    const answer = (path: string) => body.paths[path].get.responses['200'].content['application/json'].schema;
    expect(answer('/api/results/waves').type).toBe('array');
    expect(Object.keys(answer('/api/results/waves/{waveId}/providers').properties)).toEqual(
      expect.arrayContaining(['wave', 'dimensions', 'k', 'providers']),
    );
    expect(Object.keys(answer('/api/results/waves/{waveId}/providers/{unitId}').properties)).toEqual(
      expect.arrayContaining(['wave', 'provider', 'thresholds', 'dimensions', 'nps', 'grid', 'comments', 'mirror']),
    );
    expect(Object.keys(answer('/api/results/waves/{waveId}/heatmap').properties)).toEqual(
      expect.arrayContaining(['wave', 'dimensions', 'k', 'total', 'offset', 'rows']),
    );
    expect(Object.keys(answer('/api/results/waves/{waveId}/weak-points').properties)).toEqual(
      expect.arrayContaining(['target', 'benchmarks', 'belowTarget', 'belowBenchmark']),
    );
  });

  it('names the session cookie as the security scheme', async () => {
    const { body } = await admin.get('/api/openapi.json');
    expect(body.components.securitySchemes.session).toEqual({ type: 'apiKey', in: 'cookie', name: 'eyelevel_session' });
  });
});
