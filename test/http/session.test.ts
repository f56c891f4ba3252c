import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccount } from '../support/factories.js';
import { createTestServer, expectProblem, SESSION_COOKIE, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(async () => {
  await server?.cleanup();
});

const setCookie = (headers: Record<string, unknown>, name: string): string | undefined =>
  ([] as string[]).concat((headers['set-cookie'] as string | string[] | undefined) ?? []).find((cookie) => cookie.startsWith(`${name}=`));

describe('POST /api/session (sign in)', () => {
  it('opens a session and answers the account and a CSRF token', async () => {
    const client = server.client();
    const response = await client.signIn(server.admin.email, server.admin.password);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      account: { id: expect.any(String), email: server.admin.email, name: 'Administrator', role: 'admin', unitId: null },
      csrfToken: expect.any(String),
    });
    expect(client.cookies.has(SESSION_COOKIE)).toBe(true);
    const me = await client.get('/api/session');
    expect(me.status).toBe(200);
    expect(me.body.account.id).toBe(response.body.account.id);
  });

  it('sets the session cookie httpOnly, SameSite=Lax, for the whole site, without the password hash or token in the body', async () => {
    const response = await server.client().signIn(server.admin.email, server.admin.password);
    const cookie = setCookie(response.headers, SESSION_COOKIE);
    expect(cookie).toBeDefined();
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    expect(cookie).toMatch(/;\s*Path=\/(;|$)/);
    expect(cookie).toMatch(/;\s*Expires=/i);
    const token = cookie?.split(';')[0]?.split('=')[1] ?? '';
    expect(token.length).toBeGreaterThanOrEqual(43); // 256 random bits in base64url
    expect(response.raw.body).not.toContain(token);
    expect(response.raw.body).not.toMatch(/argon2|password/i);
  });

  it('keeps only the hash of the session token in the database', async () => {
    const client = server.client();
    await client.signIn(server.admin.email, server.admin.password);
    const token = client.cookies.get(SESSION_COOKIE) as string;
    const rows = await server.runtime.handle.db.selectFrom('sessions').select('id').execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((row) => row.id)).not.toContain(token);
  });

  it('accepts the email in any case and with spaces around it', async () => {
    const response = await server.client().signIn(`  ${server.admin.email.toUpperCase()} `, server.admin.password);
    expect(response.status).toBe(200);
  });

  it('answers a wrong password with 401 problem+json, word for word as an unknown email', async () => {
    const wrongPassword = await server.client().signIn(server.admin.email, 'not the password at all');
    const unknownEmail = await server.client().signIn('nobody@eyelevel.test', server.admin.password);
    expectProblem(wrongPassword, 401);
    expectProblem(unknownEmail, 401);
    expect(unknownEmail.body).toEqual(wrongPassword.body);
    expect(wrongPassword.body.detail).toBe('email or password is wrong');
    expect(setCookie(wrongPassword.headers, SESSION_COOKIE)).toBeUndefined();
  });

  it('verifies a password for an unknown email too, so that timing does not tell which emails have accounts', async () => {
    const passwords = server.context.passwords;
    let verifications = 0;
    const original = passwords.verify;
    passwords.verify = async (hash, password) => {
      verifications += 1;
      return original.call(passwords, hash, password);
    };
    try {
      await server.client().signIn(server.admin.email, 'not the password at all');
      expect(verifications).toBe(1);
      await server.client().signIn('nobody@eyelevel.test', 'not the password at all');
      expect(verifications).toBe(2);
    } finally {
      passwords.verify = original;
    }
  });

  it.each([
    { case: 'no body', body: undefined, field: undefined },
    { case: 'empty email', body: { email: '', password: 'x' }, field: 'body.email' },
    { case: 'no password', body: { email: 'a@b.de' }, field: 'body.password' },
    { case: 'password not a string', body: { email: 'a@b.de', password: 12345678901234 }, field: 'body.password' },
  ])('refuses $case with a 4xx problem', async ({ body, field }) => {
    const response = await server.client().post('/api/session', body);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expectProblem(response, response.status, field);
  });

  it('limits sign-in attempts from one address to 10 a minute', async () => {
    const client = server.client('192.0.2.77');
    for (let attempt = 1; attempt <= 10; attempt++) {
      expect((await client.signIn(`nobody.${attempt}@eyelevel.test`, 'wrong password')).status).toBe(401);
    }
    const blocked = await client.signIn(server.admin.email, server.admin.password);
    expectProblem(blocked, 429);
    expect(setCookie(blocked.headers, SESSION_COOKIE)).toBeUndefined();
    // Another address is not affected.
    expect((await server.client('192.0.2.78').signIn(server.admin.email, server.admin.password)).status).toBe(200);
  });
});

describe('GET /api/session', () => {
  it('answers who is signed in with a fresh CSRF token', async () => {
    const client = await server.signInAsAdmin();
    const response = await client.get('/api/session');
    expect(response.status).toBe(200);
    expect(response.body.account).toMatchObject({ email: server.admin.email, role: 'admin', unitId: null });
    expect(response.body.csrfToken).toEqual(expect.any(String));
  });
});

describe('DELETE /api/session (sign out)', () => {
  it('ends the session in the database, not just the cookie', async () => {
    const client = await server.signInAsAdmin();
    const token = client.cookies.get(SESSION_COOKIE) as string;
    const response = await client.delete('/api/session');
    expect(response.status).toBe(204);
    expect(setCookie(response.headers, SESSION_COOKIE)).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect(client.cookies.has(SESSION_COOKIE)).toBe(false);
    expectProblem(await client.get('/api/session'), 401);
    // Replaying the old cookie (a copy an attacker kept) does not work either.
    client.cookies.set(SESSION_COOKIE, token);
    expectProblem(await client.get('/api/session'), 401);
    expectProblem(await client.get('/api/units'), 401);
  });

  it('ends only this session; other sessions of the same account go on', async () => {
    const laptop = await server.signInAsAdmin();
    const phone = await server.signInAsAdmin();
    expect((await laptop.delete('/api/session')).status).toBe(204);
    expect((await phone.get('/api/session')).status).toBe(200);
  });
});

describe('a disabled account', () => {
  it('cannot sign in, and its open sessions end at once', async () => {
    const account = await buildAccount(server.context, { role: 'executive' });
    const user = await server.signIn(account.email, account.password);
    expect((await user.get('/api/units')).status).toBe(200);

    const admin = await server.signInAsAdmin();
    const disabled = await admin.patch(`/api/accounts/${account.id}`, { isDisabled: true });
    expect(disabled.status).toBe(200);
    expect(disabled.body.isDisabled).toBe(true);

    expectProblem(await user.get('/api/units'), 401);
    expectProblem(await user.get('/api/session'), 401);
    const again = await server.client().signIn(account.email, account.password);
    expectProblem(again, 401);
    expect(again.body.detail).toBe('email or password is wrong');

    expect((await admin.patch(`/api/accounts/${account.id}`, { isDisabled: false })).status).toBe(200);
    expect((await server.client().signIn(account.email, account.password)).status).toBe(200);
  });
});
