import { DomainError } from '../../errors.js';
import { MIN_THRESHOLD } from '../../wave/response-rates.js';
import type { WaveStatus } from '../../wave/wave.js';

/** The smallest groups results may describe: k respondents for a figure, k_c comments for a comment label. */
export interface AnonymityThresholds {
  k: number;
  kComments: number;
}

export const DEFAULT_THRESHOLDS: AnonymityThresholds = { k: 5, kComments: 10 };

/** Throws a validation error unless k is a whole number of at least 3 and k_c a whole number of at least k. */
export function checkThresholds(thresholds: AnonymityThresholds): AnonymityThresholds {
  const { k, kComments } = thresholds;
  if (!Number.isInteger(k) || k < MIN_THRESHOLD) {
    throw new DomainError('validation', `k: must be a whole number of at least ${MIN_THRESHOLD}`, [
      { field: 'k', problem: `must be a whole number of at least ${MIN_THRESHOLD}` },
    ]);
  }
  if (!Number.isInteger(kComments) || kComments < k) {
    throw new DomainError('validation', 'kComments: must be a whole number of at least k', [
      { field: 'kComments', problem: 'must be a whole number of at least k' },
    ]);
  }
  return { k, kComments };
}

/**
 * Whether results of a wave may be released: only once it is closed (or archived).
 * Interim results of an open wave are deliberately not released at all. Each new response
 * changes some cell by one, so two views of the same cell a few responses apart would
 * describe those few respondents; releasing only in steps of k would need a record of what
 * was shown when, and a closed wave makes that question disappear.
 */
export function canReleaseResults(wave: { status: WaveStatus }): boolean {
  return wave.status === 'closed' || wave.status === 'archived';
}

/** Throws `invalid_state` unless the wave's results may be released. */
export function assertCanReleaseResults(wave: { status: WaveStatus }): void {
  if (!canReleaseResults(wave)) {
    throw new DomainError('invalid_state', `results of a ${wave.status} wave are not released; they are shown once the wave closes`);
  }
}
