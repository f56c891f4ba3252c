import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../src/app/tokens.js';
import { createTestServer, expectProblem, type ApiClient, type TestServer } from '../support/server.js';
import { buildSurveyCompany, createWave, invitedByDefault, markSubmitted, outboxOf, tokenIn, type SurveyCompany } from './wave-support.js';

let server: TestServer;
let admin: ApiClient;
let company: SurveyCompany;
let waveId: string;

beforeAll(async () => {
  server = await createTestServer();
  admin = await server.signInAsAdmin();
  company = await buildSurveyCompany(server.context, 'Invite');
  waveId = (await createWave(admin, { name: 'Spring survey' })).id;
  const opened = await admin.post(`/api/waves/${waveId}/open`);
  expect(opened.status, JSON.stringify(opened.body)).toBe(200);
});
afterAll(async () => {
  await server?.cleanup();
});

const db = () => server.runtime.handle.db;

describe('opening a wave over all relationships', () => {
  it('invites each person of a customer unit or a provider unit once, and nobody else', async () => {
    const invitations = await db().selectFrom('invitations').selectAll().where('wave_id', '=', waveId).execute();
    // The standard questionnaire asks providers about their customers and themselves: IT and
    // Finance, which only serve in this wave, are invited too.
    const invited = invitedByDefault(company);
    expect(invitations.map((row) => row.person_id).sort()).toEqual(invited.map((person) => person.id).sort());
    for (const row of invitations) {
      const person = invited.find((candidate) => candidate.id === row.person_id);
      expect(row).toMatchObject({ unit_id: person?.unitId, locale: person?.locale, is_submitted: 0 });
    }
    // Outside, neither customer nor provider, gets nothing.
    const outside = company.people.outside.map((person) => person.id);
    expect(invitations.filter((row) => outside.includes(row.person_id ?? ''))).toEqual([]);
  });

  it('fixes the relationships in scope when it opens', async () => {
    const pairs = await db().selectFrom('wave_relationships').selectAll().where('wave_id', '=', waveId).execute();
    const { units } = company;
    expect(pairs.map((pair) => `${pair.provider_unit_id}>${pair.customer_unit_id}`).sort()).toEqual(
      [
        `${units.it.id}>${units.sales.id}`,
        `${units.it.id}>${units.hr.id}`,
        `${units.it.id}>${units.legal.id}`,
        `${units.finance.id}>${units.sales.id}`,
      ].sort(),
    );
    const detail = await admin.get(`/api/waves/${waveId}`);
    expect(detail.body).toMatchObject({ status: 'open', invited: 13, inScope: { relationships: 4, customerUnits: 3, people: 13 } });
  });

  it("queues one invitation mail per invitee, in the invitee's language, with a link to /r/TOKEN", async () => {
    const mails = (await outboxOf(server, waveId)).filter((mail) => mail.kind === 'invitation');
    const invited = invitedByDefault(company);
    expect(mails.map((mail) => mail.recipient).sort()).toEqual(invited.map((person) => person.email).sort());
    for (const person of invited) {
      const mail = mails.find((candidate) => candidate.recipient === person.email);
      expect(mail?.status).toBe('pending');
      expect(mail?.subject).toContain('Spring survey');
      expect(mail?.body_text).toContain(person.locale === 'de' ? 'Guten Tag' : 'Hello');
      expect(mail?.body_text).toContain(`${server.config.publicUrl}/r/`);
    }
  });

  it("stores tokens only as hashes: no stored value equals a token, and each token's hash opens its invitation", async () => {
    const mails = await outboxOf(server, waveId);
    const tokens = mails.map((mail) => tokenIn(mail.body_text));
    expect(new Set(tokens).size).toBe(tokens.length);
    for (const token of tokens) expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
    const stored = await db().selectFrom('invitation_tokens').selectAll().execute();
    const storedValues = stored.flatMap((row) => [row.token_hash, row.invitation_id, row.expires_at]);
    for (const token of tokens) {
      expect(storedValues).not.toContain(token);
      expect(stored.map((row) => row.token_hash)).toContain(hashToken(token));
    }
    const invitationColumns = await db().selectFrom('invitations').selectAll().execute();
    expect(JSON.stringify(invitationColumns)).not.toMatch(new RegExp(tokens.join('|')));
  });

  it('freezes the questionnaire version', async () => {
    const detail = await admin.get(`/api/waves/${waveId}`);
    expect(detail.body.questionnaire.versionStatus).toBe('frozen');
  });

  it('does not open twice', async () => {
    expectProblem(await admin.post(`/api/waves/${waveId}/open`), 409);
    const count = await db().selectFrom('invitations').select(db().fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
    expect(Number(count.count)).toBe(13);
  });
});

describe('a wave over selected providers', () => {
  it('invites only the customers of those providers, and the providers themselves', async () => {
    const wave = await createWave(admin, { scope: { providerUnitIds: [company.units.finance.id], customerUnitIds: null } });
    expect(wave.inScope).toEqual({ relationships: 1, customerUnits: 1, people: 7 });
    expect((await admin.post(`/api/waves/${wave.id}/open`)).status).toBe(200);
    const invitations = await db().selectFrom('invitations').select('person_id').where('wave_id', '=', wave.id).execute();
    expect(invitations.map((row) => row.person_id).sort()).toEqual(
      [...company.people.sales, ...company.people.finance].map((person) => person.id).sort(),
    );
  });

  it('refuses to open a wave whose scope selects no one', async () => {
    const wave = await createWave(admin, {
      scope: { providerUnitIds: [company.units.finance.id], customerUnitIds: [company.units.hr.id] },
    });
    expect(wave.inScope).toEqual({ relationships: 0, customerUnits: 0, people: 0 });
    const response = await admin.post(`/api/waves/${wave.id}/open`);
    expectProblem(response, 409);
    expect(response.body.detail).toMatch(/no relationship/);
    expect((await admin.get(`/api/waves/${wave.id}`)).body.status).toBe('draft');
  });
});

describe('reminders', () => {
  it('go only to those who have not submitted, once per call, with a new link; the answer is a count', async () => {
    const submitted = [...company.people.sales.slice(0, 4), company.people.hr[0]!];
    await markSubmitted(server, waveId, submitted);
    const first = await admin.post(`/api/waves/${waveId}/reminders`);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ reminded: 8 });
    const reminders = (await outboxOf(server, waveId)).filter((mail) => mail.kind === 'reminder');
    const expected = [
      ...company.people.sales.slice(4),
      company.people.hr[1]!,
      ...company.people.legal,
      ...company.people.it,
      ...company.people.finance,
    ];
    expect(reminders.map((mail) => mail.recipient).sort()).toEqual(expected.map((person) => person.email).sort());
    for (const person of expected) {
      const mail = reminders.find((candidate) => candidate.recipient === person.email);
      expect(mail?.subject).toMatch(person.locale === 'de' ? /^Erinnerung/ : /^Reminder/);
    }
    // The reminder's link is new, and the invitation's link still works.
    const hashes = (await db().selectFrom('invitation_tokens').select('token_hash').execute()).map((row) => row.token_hash);
    for (const mail of reminders) expect(hashes).toContain(hashToken(tokenIn(mail.body_text)));

    expect((await admin.post(`/api/waves/${waveId}/reminders`)).body).toEqual({ reminded: 8 });
  });

  it('leave no trace in the invitations of whom they went to: every invitation gets a new link each round, answered or not', async () => {
    const links = await db()
      .selectFrom('invitation_tokens')
      .innerJoin('invitations', 'invitations.id', 'invitation_tokens.invitation_id')
      .select(['invitations.id', 'invitations.is_submitted'])
      .where('invitations.wave_id', '=', waveId)
      .execute();
    const perInvitation = new Map<string, number>();
    for (const link of links) perInvitation.set(link.id, (perInvitation.get(link.id) ?? 0) + 1);
    // The invitation's link and one per round (two rounds above), for those who answered too.
    expect(perInvitation.size).toBe(13);
    expect(new Set(perInvitation.values())).toEqual(new Set([3]));
    // Nor in the order the links are stored: the last round's 13, in storage order, go by hash.
    const isSqlite = server.runtime.handle.dialect === 'sqlite';
    const stored = await sql<{ token_hash: string }>`
      SELECT t.token_hash FROM invitation_tokens t JOIN invitations i ON i.id = t.invitation_id
      WHERE i.wave_id = ${waveId} ORDER BY ${isSqlite ? sql`t.rowid` : sql`t.ctid`}`.execute(db());
    const lastRound = stored.rows.slice(-13).map((row) => row.token_hash);
    expect(lastRound).toEqual([...lastRound].sort());
    const invitationColumns = Object.keys((await db().selectFrom('invitations').selectAll().limit(1).executeTakeFirstOrThrow()) as object);
    expect(invitationColumns.sort()).toEqual(['draft', 'id', 'is_submitted', 'locale', 'person_id', 'unit_id', 'wave_id']);
  });

  it('forget their recipient and subject (its language) once sent', async () => {
    const [reminder] = (await outboxOf(server, waveId)).filter((mail) => mail.kind === 'reminder');
    const [invitation] = (await outboxOf(server, waveId)).filter((mail) => mail.kind === 'invitation');
    await server.context.stores.outbox.markSent(reminder!.id, new Date().toISOString());
    await server.context.stores.outbox.markSent(invitation!.id, new Date().toISOString());
    const sent = (await outboxOf(server, waveId)).filter((mail) => mail.status === 'sent');
    expect(sent.find((mail) => mail.id === reminder!.id)).toMatchObject({ recipient: '', subject: '', body_text: '', body_html: '' });
    // Invitations went to everyone in scope: their recipient tells nothing and stays.
    expect(sent.find((mail) => mail.id === invitation!.id)).toMatchObject({ recipient: invitation!.recipient, body_text: '' });
  });

  it('leave no trace in the outbox of whom they went to: no recipient, no subject or text (their language), only the codes of an error', async () => {
    const reminders = (await outboxOf(server, waveId)).filter((mail) => mail.kind === 'reminder');
    expect(reminders.length).toBeGreaterThan(0);
    const first = reminders.find((mail) => mail.status === 'pending');
    await server.context.stores.outbox.markFailed(first!.id, {
      error: `550 5.1.1 <${first!.recipient}>: mailbox unknown (also tried someone.else@example.org)`,
      nextAttemptAt: null,
    });
    const items = (await admin.get('/api/outbox?pageSize=200')).body.items as Record<string, unknown>[];
    const shown = items.filter((item) => item.kind === 'reminder');
    expect(shown).toHaveLength(reminders.length);
    for (const item of shown) expect(item).toMatchObject({ recipient: null, subject: null, bodyText: null });
    expect(shown.find((item) => item.id === first!.id)?.lastError).toBe('SMTP 550 5.1.1 (details withheld)');
    const text = JSON.stringify(shown);
    for (const mail of reminders) if (mail.recipient !== '') expect(text).not.toContain(mail.recipient);
    // Invitations went to everyone in scope: they show their recipients.
    expect(items.filter((item) => item.kind === 'invitation').every((item) => typeof item.recipient === 'string')).toBe(true);
  });

  it('are refused for a wave that is not open', async () => {
    const draft = await createWave(admin);
    expectProblem(await admin.post(`/api/waves/${draft.id}/reminders`), 409);
  });
});

