import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSmtpMailer, type SmtpMailer } from '../../src/platform/smtp-mailer.js';
import { startMailDelivery, startOutboxWorker } from '../../src/platform/outbox-worker.js';
import { startRuntime } from '../../src/wiring.js';
import { createTestRuntime, type TestRuntime } from '../support/database.js';
import { buildInvitations } from './outbox-support.js';
import { startSmtpReceiver, type SmtpReceiver } from './smtp-receiver.js';

let test: TestRuntime;
let receiver: SmtpReceiver;
let mailer: SmtpMailer;
const ignoreErrors = () => undefined;

beforeEach(async () => {
  test = await createTestRuntime();
  // A slow server, so that a batch is still running when the test looks.
  receiver = await startSmtpReceiver({ beforeAccepting: () => new Promise((resolve) => setTimeout(resolve, 20)) });
  mailer = createSmtpMailer({ url: receiver.url, from: 'eyelevel@example.com' });
});

afterEach(async () => {
  mailer.close();
  await receiver.close();
  await test.cleanup();
});

const enqueue = (count: number) => test.runtime.context.stores.outbox.enqueue(buildInvitations(count), new Date().toISOString());
const counts = () => test.runtime.context.stores.outbox.countByStatus();

describe('startOutboxWorker', () => {
  it('polls, and delivers mail enqueued while it runs', async () => {
    const worker = startOutboxWorker({ context: test.runtime.context, mailer, intervalMs: 20, onError: ignoreErrors });
    await enqueue(3);
    await vi.waitFor(() => expect(receiver.received).toHaveLength(3), { timeout: 10_000 });
    await enqueue(2);
    await vi.waitFor(() => expect(receiver.received).toHaveLength(5), { timeout: 10_000 });
    await worker.stop();
    expect(await counts()).toEqual({ pending: 0, sent: 5, failed: 0 });
  });

  it('drains a backlog in batches without waiting for the interval', async () => {
    await enqueue(12);
    const worker = startOutboxWorker({ context: test.runtime.context, mailer, intervalMs: 60_000, batchSize: 5, onError: ignoreErrors });
    await vi.waitFor(() => expect(receiver.received).toHaveLength(12), { timeout: 10_000 });
    await worker.stop();
  });

  it('never runs two batches at once, and stop waits for the batch in flight', async () => {
    await enqueue(10);
    const worker = startOutboxWorker({ context: test.runtime.context, mailer, intervalMs: 60_000, onError: ignoreErrors });
    const [first, second] = [worker.runOnce(), worker.runOnce()];
    expect(second).toBe(first);
    await worker.stop();
    expect(receiver.received).toHaveLength(10);
    expect(await first).toMatchObject({ claimed: 10, sent: 10 });
    expect(await counts()).toEqual({ pending: 0, sent: 10, failed: 0 });
  });

  it('reports a batch that fails as a whole and keeps polling', async () => {
    const broken = await startRuntime(test.config);
    await broken.close();
    const errors: unknown[] = [];
    const worker = startOutboxWorker({ context: broken.context, mailer, intervalMs: 10, onError: (error) => errors.push(error) });
    await vi.waitFor(() => expect(errors.length).toBeGreaterThanOrEqual(2), { timeout: 10_000 });
    await worker.stop();
    expect(errors[0]).toBeInstanceOf(Error);
  });
});

describe('startMailDelivery', () => {
  it('starts no worker without SMTP: mails stay pending in the outbox', async () => {
    await enqueue(2);
    const delivery = startMailDelivery({
      config: { smtpUrl: undefined, mailFrom: 'eyelevel@example.com' },
      context: test.runtime.context,
      onError: ignoreErrors,
    });
    expect(delivery).toBeUndefined();
    expect(await counts()).toEqual({ pending: 2, sent: 0, failed: 0 });
  });

  it('delivers through the configured SMTP server', async () => {
    await enqueue(2);
    const delivery = startMailDelivery({
      config: { smtpUrl: receiver.url, mailFrom: 'eyelevel <eyelevel@example.com>' },
      context: test.runtime.context,
      onError: ignoreErrors,
    });
    await vi.waitFor(() => expect(receiver.received).toHaveLength(2), { timeout: 10_000 });
    await delivery?.stop();
    expect(await counts()).toEqual({ pending: 0, sent: 2, failed: 0 });
  });
});
