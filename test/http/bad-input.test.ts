import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Unit } from '../../src/domain/org/unit.js';
import { buildUnit } from '../support/factories.js';
import { createTestServer, expectProblem, type ApiClient, type ApiResponse, type TestServer } from '../support/server.js';

// Bad input gets a clear error naming the field, never a 5xx, never half a write (SPEC.md).
let server: TestServer;
let admin: ApiClient;
let unit: Unit;

beforeAll(async () => {
  server = await createTestServer();
  admin = await server.signInAsAdmin();
  unit = await buildUnit(server.context, { name: 'Input Checks' });
});
afterAll(async () => {
  await server?.cleanup();
});

const unitCount = async () => ((await admin.get('/api/units')).body.units as unknown[]).length;

function expectClientProblem(response: ApiResponse): void {
  expect(response.status, JSON.stringify(response.body)).toBeGreaterThanOrEqual(400);
  expect(response.status).toBeLessThan(500);
  expectProblem(response, response.status);
}

describe('unparsable bodies', () => {
  it.each([
    { case: 'truncated JSON', body: '{"name": "Broken", "parentId":' },
    { case: 'not JSON at all', body: 'name=Broken&parentId=' },
    { case: 'a JSON string', body: '"just a string"' },
    { case: 'a JSON array', body: '[{"name": "Broken"}]' },
    { case: 'JSON null', body: 'null' },
    { case: 'an empty body', body: '' },
    { case: 'a __proto__ key (prototype pollution)', body: '{"__proto__": {"isAdmin": true}, "name": "Polluted", "parentId": null}' },
  ])('$case as application/json → 4xx problem+json, nothing stored', async ({ body }) => {
    const before = await unitCount();
    const response = await admin.post('/api/units', body, { headers: { 'content-type': 'application/json' } });
    expectClientProblem(response);
    expect(response.body.detail).toMatch(/^body\b/);
    expect(await unitCount()).toBe(before);
  });

  it('truncated JSON is a 400 "body: is not valid JSON"', async () => {
    const response = await admin.post('/api/units', '{"name":', { headers: { 'content-type': 'application/json' } });
    expectProblem(response, 400, 'body');
    expect(response.body.detail).toBe('body: is not valid JSON');
  });

  it.each(['application/x-www-form-urlencoded', 'application/xml', 'multipart/form-data; boundary=x', 'image/png'])(
    'content-type %s → 415 naming content-type',
    async (type) => {
      const before = await unitCount();
      const response = await admin.post('/api/units', '{"name":"Typed","parentId":null}', { headers: { 'content-type': type } });
      expectProblem(response, 415, 'content-type');
      expect(await unitCount()).toBe(before);
    },
  );

  it('content-type text/plain (which Fastify reads as a string) → 4xx naming the body, nothing stored', async () => {
    const before = await unitCount();
    const response = await admin.post('/api/units', '{"name":"Typed","parentId":null}', { headers: { 'content-type': 'text/plain' } });
    expectClientProblem(response);
    expect(response.body.detail).toMatch(/^(body|content-type)\b/);
    expect(await unitCount()).toBe(before);
  });

  it('no content-type with a JSON body → 4xx problem+json, nothing stored', async () => {
    const before = await unitCount();
    const response = await admin.post('/api/units', Buffer.from('{"name":"Untyped","parentId":null}'));
    expectClientProblem(response);
    expect(await unitCount()).toBe(before);
  });

  it('a body of 2 MB → 413 problem+json, nothing stored', async () => {
    const before = await unitCount();
    const body = JSON.stringify({ name: 'Huge', parentId: null, code: 'x'.repeat(2 * 1024 * 1024) });
    const response = await admin.post('/api/units', body, { headers: { 'content-type': 'application/json' } });
    expectProblem(response, 413, 'body');
    expect(await unitCount()).toBe(before);
  });
});