describe('response rates', () => {
  it('show units with at least k invitees and merge the smaller ones when together they reach k', async () => {
    const response = await admin.get(`/api/waves/${waveId}/response-rates`);
    expect(response.status).toBe(200);
    // Sales: 6 invited, 4 submitted (see reminders). HR (2), Legal (2), IT (2) and Finance (1):
    // each below k = 5, together 7.
    expect(response.body).toEqual({
      waveId,
      status: 'open',
      threshold: 5,
      units: [{ unitId: company.units.sales.id, unitPath: 'Invite AG/Sales', invited: 6, submitted: 4 }],
      otherUnits: { unitCount: 4, invited: 7, submitted: 1 },
      hiddenUnitCount: 0,
      total: { invited: 13, submitted: 5 },
    });
    const text = JSON.stringify(response.body);
    for (const person of Object.values(company.people).flat()) {
      expect(text).not.toContain(person.id);
      expect(text).not.toContain(person.email);
    }
  });

  it('hide the small units when together they stay below k, also from the total', async () => {
    const wave = await createWave(admin, { scope: { providerUnitIds: [company.units.finance.id], customerUnitIds: null } });
    expect((await admin.post(`/api/waves/${wave.id}/open`)).status).toBe(200);
    // Sales (6) is shown; Finance (1), the provider, is hidden.
    expect((await admin.get(`/api/waves/${wave.id}/response-rates`)).body).toMatchObject({
      units: [{ unitPath: 'Invite AG/Sales', invited: 6, submitted: 0 }],
      otherUnits: null,
      hiddenUnitCount: 1,
      total: { invited: 6, submitted: 0 },
    });
  });

  it('merge the small units when together they reach k (k = 3)', async () => {
    const small = await createTestServer({ environment: { EYELEVEL_ANONYMITY_K: '3' } });
    try {
      const client = await small.signInAsAdmin();
      const other = await buildSurveyCompany(small.context, 'Merge');
      const wave = await createWave(client, { scope: { providerUnitIds: [other.units.it.id], customerUnitIds: null } });
      expect((await client.post(`/api/waves/${wave.id}/open`)).status).toBe(200);
      await markSubmitted(small, wave.id, [other.people.hr[0]!, other.people.sales[0]!]);
      const rates = (await client.get(`/api/waves/${wave.id}/response-rates`)).body;
      expect(rates).toMatchObject({
        threshold: 3,
        units: [{ unitPath: 'Merge AG/Sales', invited: 6, submitted: 1 }],
        otherUnits: { unitCount: 3, invited: 6, submitted: 1 },
        hiddenUnitCount: 0,
        total: { invited: 12, submitted: 2 },
      });
    } finally {
      await small.cleanup();
    }
  });
});
