import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_POLICY, maxAttempts, nextAttemptAt, type RetryPolicy } from './retry-policy.js';

const now = new Date('2026-03-01T10:00:00.000Z');
const later = (seconds: number) => new Date(now.getTime() + seconds * 1000).toISOString();

describe('nextAttemptAt with the default policy, no jitter', () => {
  it.each([
    [1, later(60)],
    [2, later(5 * 60)],
    [3, later(30 * 60)],
    [4, later(2 * 3600)],
    [5, later(12 * 3600)],
    [6, null],
    [7, null],
  ])('after failed attempt %i → %s', (attempts, expected) => {
    expect(nextAttemptAt({ attempts, now, random: 0.5 })).toBe(expected);
  });

  it('gives up after maxAttempts attempts', () => {
    expect(maxAttempts()).toBe(6);
    expect(nextAttemptAt({ attempts: maxAttempts() - 1, now, random: 0.5 })).not.toBeNull();
    expect(nextAttemptAt({ attempts: maxAttempts(), now, random: 0.5 })).toBeNull();
  });
});

describe('nextAttemptAt jitter', () => {
  it.each([
    ['lowest', 0, later(54)],
    ['middle', 0.5, later(60)],
    ['highest', 0.999_999, later(66)],
  ])('%s random value stays within ±10 %% of the delay', (_name, random, expected) => {
    expect(nextAttemptAt({ attempts: 1, now, random })).toBe(expected);
  });

  it('spreads mails that failed together', () => {
    const times = new Set([0.1, 0.3, 0.7, 0.9].map((random) => nextAttemptAt({ attempts: 3, now, random })));
    expect(times.size).toBe(4);
  });
});

describe('nextAttemptAt with a custom policy', () => {
  const policy: RetryPolicy = { delaysSeconds: [10, 20], jitterRatio: 0 };
  it.each([
    [0, later(10)], // a claim that never counted still waits the first delay
    [1, later(10)],
    [2, later(20)],
    [3, null],
  ])('after attempt %i → %s', (attempts, expected) => {
    expect(nextAttemptAt({ attempts, now, random: 0.9, policy })).toBe(expected);
  });

  it('the default delays only grow', () => {
    const delays = DEFAULT_RETRY_POLICY.delaysSeconds;
    expect([...delays].sort((a, b) => a - b)).toEqual(delays);
  });
});
