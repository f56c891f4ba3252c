import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Unit } from '../../src/domain/org/unit.js';
import { buildAccount, buildUnit } from '../support/factories.js';
import { createTestServer, expectProblem, type ApiClient, type TestServer } from '../support/server.js';

let server: TestServer;
let admin: ApiClient;
let adminId: string;
let lead: ApiClient;
let executive: ApiClient;
let unit: Unit;

beforeAll(async () => {
  server = await createTestServer();
  admin = await server.signInAsAdmin();
  adminId = (await admin.get('/api/session')).body.account.id;
  unit = await buildUnit(server.context, { name: 'Service Desk' });
  const leadAccount = await buildAccount(server.context, { role: 'lead', unitId: unit.id });
  const executiveAccount = await buildAccount(server.context, { role: 'executive' });
  lead = await server.signIn(leadAccount.email, leadAccount.password);
  executive = await server.signIn(executiveAccount.email, executiveAccount.password);
});
afterAll(async () => {
  await server?.cleanup();
});

const newAccount = (overrides: Record<string, unknown> = {}) => ({
  email: `account.${randomUUID()}@example.test`,
  name: 'New Account',
  role: 'executive',
  password: 'a long enough password',
  ...overrides,
});

describe('who may manage accounts (role policy)', () => {
  const asRole = () => ({ lead, executive });

  it.each(['lead', 'executive'] as const)('a %s gets 403 on every account route and on the audit log', async (role) => {
    const client = asRole()[role];
    expectProblem(await client.get('/api/accounts'), 403);
    expectProblem(await client.post('/api/accounts', newAccount()), 403);
    expectProblem(await client.patch(`/api/accounts/${adminId}`, { isDisabled: true }), 403);
    expectProblem(await client.get('/api/audit-events'), 403);
    expect((await admin.get('/api/session')).status).toBe(200);
  });

  it.each(['lead', 'executive'] as const)('a %s gets 403 on changing the organisation, but may look at it', async (role) => {
    const client = asRole()[role];
    expectProblem(await client.post('/api/units', { name: `By ${role}`, parentId: null }), 403);
    expectProblem(await client.patch(`/api/units/${unit.id}`, { name: 'Hijacked' }), 403);
    expectProblem(await client.delete(`/api/units/${unit.id}`), 403);
    expectProblem(await client.post('/api/services', { providerUnitId: unit.id, name: 'Sneaky' }), 403);
    expectProblem(
      await client.post('/api/people', { email: `p.${role}@example.test`, name: 'P', unitId: unit.id, locale: 'en', isLead: false }),
      403,
    );
    expect((await client.get('/api/units')).status).toBe(200);
    expect((await client.get(`/api/units/${unit.id}`)).body.unit.name).toBe('Service Desk');
    expect((await client.get('/api/service-map')).status).toBe(200);
    expect((await client.get('/api/people')).status).toBe(200);
  });

  it('the lead signs in with their unit', async () => {
    expect((await lead.get('/api/session')).body.account).toMatchObject({ role: 'lead', unitId: unit.id });
  });
});

describe('GET and POST /api/accounts', () => {
  it('lists accounts without password hashes', async () => {
    const response = await admin.get('/api/accounts');
    expect(response.status).toBe(200);
    expect(response.body.accounts.length).toBeGreaterThanOrEqual(3);
    expect(response.body.accounts).toContainEqual({
      id: adminId,
      email: server.admin.email,
      name: 'Administrator',
      role: 'admin',
      unitId: null,
      isDisabled: false,
    });
    expect(response.raw.body).not.toMatch(/argon2|password/i);
  });

  it('creates a lead for a unit, who can then sign in', async () => {
    const input = newAccount({ role: 'lead', unitId: unit.id, email: '  New.Lead@Example.TEST ' });
    const response = await admin.post('/api/accounts', input);
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.any(String),
      email: 'new.lead@example.test',
      name: 'New Account',
      role: 'lead',
      unitId: unit.id,
      isDisabled: false,
    });
    expect((await server.client().signIn('new.lead@example.test', input.password)).status).toBe(200);
  });

  it.each([
    { case: 'a lead without a unit', body: { role: 'lead' }, status: 422, field: 'unitId' },
    { case: 'a lead with an unknown unit', body: { role: 'lead', unitId: randomUUID() }, status: 422, field: 'unitId' },
    { case: 'an executive with a unit', body: { role: 'executive', unitId: 'UNIT' }, status: 422, field: 'role' },
    { case: 'a password of 11 characters', body: { password: 'elevenchars' }, status: 422, field: 'password' },
    { case: 'a password over 256 characters', body: { password: 'p'.repeat(257) }, status: 422, field: 'password' },
    { case: 'an unknown role', body: { role: 'superuser' }, status: 422, field: 'role' },
    { case: 'a bad email', body: { email: 'not an email' }, status: 422, field: 'email' },
    { case: 'the email of an existing account (any case)', body: { email: 'ADMIN@eyelevel.test' }, status: 409, field: 'email' },
  ])('refuses $case with $status naming $field', async ({ body, status, field }) => {
    const input = newAccount({ ...body, ...(body.unitId === 'UNIT' ? { unitId: unit.id } : {}) });
    expectProblem(await admin.post('/api/accounts', input), status, field);
  });
});

