import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Unit } from '../../src/domain/org/unit.js';
import { buildPerson, buildUnit } from '../support/factories.js';
import { createTestServer, expectProblem, type ApiClient, type TestServer } from '../support/server.js';

let server: TestServer;
let admin: ApiClient;
let unitA: Unit;
let unitB: Unit;
const TOTAL = 120;

beforeAll(async () => {
  server = await createTestServer();
  admin = await server.signInAsAdmin();
  const company = await buildUnit(server.context, { name: 'Company' });
  unitA = await buildUnit(server.context, { name: 'Alpha', parentId: company.id });
  unitB = await buildUnit(server.context, { name: 'Beta', parentId: company.id });
  for (let number = 1; number <= 70; number++) {
    await buildPerson(server.context, {
      unitId: unitA.id,
      name: `Anna ${String(number).padStart(3, '0')}`,
      email: `anna.${number}@example.test`,
    });
  }
  for (let number = 1; number <= 47; number++) {
    await buildPerson(server.context, {
      unitId: unitB.id,
      name: `Bernd ${String(number).padStart(3, '0')}`,
      email: `bernd.${number}@example.test`,
    });
  }
  await buildPerson(server.context, { unitId: unitB.id, name: 'Özlem Yılmaz', email: 'oezlem.yilmaz@example.test', locale: 'de' });
  await buildPerson(server.context, { unitId: unitB.id, name: 'Jürgen Groß', email: 'juergen.gross@example.test', locale: 'de' });
  await buildPerson(server.context, { unitId: unitB.id, name: 'Percy 100% Sure', email: 'percy@example.test' });
});
afterAll(async () => {
  await server?.cleanup();
});

const names = (body: { items: { name: string }[] }) => body.items.map((item) => item.name);

describe('GET /api/people paging', () => {
  it('answers the first page of 50 by default, with the total', async () => {
    const { status, body } = await admin.get('/api/people');
    expect(status).toBe(200);
    expect(body).toMatchObject({ total: TOTAL, page: 1, pageSize: 50 });
    expect(body.items).toHaveLength(50);
    expect(body.items[0]).toEqual({
      id: expect.any(String),
      email: 'anna.1@example.test',
      name: 'Anna 001',
      unitId: unitA.id,
      unitPath: 'Company/Alpha',
      locale: 'en',
      isLead: false,
    });
  });

  it('walks through every person once, in name order, page by page', async () => {
    const seen: string[] = [];
    const sizes: number[] = [];
    for (let page = 1; page <= 3; page++) {
      const { body } = await admin.get(`/api/people?page=${page}&pageSize=50`);
      expect(body).toMatchObject({ total: TOTAL, page, pageSize: 50 });
      sizes.push(body.items.length);
      seen.push(...names(body));
    }
    expect(sizes).toEqual([50, 50, 20]);
    expect(new Set(seen).size).toBe(TOTAL);
    expect(seen.slice(0, 3)).toEqual(['Anna 001', 'Anna 002', 'Anna 003']);
    expect(seen.indexOf('Anna 070')).toBeLessThan(seen.indexOf('Bernd 001'));
  });

  it('answers an empty page past the end, still with the total', async () => {
    const { status, body } = await admin.get('/api/people?page=4&pageSize=50');
    expect(status).toBe(200);
    expect(body).toMatchObject({ items: [], total: TOTAL, page: 4 });
  });

  it('takes page sizes up to 500', async () => {
    const { body } = await admin.get('/api/people?pageSize=500');
    expect(body.items).toHaveLength(TOTAL);
  });

  it.each([
    { query: 'page=0', field: 'querystring.page' },
    { query: 'page=-1', field: 'querystring.page' },
    { query: 'page=1.5', field: 'querystring.page' },
    { query: 'page=abc', field: 'querystring.page' },
    { query: 'pageSize=0', field: 'querystring.pageSize' },
    { query: 'pageSize=501', field: 'querystring.pageSize' },
  ])('refuses $query with 422 naming $field', async ({ query, field }) => {
    expectProblem(await admin.get(`/api/people?${query}`), 422, field);
  });
});

