import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deliverDueMail, type DeliveryOptions } from '../../src/app/mail/deliver-outbox.js';
import { DEFAULT_RETRY_POLICY, maxAttempts } from '../../src/domain/mail/retry-policy.js';
import { createSmtpMailer, type SmtpMailer } from '../../src/platform/smtp-mailer.js';
import { createTestRuntime, type TestRuntime } from '../support/database.js';
import { buildInvitations, messageIdOf } from './outbox-support.js';
import { startSmtpReceiver, type SmtpReceiver } from './smtp-receiver.js';

const start = new Date('2026-03-01T10:00:00.000Z');
const secondsAfter = (time: Date, seconds: number) => new Date(time.getTime() + seconds * 1000);

let test: TestRuntime;
let receiver: SmtpReceiver;
let mailer: SmtpMailer;
let now: Date;

beforeEach(async () => {
  test = await createTestRuntime();
  receiver = await startSmtpReceiver();
  mailer = createSmtpMailer({ url: receiver.url, from: 'eyelevel <eyelevel@example.com>' });
  now = start;
});

afterEach(async () => {
  mailer.close();
  await receiver.close();
  await test.cleanup();
});

const outbox = () => test.runtime.context.stores.outbox;
const deliver = (overrides: Partial<DeliveryOptions> = {}) =>
  deliverDueMail(test.runtime.context, {
    mailer,
    worker: 'test',
    batchSize: 50,
    leaseSeconds: 60,
    now: () => now,
    random: () => 0.5,
    ...overrides,
  });

