import { reminderError } from '../../domain/mail/reminder-error.js';
import { nextAttemptAt, type RetryPolicy } from '../../domain/mail/retry-policy.js';
import type { AppContext, Mailer, OutgoingMail } from '../ports.js';

export interface DeliveryOptions {
  mailer: Mailer;
  /** Names this worker in the outbox claims. */
  worker: string;
  batchSize: number;
  /** How long the claimed mails are this worker's; after that another worker may take them. */
  leaseSeconds: number;
  /** Mails sent at the same time; a crash can send at most this many twice. */
  concurrency?: number | undefined;
  now?: (() => Date) | undefined;
  /** A number in [0, 1) for the retry jitter. */
  random?: (() => number) | undefined;
  retryPolicy?: RetryPolicy | undefined;
}

export interface DeliveryCounts {
  claimed: number;
  sent: number;
  /** Failed this time, due again later. */
  retrying: number;
  /** Failed for the last time. */
  failed: number;
  /** Claimed but not tried, because the lease was running out. */
  skipped: number;
}

/** Claims the mails that are due, sends each, and records the outcome: sent, again later, or given up. */
export async function deliverDueMail(context: AppContext, options: DeliveryOptions): Promise<DeliveryCounts> {
  const { mailer, worker, batchSize, leaseSeconds, concurrency = 1 } = options;
  const now = options.now ?? context.clock;
  const random = options.random ?? Math.random;
  const outbox = context.stores.outbox;
  const claimedAt = now().getTime();
  const leaseUntil = new Date(claimedAt + leaseSeconds * 1000).toISOString();
  const mails = await outbox.claimDue({ now: new Date(claimedAt).toISOString(), worker, leaseUntil, limit: batchSize });
  // Sends start only in the first half of the lease, so the send in flight ends before the
  // lease does; a mail left over is claimed again once the lease has run out.
  const startNoSendAfter = claimedAt + (leaseSeconds * 1000) / 2;
  const counts: DeliveryCounts = { claimed: mails.length, sent: 0, retrying: 0, failed: 0, skipped: 0 };

  const deliver = async (mail: OutgoingMail & { attempts: number }) => {
    if (now().getTime() > startNoSendAfter) {
      counts.skipped++;
      return;
    }
    try {
      await mailer.send(mail);
    } catch (error) {
      const next = nextAttemptAt({ attempts: mail.attempts, now: now(), random: random(), policy: options.retryPolicy });
      // A reminder's error keeps its codes only: its text may name the person, who had not answered yet.
      const text = mail.kind === 'reminder' ? reminderError(describeError(error)) : describeError(error);
      await outbox.markFailed(mail.id, { error: text, nextAttemptAt: next });
      counts[next === null ? 'failed' : 'retrying']++;
      return;
    }
    await outbox.markSent(mail.id, now().toISOString());
    counts.sent++;
  };

  const queue = [...mails];
  const lane = async () => {
    for (let mail = queue.shift(); mail; mail = queue.shift()) await deliver(mail);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, mails.length)) }, lane));
  return counts;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
