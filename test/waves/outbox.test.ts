import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as noReminderTrace from '../../src/db/migrations/011-no-reminder-trace.js';
import { createTestServer, expectProblem, type ApiClient, type TestServer } from '../support/server.js';
import { buildSurveyCompany, createWave, outboxOf } from './wave-support.js';

let server: TestServer;
let admin: ApiClient;
let waveId: string;

beforeAll(async () => {
  server = await createTestServer();
  admin = await server.signInAsAdmin();
  await buildSurveyCompany(server.context, 'Mail');
  waveId = (await createWave(admin)).id;
  expect((await admin.post(`/api/waves/${waveId}/open`)).status).toBe(200);
});
afterAll(async () => {
  await server?.cleanup();
});

describe('GET /api/outbox', () => {
  it('lists pending mails with their text while no SMTP server is configured (the demo answers from here)', async () => {
    const response = await admin.get('/api/outbox?status=pending&pageSize=5');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      isSmtpConfigured: false,
      counts: { pending: 13, sent: 0, failed: 0 },
      total: 13,
      page: 1,
      pageSize: 5,
    });
    expect(response.body.items).toHaveLength(5);
    for (const item of response.body.items) {
      expect(item).toMatchObject({ kind: 'invitation', waveId, status: 'pending', attempts: 0, lastError: null });
      expect(item.bodyText).toContain(`${server.config.publicUrl}/r/`);
      expect(item).not.toHaveProperty('bodyHtml');
    }
    expect((await admin.get('/api/outbox?page=2&pageSize=5')).body.items).toHaveLength(5);
  });

  it("shows a failed mail's last error, and retry puts it back in the queue", async () => {
    const [mail] = await outboxOf(server, waveId);
    await server.context.stores.outbox.markFailed(mail!.id, { error: '550 mailbox unavailable', nextAttemptAt: null });
    const failed = await admin.get('/api/outbox?status=failed');
    expect(failed.body.items).toEqual([
      expect.objectContaining({ id: mail!.id, status: 'failed', lastError: '550 mailbox unavailable', bodyText: null }),
    ]);
    expect((await admin.get(`/api/waves/${waveId}`)).body.outbox).toEqual({ pending: 12, sent: 0, failed: 1 });

    expect((await admin.post(`/api/outbox/${mail!.id}/retry`)).status).toBe(204);
    expect((await admin.get('/api/outbox')).body.counts).toEqual({ pending: 13, sent: 0, failed: 0 });
    expectProblem(await admin.post(`/api/outbox/${mail!.id}/retry`), 409);
    expectProblem(await admin.post('/api/outbox/nope/retry'), 409);
  });

  it('refuses an unknown status', async () => {
    expectProblem(await admin.get('/api/outbox?status=lost'), 422, 'querystring.status');
  });

  it('does not show mail bodies when SMTP sends them: the links belong to their recipients', async () => {
    const withSmtp = await createTestServer({ environment: { SMTP_URL: 'smtp://127.0.0.1:2525' } });
    try {
      const client = await withSmtp.signInAsAdmin();
      await buildSurveyCompany(withSmtp.context, 'Smtp');
      const wave = await createWave(client);
      expect((await client.post(`/api/waves/${wave.id}/open`)).status).toBe(200);
      const response = await client.get('/api/outbox');
      expect(response.body.isSmtpConfigured).toBe(true);
      expect(response.body.items.length).toBe(13);
      for (const item of response.body.items) expect(item.bodyText).toBeNull();
    } finally {
      await withSmtp.cleanup();
    }
  });
});

describe('closing a wave', () => {
  it('drops its waiting mails, wipes the texts of its failed ones and the recipients of its failed reminders; they cannot be retried', async () => {
    const wave = await createWave(admin);
    expect((await admin.post(`/api/waves/${wave.id}/open`)).status).toBe(200);
    expect((await admin.post(`/api/waves/${wave.id}/reminders`)).status).toBe(200);
    const mails = await outboxOf(server, wave.id);
    const invitation = mails.find((mail) => mail.kind === 'invitation');
    const reminder = mails.find((mail) => mail.kind === 'reminder');
    for (const mail of [invitation!, reminder!]) {
      await server.context.stores.outbox.markFailed(mail.id, { error: '550 mailbox unavailable', nextAttemptAt: null });
    }
    expect((await admin.post(`/api/waves/${wave.id}/close`)).status).toBe(200);

    const left = await outboxOf(server, wave.id);
    expect(left.map((mail) => mail.id).sort()).toEqual([invitation!.id, reminder!.id].sort());
    for (const mail of left) expect(mail).toMatchObject({ status: 'failed', body_text: '', body_html: '' });
    expect(left.find((mail) => mail.id === reminder!.id)).toMatchObject({ recipient: '', subject: '' });
    expect(left.find((mail) => mail.id === invitation!.id)?.recipient).toBe(invitation!.recipient);
    // A retry would send an empty mail with a dead link.
    const retry = await admin.post(`/api/outbox/${invitation!.id}/retry`);
    expectProblem(retry, 409);
    expect(retry.body.detail).toMatch(/closed/);
  });
});

