import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../src/app/tokens.js';
import { createSurveyWave, invite, type SurveyWave } from './fixture.js';
import { RespondentClient } from './respondent-client.js';
import { createRespondentTestServer, submitWithToken, type RespondentTestServer } from './support.js';

// The invitation link: swapped for a cookie on the first visit, and then out of the address bar.
let server: RespondentTestServer;
let wave: SurveyWave;

beforeAll(async () => {
  server = await createRespondentTestServer();
  wave = await createSurveyWave(server.context, server.db);
});
afterAll(async () => {
  await server?.cleanup();
});

const countSessions = async () =>
  Number(
    (
      await server.db
        .selectFrom('respondent_sessions')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('opening an invitation link', () => {
  it('swaps the token for an httpOnly cookie and redirects to /r without it', async () => {
    const { token, invitationId } = await invite(server.context, server.db, wave);
    const response = await server.app.inject({ method: 'GET', url: `/r/${token}` });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/r');
    expect(String(response.headers.location)).not.toContain(token);
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['cache-control']).toBe('no-store');
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/^eyelevel_respondent=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/Path=\/r;/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    // Only the hash of the session secret is stored, tied to the invitation.
    const secret = /eyelevel_respondent=([^;]+)/.exec(cookie)?.[1] ?? '';
    const session = await server.db.selectFrom('respondent_sessions').selectAll().where('id', '=', hashToken(secret)).executeTakeFirst();
    expect(session?.invitation_id).toBe(invitationId);
    expect(await server.db.selectFrom('respondent_sessions').selectAll().where('id', '=', secret).executeTakeFirst()).toBeUndefined();
  });

  it("gives the session an end at the start of a day, 30 days on (or the link's end, if sooner): it tells nothing finer than the day of the visit", async () => {
    const farOff = new Date(Date.now() + 90 * 86_400_000).toISOString();
    const soon = new Date(Date.now() + 3 * 86_400_000 + 1234).toISOString();
    const sessionEnd = async (expiresAt: string) => {
      const { token, invitationId } = await invite(server.context, server.db, wave, { expiresAt });
      expect((await server.app.inject({ method: 'GET', url: `/r/${token}` })).statusCode).toBe(303);
      const row = await server.db
        .selectFrom('respondent_sessions')
        .select('expires_at')
        .where('invitation_id', '=', invitationId)
        .executeTakeFirstOrThrow();
      return row.expires_at;
    };
    const now = new Date();
    const expected = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 30)).toISOString();
    expect(await sessionEnd(farOff)).toBe(expected);
    expect(expected).toMatch(/T00:00:00\.000Z$/);
    // The link's end is the wave's (the same for everyone it reached), not the visit's.
    expect(await sessionEnd(soon)).toBe(soon);
  });

  it('shows the intro page on /r with the cookie, and the page carries no token', async () => {
    const { token } = await invite(server.context, server.db, wave);
    const client = new RespondentClient(server.app);
    await client.open(token);
    expect(client.lastStatus).toBe(200);
    expect(client.heading()).toBe('How well do we work together?');
    expect(client.lastPage).not.toContain(token);
  });

  it('answers a forged, an expired and a closed-wave token with the same page and status', async () => {
    const expired = await invite(server.context, server.db, wave, { expiresAt: new Date(Date.now() - 1000).toISOString() });
    const closedWave = await createSurveyWave(server.context, server.db, { status: 'closed' });
    const closed = await invite(server.context, server.db, closedWave);
    const pastClose = await createSurveyWave(server.context, server.db, { closesAt: new Date(Date.now() - 1000).toISOString() });
    const late = await invite(server.context, server.db, pastClose);
    const before = await countSessions();
    const answers = await Promise.all(
      ['A'.repeat(43), 'not-even-a-token', expired.token, closed.token, late.token].map((token) =>
        server.app.inject({ method: 'GET', url: `/r/${token}` }),
      ),
    );
    for (const answer of answers) {
      expect(answer.statusCode).toBe(404);
      expect(answer.headers['set-cookie']).toBeUndefined();
      expect(answer.body).toBe(answers[0]?.body);
    }
    expect(answers[0]?.body).toContain('This link does not work');
    expect(answers[0]?.body).toContain('Dieser Link funktioniert nicht');
    expect(await countSessions()).toBe(before);
  });

  it('thanks the respondent when the link is used again after submitting, and opens nothing', async () => {
    const { token } = await invite(server.context, server.db, wave, { locale: 'de' });
    const stored = await submitWithToken(server.app, token, [{ kind: 'no-contact', providerUnitId: wave.providers[0]?.id }]);
    expect(stored.statusCode).toBe(200);
    const before = await countSessions();
    const again = await server.app.inject({ method: 'GET', url: `/r/${token}` });
    expect(again.statusCode).toBe(200);
    expect(again.body).toContain('Vielen Dank!');
    expect(again.body).not.toContain('<form');
    expect(again.headers['set-cookie']).toBeUndefined();
    expect(await countSessions()).toBe(before);
  });

  it('lets a second visit with the link open a second session (another device)', async () => {
    const { token } = await invite(server.context, server.db, wave);
    const phone = new RespondentClient(server.app);
    const laptop = new RespondentClient(server.app);
    await phone.open(token);
    await laptop.open(token);
    expect(phone.cookies.get('eyelevel_respondent')).not.toBe(laptop.cookies.get('eyelevel_respondent'));
    expect(laptop.lastStatus).toBe(200);
  });

  it('shows "no open survey" for /r without a valid cookie', async () => {
    const none = await server.app.inject({ method: 'GET', url: '/r' });
    const forged = await server.app.inject({ method: 'GET', url: '/r', cookies: { eyelevel_respondent: 'B'.repeat(43) } });
    for (const response of [none, forged]) {
      expect(response.statusCode).toBe(403);
      expect(response.body).toContain('No open survey in this browser');
    }
  });
});
