import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverDueMail } from '../../src/app/mail/deliver-outbox.js';
import type { AppContext } from '../../src/app/ports.js';
import { createSmtpMailer } from '../../src/platform/smtp-mailer.js';
import { startRuntime, type Runtime } from '../../src/wiring.js';
import { createTestRuntime, type TestRuntime } from '../support/database.js';
import { buildInvitations, duplicatesOf, messageIdOf } from './outbox-support.js';
import { startSmtpReceiver, type SmtpReceiver } from './smtp-receiver.js';

let test: TestRuntime;
let secondRuntime: Runtime;
let receiver: SmtpReceiver;

beforeAll(async () => {
  test = await createTestRuntime();
  // A second connection (pool on PostgreSQL) to the same database, as a second app instance has.
  secondRuntime = await startRuntime(test.config);
  receiver = await startSmtpReceiver();
});

afterAll(async () => {
  await receiver.close();
  await Promise.all([secondRuntime.close(), test.runtime.close()]);
  await test.cleanup();
});

/** Delivers until the outbox has nothing due; returns how many this worker sent. */
async function drain(context: AppContext, worker: string): Promise<number> {
  const mailer = createSmtpMailer({ url: receiver.url, from: 'eyelevel@example.com' });
  let sent = 0;
  try {
    for (;;) {
      const counts = await deliverDueMail(context, { mailer, worker, batchSize: 10, leaseSeconds: 60, concurrency: 2 });
      sent += counts.sent;
      if (counts.claimed === 0) return sent;
    }
  } finally {
    mailer.close();
  }
}

describe('two workers on one outbox', () => {
  it.each([
    ['on one connection', () => test.runtime.context],
    ['on two connections', () => secondRuntime.context],
  ])('deliver 200 mails %s, none twice', async (_name, secondContext) => {
    receiver.received.length = 0;
    const waveId = `wave-${_name}`;
    const mails = buildInvitations(200, waveId);
    await test.runtime.context.stores.outbox.enqueue(mails, new Date().toISOString());

    const [first, second] = await Promise.all([drain(test.runtime.context, 'worker-a'), drain(secondContext(), 'worker-b')]);

    expect(first + second).toBe(200);
    // Both took part, or the test would not show that claims exclude each other.
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(0);
    const messageIds = receiver.received.map((received) => received.messageId);
    expect(messageIds).toHaveLength(200);
    expect(duplicatesOf(messageIds).size).toBe(0);
    expect(new Set(messageIds)).toEqual(new Set(mails.map(messageIdOf)));
    expect(await test.runtime.context.stores.outbox.countByStatus(waveId)).toEqual({ pending: 0, sent: 200, failed: 0 });
  });
});
