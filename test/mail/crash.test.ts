import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverDueMail } from '../../src/app/mail/deliver-outbox.js';
import { OUTBOX_WORKER_DEFAULTS } from '../../src/platform/outbox-worker.js';
import { createSmtpMailer } from '../../src/platform/smtp-mailer.js';
import { createTestRuntime, type TestRuntime } from '../support/database.js';
import { buildInvitations, duplicatesOf, messageIdOf } from './outbox-support.js';
import { startSmtpReceiver, type SmtpReceiver } from './smtp-receiver.js';

const mailCount = 300;
const killAt = 110;

let test: TestRuntime;
let receiver: SmtpReceiver;
let child: ChildProcess | undefined;

beforeAll(async () => {
  test = await createTestRuntime();
  receiver = await startSmtpReceiver({
    // Killed after the message is in but before the server's "250 OK": the worker never
    // learns that it arrived, which is the window in which a crash can cause a duplicate.
    beforeAccepting: async (count) => {
      if (count !== killAt || !child) return;
      const exited = new Promise((resolve) => child?.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    },
  });
});

afterAll(async () => {
  child?.kill('SIGKILL');
  await receiver.close();
  await test.cleanup();
});

function databaseUrl(): string {
  const target = test.config.database;
  return target.kind === 'postgres' ? target.url : `sqlite://${target.file}`;
}

describe('a worker killed in the middle of a batch', () => {
  it('loses no mail, and sends at most the one in flight twice, with the same Message-ID', async () => {
    const mails = buildInvitations(mailCount, 'wave-crash');
    await test.runtime.context.stores.outbox.enqueue(mails, new Date().toISOString());

    // node --import tsx rather than npx tsx: the tsx command runs the script in a child
    // process of its own, which a SIGKILL to the command would leave running.
    const script = fileURLToPath(new URL('./crash-worker.ts', import.meta.url));
    child = spawn(process.execPath, ['--import', 'tsx', script], {
      env: { ...process.env, DATABASE_URL: databaseUrl(), SMTP_URL: receiver.url, LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const [code, signal] = await new Promise<[number | null, string | null]>((resolve) =>
      child?.once('exit', (...result) => resolve(result)),
    );
    expect({ code, signal }).toEqual({ code: null, signal: 'SIGKILL' });
    expect(receiver.received).toHaveLength(killAt);
    const outbox = test.runtime.context.stores.outbox;
    expect(await outbox.countByStatus('wave-crash')).toEqual({ pending: mailCount - killAt + 1, sent: killAt - 1, failed: 0 });

    const mailer = createSmtpMailer({ url: receiver.url, from: 'eyelevel@example.com' });
    const drain = async (now: () => Date) => {
      const options = { mailer, worker: 'after-crash', batchSize: 50, leaseSeconds: 60, now };
      while ((await deliverDueMail(test.runtime.context, options)).claimed > 0);
    };
    // Now: the mails nobody holds. The dead worker's batch waits for its lease to run out.
    await drain(() => new Date());
    const stillHeld = (await outbox.countByStatus('wave-crash')).pending;
    expect(stillHeld).toBeGreaterThan(0);
    await drain(() => new Date(Date.now() + (OUTBOX_WORKER_DEFAULTS.leaseSeconds + 1) * 1000));
    mailer.close();

    const messageIds = receiver.received.map((received) => received.messageId);
    expect(new Set(messageIds)).toEqual(new Set(mails.map(messageIdOf)));
    const duplicates = duplicatesOf(messageIds);
    expect(messageIds.length - mailCount).toBeLessThanOrEqual(1);
    expect([...duplicates]).toEqual([[receiver.received[killAt - 1]?.messageId, 2]]);
    expect(await outbox.countByStatus('wave-crash')).toEqual({ pending: 0, sent: mailCount, failed: 0 });
  });
});