describe('deliverDueMail', () => {
  it('delivers a batch of 20, each once, then wipes the bodies', async () => {
    const mails = buildInvitations(20, 'wave-1');
    await outbox().enqueue(mails, now.toISOString());

    expect(await deliver()).toEqual({ claimed: 20, sent: 20, retrying: 0, failed: 0, skipped: 0 });
    expect(await deliver()).toMatchObject({ claimed: 0 });

    expect(receiver.received).toHaveLength(20);
    for (const mail of mails) {
      const copies = receiver.received.filter((received) => received.messageId === messageIdOf(mail));
      expect(copies).toHaveLength(1);
      expect(copies[0]).toMatchObject({ to: mail.recipient, subject: mail.subject });
      expect(copies[0]?.text.trim()).toBe(mail.bodyText.trim());
      expect(copies[0]?.html.trim()).toBe(mail.bodyHtml.trim());
    }
    expect(await outbox().countByStatus('wave-1')).toEqual({ pending: 0, sent: 20, failed: 0 });
    expect(await outbox().countByStatus('another-wave')).toEqual({ pending: 0, sent: 0, failed: 0 });
    const entries = await outbox().list({ status: 'sent', limit: 100, offset: 0 });
    expect(entries).toHaveLength(20);
    for (const entry of entries) expect(entry).toMatchObject({ bodyText: '', bodyHtml: '', attempts: 1, sentAt: now.toISOString() });
  });

  it('retries a rejected recipient with backoff, gives up after the last attempt, and sends again after retry', async () => {
    const [good, bad] = buildInvitations(2, 'wave-1');
    if (!good || !bad) throw new Error('two mails expected');
    receiver.rejected.add(bad.recipient);
    await outbox().enqueue([good, bad], now.toISOString());

    expect(await deliver()).toMatchObject({ claimed: 2, sent: 1, retrying: 1 });
    for (const [index, delay] of DEFAULT_RETRY_POLICY.delaysSeconds.entries()) {
      const [entry] = await outbox().list({ status: 'pending', limit: 10, offset: 0 });
      expect(entry).toMatchObject({ id: bad.id, attempts: index + 1, nextAttemptAt: secondsAfter(now, delay).toISOString() });
      expect(entry?.lastError).toMatch(/550/);
      const due = secondsAfter(now, delay);
      now = secondsAfter(due, -1);
      expect(await deliver()).toMatchObject({ claimed: 0 });
      now = due;
      const isLast = index + 2 === maxAttempts();
      expect(await deliver()).toMatchObject({ claimed: 1, sent: 0, retrying: isLast ? 0 : 1, failed: isLast ? 1 : 0 });
    }

    const [failed] = await outbox().list({ status: 'failed', limit: 10, offset: 0 });
    expect(failed).toMatchObject({ id: bad.id, attempts: maxAttempts(), bodyText: bad.bodyText });
    expect(failed?.lastError).toMatch(/550 no such user/);
    expect(await outbox().countByStatus()).toEqual({ pending: 0, sent: 1, failed: 1 });
    now = secondsAfter(now, 7 * 24 * 3600);
    expect(await deliver()).toMatchObject({ claimed: 0 });

    receiver.rejected.delete(bad.recipient);
    expect(await outbox().retry(good.id, now.toISOString())).toBe(false);
    expect(await outbox().retry(bad.id, now.toISOString())).toBe(true);
    expect(await deliver()).toMatchObject({ claimed: 1, sent: 1 });
    expect(receiver.received.map((mail) => mail.messageId)).toEqual([messageIdOf(good), messageIdOf(bad)]);
    expect(await outbox().countByStatus()).toEqual({ pending: 0, sent: 2, failed: 0 });
  });

  it("keeps a failed reminder's SMTP codes only, and forgets a sent reminder's recipient and subject", async () => {
    const [rejected, accepted] = buildInvitations(2, 'wave-1').map((mail) => ({ ...mail, kind: 'reminder' as const }));
    if (!rejected || !accepted) throw new Error('two mails expected');
    receiver.rejected.add(rejected.recipient);
    await outbox().enqueue([rejected, accepted], now.toISOString());
    expect(await deliver()).toMatchObject({ claimed: 2, sent: 1, retrying: 1 });
    const rows = await test.runtime.handle.db.selectFrom('outbox').selectAll().execute();
    const byId = new Map(rows.map((row) => [row.id, row]));
    // The server's reply names the address; the outbox keeps the codes.
    expect(byId.get(rejected.id)).toMatchObject({ status: 'pending', last_error: 'SMTP 550 (details withheld)' });
    expect(byId.get(accepted.id)).toMatchObject({ status: 'sent', recipient: '', subject: '', body_text: '', body_html: '' });
  });

  it('keeps a mail pending while the mail server is down and sends it later', async () => {
    const down = await startSmtpReceiver();
    await down.close();
    const unreachable = createSmtpMailer({ url: down.url, from: 'eyelevel@example.com' });
    const [mail] = buildInvitations(1);
    if (!mail) throw new Error('one mail expected');
    await outbox().enqueue([mail], now.toISOString());

    expect(await deliver({ mailer: unreachable })).toMatchObject({ claimed: 1, retrying: 1 });
    unreachable.close();
    const [entry] = await outbox().list({ status: 'pending', limit: 10, offset: 0 });
    expect(entry).toMatchObject({ attempts: 1, nextAttemptAt: secondsAfter(now, 60).toISOString() });
    expect(entry?.lastError).toMatch(/ECONNREFUSED/);

    now = secondsAfter(now, 60);
    expect(await deliver()).toMatchObject({ claimed: 1, sent: 1 });
    expect(receiver.received.map((received) => received.messageId)).toEqual([messageIdOf(mail)]);
  });

  it('leaves a mail to a later claim when the lease runs low before it is sent', async () => {
    await outbox().enqueue(buildInvitations(3), now.toISOString());
    let calls = 0;
    // Time moves 20 s per look at the clock: the third mail would start after half the lease.
    const counts = await deliver({ now: () => secondsAfter(start, 20 * calls++), leaseSeconds: 100 });
    expect(counts).toMatchObject({ claimed: 3, skipped: counts.claimed - counts.sent });
    expect(counts.skipped).toBeGreaterThan(0);
    expect(receiver.received).toHaveLength(counts.sent);

    now = secondsAfter(start, 50);
    expect(await deliver()).toMatchObject({ claimed: 0 });
    now = secondsAfter(start, 101);
    expect(await deliver()).toMatchObject({ claimed: counts.skipped, sent: counts.skipped });
    expect(new Set(receiver.received.map((received) => received.messageId)).size).toBe(3);
  });
});