describe('well-formed JSON with bad fields', () => {
  it.each([
    { case: 'name as a number', url: '/api/units', body: { name: 42, parentId: null }, field: 'body.name' },
    { case: 'name missing', url: '/api/units', body: { parentId: null }, field: 'body.name' },
    { case: 'parentId missing', url: '/api/units', body: { name: 'No Parent Field' }, field: 'body.parentId' },
    { case: 'parentId as an object', url: '/api/units', body: { name: 'X', parentId: { id: 'x' } }, field: 'body.parentId' },
    { case: 'name of 121 characters', url: '/api/units', body: { name: 'n'.repeat(121), parentId: null }, field: 'body.name' },
    {
      case: 'isLead as a number',
      url: '/api/people',
      body: { email: 'a@b.de', name: 'A', unitId: 'u', locale: 'en', isLead: 1 },
      field: 'body.isLead',
    },
    {
      case: 'serviceIds as a string',
      url: '/api/relationships',
      body: { providerUnitId: 'a', customerUnitId: 'b', serviceIds: 'x' },
      field: 'body.serviceIds',
    },
    {
      case: 'serviceIds with a number',
      url: '/api/relationships',
      body: { providerUnitId: 'a', customerUnitId: 'b', serviceIds: [7] },
      field: 'body.serviceIds.0',
    },
    {
      case: '101 serviceIds',
      url: '/api/relationships',
      body: { providerUnitId: 'a', customerUnitId: 'b', serviceIds: Array(101).fill('s') },
      field: 'body.serviceIds',
    },
    {
      case: 'role not a role',
      url: '/api/accounts',
      body: { email: 'a@b.de', name: 'A', role: 'root', password: 'p'.repeat(12) },
      field: 'body.role',
    },
    { case: 'an id of 65 characters', url: '/api/units', body: { name: 'X', parentId: 'i'.repeat(65) }, field: 'body.parentId' },
  ])('$case → 422 naming $field', async ({ url, body, field }) => {
    const response = await admin.post(url, body);
    expectProblem(response, 422, field);
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  });

  it.each([
    {
      case: 'a misspelt field on create',
      url: () => '/api/units',
      method: 'post' as const,
      body: () => ({ name: 'Typo', parentId: null, parentID: unit.id }),
      field: 'parentID',
    },
    {
      case: 'an unknown field on update',
      url: () => `/api/units/${unit.id}`,
      method: 'patch' as const,
      body: () => ({ nmae: 'Typo' }),
      field: 'nmae',
    },
    {
      case: 'a field the client may not set',
      url: () => '/api/people',
      method: 'post' as const,
      body: () => ({ email: 'x@y.de', name: 'X', unitId: unit.id, locale: 'en', isLead: false, id: 'chosen-id' }),
      field: 'id',
    },
    {
      case: 'isDisabled on create',
      url: () => '/api/accounts',
      method: 'post' as const,
      body: () => ({ email: 'n@y.de', name: 'N', role: 'executive', password: 'p'.repeat(12), isDisabled: true }),
      field: 'isDisabled',
    },
  ])('$case → 422 naming $field, nothing stored', async ({ url, method, body, field }) => {
    const before = await unitCount();
    const response = await admin[method](url(), body());
    expectProblem(response, 422, field);
    expect(await unitCount()).toBe(before);
    expect((await admin.get(`/api/units/${unit.id}`)).body.unit.name).toBe('Input Checks');
  });
});

