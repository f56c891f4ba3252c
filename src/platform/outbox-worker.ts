import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { deliverDueMail, type DeliveryCounts, type DeliveryOptions } from '../app/mail/deliver-outbox.js';
import type { AppContext, Mailer } from '../app/ports.js';
import type { Config } from '../config.js';
import { createSmtpMailer } from './smtp-mailer.js';

export interface OutboxWorker {
  /** Delivers one batch now, or joins the batch already running: batches never overlap. */
  runOnce(): Promise<DeliveryCounts>;
  /** Stops polling and waits for the batch in flight. */
  stop(): Promise<void>;
}

export interface OutboxWorkerOptions extends Partial<Omit<DeliveryOptions, 'mailer'>> {
  context: AppContext;
  mailer: Mailer;
  /** Pause between polls when the outbox had nothing more to send. */
  intervalMs?: number | undefined;
  /** Called with a batch that failed as a whole (the database was unreachable); polling goes on. */
  onError: (error: unknown) => void;
}

/** A poll every few seconds; a lease long enough for a batch of 50 over a slow mail server. */
export const OUTBOX_WORKER_DEFAULTS = { intervalMs: 5_000, batchSize: 50, leaseSeconds: 300 };

/** Polls the outbox and delivers due mail until stopped; one batch at a time. */
export function startOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { context, mailer, intervalMs = OUTBOX_WORKER_DEFAULTS.intervalMs, onError, ...rest } = options;
  const delivery: DeliveryOptions = {
    ...rest,
    mailer,
    worker: rest.worker ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`,
    batchSize: rest.batchSize ?? OUTBOX_WORKER_DEFAULTS.batchSize,
    leaseSeconds: rest.leaseSeconds ?? OUTBOX_WORKER_DEFAULTS.leaseSeconds,
  };
  let running: Promise<DeliveryCounts> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let isStopped = false;

  const runOnce = () => {
    running ??= deliverDueMail(context, delivery).finally(() => {
      running = undefined;
    });
    return running;
  };
  const poll = async () => {
    let hasMore = false;
    try {
      const counts = await runOnce();
      // A full batch means more mail is waiting: go on at once instead of after the pause.
      hasMore = counts.claimed === delivery.batchSize && counts.skipped === 0;
    } catch (error) {
      onError(error);
    }
    if (!isStopped) timer = setTimeout(() => void poll(), hasMore ? 0 : intervalMs);
  };
  timer = setTimeout(() => void poll(), 0);

  return {
    runOnce,
    async stop() {
      isStopped = true;
      clearTimeout(timer);
      await running?.catch(() => undefined);
    },
  };
}

/**
 * Starts mail delivery when SMTP is configured. Without SMTP no worker runs and mails stay
 * pending in the outbox, where admins see them.
 */
export function startMailDelivery(options: {
  config: Pick<Config, 'smtpUrl' | 'mailFrom'>;
  context: AppContext;
  onError: (error: unknown) => void;
}): OutboxWorker | undefined {
  const { config, context, onError } = options;
  if (!config.smtpUrl) return undefined;
  const mailer = createSmtpMailer({ url: config.smtpUrl, from: config.mailFrom });
  // One mail at a time: a crash then sends at most one mail twice (with the same Message-ID).
  const worker = startOutboxWorker({ context, mailer, onError, concurrency: 1 });
  return {
    runOnce: worker.runOnce,
    async stop() {
      await worker.stop();
      mailer.close();
    },
  };
}