describe('GET /api/people search and filter', () => {
  it.each([
    { search: 'öZ', found: ['Özlem Yılmaz'] },
    { search: 'ÖZLEM', found: ['Özlem Yılmaz'] },
    { search: 'yılmaz', found: ['Özlem Yılmaz'] },
    { search: 'JÜRGEN', found: ['Jürgen Groß'] },
    { search: 'groß', found: ['Jürgen Groß'] },
    { search: 'oezlem.y', found: ['Özlem Yılmaz'] },
    { search: 'JUERGEN.GROSS@', found: ['Jürgen Groß'] },
    { search: 'bernd 04', found: ['Bernd 040', 'Bernd 041', 'Bernd 042', 'Bernd 043', 'Bernd 044', 'Bernd 045', 'Bernd 046', 'Bernd 047'] },
    { search: '100%', found: ['Percy 100% Sure'] },
    { search: '%', found: ['Percy 100% Sure'] },
    { search: '_', found: [] },
    { search: 'nobody-has-this', found: [] },
  ])('"$search" finds $found', async ({ search, found }) => {
    const { status, body } = await admin.get(`/api/people?search=${encodeURIComponent(search)}&pageSize=500`);
    expect(status).toBe(200);
    expect(names(body)).toEqual(found);
    expect(body.total).toBe(found.length);
  });

  it('filters by unit, and pages within the filter', async () => {
    const alpha = await admin.get(`/api/people?unitId=${unitA.id}&pageSize=500`);
    expect(alpha.body.total).toBe(70);
    expect(alpha.body.items.every((item: { unitId: string }) => item.unitId === unitA.id)).toBe(true);
    const beta = await admin.get(`/api/people?unitId=${unitB.id}&page=2&pageSize=30`);
    expect(beta.body.total).toBe(50);
    expect(beta.body.items).toHaveLength(20);
  });

  it('combines search and unit filter', async () => {
    expect((await admin.get(`/api/people?unitId=${unitA.id}&search=bernd`)).body.total).toBe(0);
    expect((await admin.get(`/api/people?unitId=${unitB.id}&search=bernd`)).body.total).toBe(47);
    expect((await admin.get(`/api/people?unitId=${unitB.id}&search=öz`)).body.total).toBe(1);
  });

  it('finds no one in an unknown unit', async () => {
    const { status, body } = await admin.get(`/api/people?unitId=${randomUUID()}`);
    expect(status).toBe(200);
    expect(body.total).toBe(0);
  });
});

describe('POST, PATCH and DELETE /api/people', () => {
  const personInput = () => ({
    email: `new.${randomUUID()}@example.test`,
    name: 'Neu Person',
    unitId: unitA.id,
    locale: 'de',
    isLead: true,
  });

  it('creates a person, normalising the email', async () => {
    const response = await admin.post('/api/people', { ...personInput(), email: '  Maria.Muster@Example.TEST ', name: ' Maria Muster ' });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.any(String),
      email: 'maria.muster@example.test',
      name: 'Maria Muster',
      unitId: unitA.id,
      locale: 'de',
      isLead: true,
    });
  });

  it('refuses an email that another person has (in any case) with 409 naming email', async () => {
    expectProblem(await admin.post('/api/people', { ...personInput(), email: 'ANNA.1@example.test' }), 409, 'email');
  });

  it.each([
    { case: 'a bad locale', change: { locale: 'fr' }, field: 'locale' },
    { case: 'a locale in capitals', change: { locale: 'DE' }, field: 'locale' },
    { case: 'a bad email', change: { email: 'not-an-email' }, field: 'email' },
    { case: 'an email without a domain dot', change: { email: 'anna@localhost' }, field: 'email' },
    { case: 'an empty name', change: { name: '' }, field: 'name' },
    { case: 'a blank name', change: { name: '   ' }, field: 'name' },
    { case: 'an unknown unit', change: { unitId: randomUUID() }, field: 'unitId' },
    { case: 'isLead as a string', change: { isLead: 'yes' }, field: 'isLead' },
  ])('refuses $case with 422 naming $field', async ({ change, field }) => {
    expectProblem(await admin.post('/api/people', { ...personInput(), ...change }), 422, field);
  });

  it('changes some fields and keeps the rest', async () => {
    const person = await buildPerson(server.context, { unitId: unitA.id, name: 'To Change', locale: 'en' });
    const response = await admin.patch(`/api/people/${person.id}`, { unitId: unitB.id, locale: 'de' });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ ...person, unitId: unitB.id, locale: 'de' });
    const found = await admin.get(`/api/people?search=${encodeURIComponent('To Change')}`);
    expect(found.body.items[0].unitPath).toBe('Company/Beta');
  });

  it('refuses to change an email to one another person has', async () => {
    const person = await buildPerson(server.context, { unitId: unitA.id });
    expectProblem(await admin.patch(`/api/people/${person.id}`, { email: 'bernd.1@example.test' }), 409, 'email');
    expectProblem(await admin.patch(`/api/people/${person.id}`, { email: 'broken' }), 422, 'email');
  });

  it('deletes a person', async () => {
    const person = await buildPerson(server.context, { unitId: unitA.id, name: 'Leaving Soon' });
    expect((await admin.delete(`/api/people/${person.id}`)).status).toBe(204);
    expect((await admin.get('/api/people?search=leaving%20soon')).body.total).toBe(0);
    expectProblem(await admin.delete(`/api/people/${person.id}`), 404);
    expectProblem(await admin.patch(`/api/people/${person.id}`, { name: 'Back' }), 404);
  });
});