describe('NUL characters (PostgreSQL cannot store them in text)', () => {
  it.each([
    { case: 'in a unit name', url: '/api/units', body: () => ({ name: 'Null\u0000Unit', parentId: null }), field: 'name' },
    {
      case: 'in a unit name on update',
      url: `/api/units/UNIT`,
      body: () => ({ name: 'Null\u0000Unit' }),
      field: 'name',
      method: 'patch' as const,
    },
    {
      case: 'in a person name',
      url: '/api/people',
      body: () => ({ email: 'nul@example.test', name: 'Nul\u0000Person', unitId: unit.id, locale: 'en', isLead: false }),
      field: 'name',
    },
    {
      case: 'in a service description',
      url: '/api/services',
      body: () => ({ providerUnitId: unit.id, name: 'Nul', description: 'a\u0000b' }),
      field: 'description',
    },
  ])('$case → 422 naming $field, nothing stored, on both databases', async ({ url, body, field, method }) => {
    const before = await unitCount();
    const response = await admin[method ?? 'post'](url.replace('UNIT', unit.id), body());
    expectProblem(response, 422, field);
    expect(await unitCount()).toBe(before);
  });

  it('in a search → an answer, never a 5xx', async () => {
    const response = await admin.get('/api/people?search=%00');
    expect(response.status, response.raw.body).toBeLessThan(500);
  });

  it('in the email when signing in → 4xx, never a 5xx (this one needs no session)', async () => {
    const response = await server.client().post('/api/session', { email: 'admin\u0000@eyelevel.test', password: 'whatever password' });
    expectClientProblem(response);
  });
});

describe('query strings', () => {
  it.each([
    { query: 'page=1e400', field: 'querystring.page' },
    { query: 'page=99999999999999999999', field: 'querystring.page' },
    { query: `page=${'9'.repeat(400)}`, field: 'querystring.page' },
    { query: 'page=Infinity', field: 'querystring.page' },
    { query: 'page=NaN', field: 'querystring.page' },
    { query: 'pageSize=1e6', field: 'querystring.pageSize' },
    { query: `search=${'s'.repeat(201)}`, field: 'querystring.search' },
    { query: `unitId=${'u'.repeat(65)}`, field: 'querystring.unitId' },
  ])('/api/people?$query → 422 naming $field', async ({ query, field }) => {
    expectProblem(await admin.get(`/api/people?${query}`), 422, field);
  });

  it.each([
    { case: 'the largest safe page number', query: `page=${Number.MAX_SAFE_INTEGER}` },
    { case: 'a page far past the end', query: 'page=1000000000&pageSize=500' },
    { case: 'a page number with leading zeros', query: 'page=0002' },
  ])('$case → an answer, never a 5xx', async ({ query }) => {
    const response = await admin.get(`/api/people?${query}`);
    expect(response.status, JSON.stringify(response.body)).toBeLessThan(500);
    if (response.status === 200) expect(response.body.items).toEqual([]);
    else expectClientProblem(response);
  });

  it('a repeated parameter is a 4xx or takes one value, never a 5xx', async () => {
    const response = await admin.get('/api/people?page=1&page=2');
    expect(response.status).toBeLessThan(500);
  });
});

describe('unknown ids and routes', () => {
  const id = randomUUID();
  it.each([
    ['GET', `/api/units/${id}`],
    ['PATCH', `/api/units/${id}`, { name: 'X' }],
    ['DELETE', `/api/units/${id}`],
    ['PATCH', `/api/people/${id}`, { name: 'X' }],
    ['DELETE', `/api/people/${id}`],
    ['PATCH', `/api/services/${id}`, { name: 'X' }],
    ['DELETE', `/api/services/${id}`],
    ['PATCH', `/api/relationships/${id}`, { serviceIds: ['x'] }],
    ['DELETE', `/api/relationships/${id}`],
    ['PATCH', `/api/accounts/${id}`, { isDisabled: false }],
    ['GET', `/api/units/${encodeURIComponent("' OR 1=1 --")}`],
    ['GET', '/api/units/%C3%96zlem-%F0%9F%98%80'],
    ['GET', '/api/no-such-route'],
    ['POST', '/api/no-such-route', {}],
  ] as const)('%s %s → 404 problem+json', async (method, url, body?: object) => {
    expectProblem(await admin.request(method, url, body === undefined ? {} : { body }), 404);
  });

  it('an id of 65 characters → 422 naming params.id', async () => {
    expectProblem(await admin.get(`/api/units/${'i'.repeat(65)}`), 422, 'params.id');
  });

  it('a method the route does not have → 4xx problem+json', async () => {
    expectClientProblem(await admin.request('PUT', `/api/units/${unit.id}`, { body: { name: 'Put' } }));
  });
});