describe('migration 011', () => {
  it("clears what earlier versions kept: reminder counts and extra links, sent reminders' recipients and subjects, reminders' error texts, and closed waves' unsent mails and texts", async () => {
    const { dialect } = server.runtime.handle;
    const db = server.runtime.handle.db as unknown as Kysely<unknown>;
    const open = await createWave(admin);
    const closed = await createWave(admin);
    for (const wave of [open, closed]) expect((await admin.post(`/api/waves/${wave.id}/open`)).status).toBe(200);
    expect((await admin.post(`/api/waves/${open.id}/reminders`)).status).toBe(200);
    expect((await admin.post(`/api/waves/${closed.id}/close`)).status).toBe(200);
    // As an earlier version left them: a count per invitation and an extra link for those
    // reminded (here two people), recipients and subjects of sent reminders, reminders' errors
    // with addresses, and a closed wave's mails still waiting or failed with their texts.
    await noReminderTrace.down(db);
    const openInvitations = await server.runtime.handle.db.selectFrom('invitations').select('id').where('wave_id', '=', open.id).execute();
    const remindedTwo = openInvitations.slice(0, 2).map((row) => row.id);
    await sql`DELETE FROM invitation_tokens WHERE invitation_id IN (${sql.join(openInvitations.map((row) => row.id))})`.execute(db);
    const oldLinks = [
      ...openInvitations.map((row) => ({ invitationId: row.id, expiresAt: '2026-12-31T00:00:00.000Z' })),
      ...remindedTwo.map((invitationId) => ({ invitationId, expiresAt: '2027-01-05T00:00:00.000Z' })),
    ];
    await sql`INSERT INTO invitation_tokens (token_hash, invitation_id, expires_at) VALUES ${sql.join(
      oldLinks.map((link) => sql`(${randomUUID()}, ${link.invitationId}, ${link.expiresAt})`),
    )}`.execute(db);
    const links = async () => {
      const rows = await server.runtime.handle.db
        .selectFrom('invitation_tokens')
        .innerJoin('invitations', 'invitations.id', 'invitation_tokens.invitation_id')
        .select(['invitations.id', 'invitation_tokens.expires_at'])
        .where('invitations.wave_id', '=', open.id)
        .execute();
      const counts = new Map<string, number>();
      const expiries = new Map<string, string[]>();
      for (const row of rows) {
        counts.set(row.id, (counts.get(row.id) ?? 0) + 1);
        expiries.set(row.id, [...(expiries.get(row.id) ?? []), row.expires_at].sort());
      }
      // Each invitation's link expiries as one text: one text for all, no invitation stands out.
      return { counts, expiries: new Set([...expiries.values()].map((list) => list.join(' '))) };
    };
    expect(new Set((await links()).counts.values())).toEqual(new Set([1, 2]));
    await sql`UPDATE invitations SET reminder_count = 1 WHERE id IN (${sql.join(remindedTwo)})`.execute(db);
    const [sentReminder, failedReminder] = (await outboxOf(server, open.id)).filter((mail) => mail.kind === 'reminder');
    await sql`UPDATE outbox SET status = 'sent', body_text = '', body_html = '' WHERE id = ${sentReminder!.id}`.execute(db);
    await sql`UPDATE outbox SET status = 'failed', last_error = ${`550 5.1.1 <${failedReminder!.recipient}>: unknown`} WHERE id = ${failedReminder!.id}`.execute(
      db,
    );
    await sql`INSERT INTO outbox (id, kind, wave_id, recipient, subject, body_text, body_html, status, attempts, next_attempt_at, created_at)
      VALUES ('old-pending', 'reminder', ${closed.id}, 'a@example.test', 'S', 'link /r/x', '<p>x</p>', 'pending', 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
             ('old-failed', 'reminder', ${closed.id}, 'b@example.test', 'S', 'link /r/y', '<p>y</p>', 'failed', 3, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
             ('old-failed-invitation', 'invitation', ${closed.id}, 'c@example.test', 'S', 'link /r/z', '<p>z</p>', 'failed', 3, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`.execute(
      db,
    );

    await noReminderTrace.up(db, dialect);
    const columns = Object.keys((await sql<object>`SELECT * FROM invitations`.execute(db)).rows[0] ?? {});
    expect(columns).not.toContain('reminder_count');
    // Every invitation of the open wave has as many links as the most; the closed wave's are gone.
    const after = await links();
    expect(after.counts.size).toBe(openInvitations.length);
    expect(new Set(after.counts.values())).toEqual(new Set([2]));
    expect(after.expiries).toEqual(new Set(['2027-01-05T00:00:00.000Z 2027-01-05T00:00:00.000Z']));
    // Old and added links alike are stored in the order of their hashes.
    const stored = await sql<{ token_hash: string }>`
      SELECT t.token_hash FROM invitation_tokens t JOIN invitations i ON i.id = t.invitation_id
      WHERE i.wave_id = ${open.id} ORDER BY ${dialect === 'sqlite' ? sql`t.rowid` : sql`t.ctid`}`.execute(db);
    const inStorageOrder = stored.rows.map((row) => row.token_hash);
    expect(inStorageOrder).toEqual([...inStorageOrder].sort());
    const closedLinks = await server.runtime.handle.db
      .selectFrom('invitation_tokens')
      .innerJoin('invitations', 'invitations.id', 'invitation_tokens.invitation_id')
      .select('token_hash')
      .where('invitations.wave_id', '=', closed.id)
      .execute();
    expect(closedLinks).toEqual([]);

    const byId = new Map((await outboxOf(server)).map((mail) => [mail.id, mail]));
    expect(byId.get(sentReminder!.id)).toMatchObject({ status: 'sent', recipient: '', subject: '' });
    // An open wave's failed reminder keeps what a retry needs, but its error keeps the codes only.
    expect(byId.get(failedReminder!.id)).toMatchObject({
      status: 'failed',
      recipient: failedReminder!.recipient,
      last_error: 'SMTP 550 5.1.1 (details withheld)',
    });
    expect(byId.get(failedReminder!.id)?.body_text).not.toBe('');
    expect(byId.has('old-pending')).toBe(false);
    expect(byId.get('old-failed')).toMatchObject({ recipient: '', subject: '', body_text: '', body_html: '' });
    expect(byId.get('old-failed-invitation')).toMatchObject({ recipient: 'c@example.test', subject: 'S', body_text: '', body_html: '' });
  });
});
