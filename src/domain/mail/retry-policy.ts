/**
 * When to try a mail again after a failed attempt. The delays grow so that a mail server
 * that is down for an afternoon does not get hammered, yet a short hiccup costs only a
 * minute; after the last delay the mail is given up and shows as failed in the outbox.
 */
export interface RetryPolicy {
  /** Wait after the 1st, 2nd, … failed attempt; one more failure than there are delays gives up. */
  delaysSeconds: readonly number[];
  /** Each delay varies by ± this share, so that mails that failed together do not retry together. */
  jitterRatio: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  delaysSeconds: [60, 5 * 60, 30 * 60, 2 * 60 * 60, 12 * 60 * 60],
  jitterRatio: 0.1,
};

/** The most attempts a mail gets under `policy`, counting the first. */
export function maxAttempts(policy: RetryPolicy = DEFAULT_RETRY_POLICY): number {
  return policy.delaysSeconds.length + 1;
}

/**
 * When the next attempt is due after attempt number `attempts` failed at `now`, or null to give up.
 * `random` is a number in [0, 1): 0.5 means no jitter.
 */
export function nextAttemptAt(options: { attempts: number; now: Date; random: number; policy?: RetryPolicy }): string | null {
  const { attempts, now, random, policy = DEFAULT_RETRY_POLICY } = options;
  const delay = policy.delaysSeconds[Math.max(attempts, 1) - 1];
  if (delay === undefined) return null;
  const jitter = 1 + policy.jitterRatio * (2 * random - 1);
  return new Date(now.getTime() + Math.round(delay * jitter * 1000)).toISOString();
}