describe('PATCH /api/accounts/:id', () => {
  it('changes a role; a lead that becomes an executive loses its unit', async () => {
    const account = await buildAccount(server.context, { role: 'lead', unitId: unit.id });
    const response = await admin.patch(`/api/accounts/${account.id}`, { role: 'executive' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ role: 'executive', unitId: null });
    expectProblem(await admin.patch(`/api/accounts/${account.id}`, { role: 'lead' }), 422, 'unitId');
  });

  it('a new password ends the sessions of the account', async () => {
    const account = await buildAccount(server.context);
    const client = await server.signIn(account.email, account.password);
    expect((await admin.patch(`/api/accounts/${account.id}`, { password: 'an entirely new password' })).status).toBe(200);
    expectProblem(await client.get('/api/session'), 401);
    expect((await server.client().signIn(account.email, account.password)).status).toBe(401);
    expect((await server.client().signIn(account.email, 'an entirely new password')).status).toBe(200);
  });

  it.each([
    { case: 'demote yourself to executive', body: { role: 'executive' } },
    { case: 'demote yourself to lead', body: { role: 'lead', unitId: 'UNIT' } },
    { case: 'disable yourself', body: { isDisabled: true } },
  ])('refuses to let an admin $case (409), and changes nothing', async ({ body }) => {
    const response = await admin.patch(`/api/accounts/${adminId}`, { ...body, ...(body.unitId ? { unitId: unit.id } : {}) });
    expectProblem(response, 409);
    expect(response.body.detail).toMatch(/your own account/);
    expect((await admin.get('/api/session')).body.account).toMatchObject({ role: 'admin', unitId: null });
  });

  it('refuses a short password with 422 naming password', async () => {
    expectProblem(await admin.patch(`/api/accounts/${adminId}`, { password: 'short' }), 422, 'password');
  });

  it('answers 404 for an unknown account', async () => {
    expectProblem(await admin.patch(`/api/accounts/${randomUUID()}`, { isDisabled: true }), 404);
  });
});

describe('GET /api/audit-events', () => {
  it('shows admin actions, newest first, with who did them', async () => {
    const created = await admin.post('/api/accounts', newAccount({ email: 'audited@example.test' }));
    await admin.patch(`/api/accounts/${created.body.id}`, { isDisabled: true });
    const { status, body } = await admin.get('/api/audit-events?limit=5');
    expect(status).toBe(200);
    expect(body.events.length).toBeLessThanOrEqual(5);
    const [update, create] = body.events;
    expect(update).toEqual({
      id: expect.any(Number),
      at: expect.any(String),
      accountId: adminId,
      action: 'account.update',
      subject: created.body.id,
      details: expect.objectContaining({ isDisabled: true, role: 'executive' }),
    });
    expect(create).toMatchObject({
      accountId: adminId,
      action: 'account.create',
      subject: created.body.id,
      details: { role: 'executive' },
    });
    expect(update.id).toBeGreaterThan(create.id);
    expect(Date.parse(update.at)).not.toBeNaN();
  });

  it('records sign-ins and the bootstrap of the first admin', async () => {
    const actions = ((await admin.get('/api/audit-events?limit=1000')).body.events as { action: string }[]).map((event) => event.action);
    expect(actions).toContain('session.sign-in');
    expect(actions.at(-1)).toBe('account.bootstrap');
  });

  it.each(['0', '1001', 'abc', '1e400'])('refuses limit=%s with 422 naming limit', async (limit) => {
    expectProblem(await admin.get(`/api/audit-events?limit=${limit}`), 422, 'querystring.limit');
  });
});

describe('the account directory', () => {
  it('gives every signed-in role the enabled accounts by name, without email addresses', async () => {
    const disabled = await admin.post('/api/accounts', newAccount({ name: 'Gone Account' }));
    await admin.patch(`/api/accounts/${disabled.body.id}`, { isDisabled: true });
    for (const client of [admin, lead, executive]) {
      const response = await client.get('/api/accounts/directory');
      expect(response.status).toBe(200);
      const entries = response.body.accounts as Record<string, unknown>[];
      expect(entries.map((entry) => entry.id)).toContain(adminId);
      expect(entries.some((entry) => entry.name === 'Gone Account')).toBe(false);
      expect(entries.every((entry) => !('email' in entry) && Object.keys(entry).sort().join() === 'id,name,role,unitId')).toBe(true);
      const names = entries.map((entry) => String(entry.name));
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    }
  });

  it('is closed to anyone not signed in', async () => {
    expectProblem(await server.client().get('/api/accounts/directory'), 401);
  });
});
