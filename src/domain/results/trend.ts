import type { Aggregate } from './aggregate.js';
import { compareAggregates, confidenceIntervalOfMean, meanOf, type Interval } from './statistics.js';
import type { TrendLabel } from '../../contract/vocabulary.js';

/** One cell's aggregate in one wave. */
export interface WaveAggregate {
  waveId: string;
  aggregate: Aggregate;
}

export interface TrendPoint {
  waveId: string;
  n: number;
  mean: number | null;
  confidenceInterval: Interval | null;
}

/**
 * - improved / worsened: Welch's test finds a difference at the significance level;
 * - no-clear-change: it does not;
 * - too-few-answers: a wave has fewer than two answers, so there is nothing to test.
 */
export type { TrendLabel };

export interface TrendStep {
  fromWaveId: string;
  toWaveId: string;
  /** Later mean minus earlier mean; null when either wave has no answers. */
  difference: number | null;
  /** Two-sided p of Welch's t-test; null with too few answers. */
  pValue: number | null;
  /** Hedges' g; null with too few answers or no spread. */
  effectSize: number | null;
  label: TrendLabel;
}

export interface Trend {
  points: TrendPoint[];
  /** One step between each wave and the next. */
  steps: TrendStep[];
}

export const SIGNIFICANCE_LEVEL = 0.05;

/** One cell across waves (oldest first): each wave's mean and confidence interval, and whether each step is a clear change. */
export function describeTrend(waves: readonly WaveAggregate[], significanceLevel = SIGNIFICANCE_LEVEL): Trend {
  const points = waves.map(({ waveId, aggregate }) => ({
    waveId,
    n: aggregate.n,
    mean: meanOf(aggregate),
    confidenceInterval: confidenceIntervalOfMean(aggregate),
  }));
  const steps = waves.slice(1).map((later, index) => {
    const earlier = waves[index]!;
    return describeStep(earlier, later, significanceLevel);
  });
  return { points, steps };
}

function describeStep(earlier: WaveAggregate, later: WaveAggregate, significanceLevel: number): TrendStep {
  const wave = { fromWaveId: earlier.waveId, toWaveId: later.waveId };
  const comparison = compareAggregates(earlier.aggregate, later.aggregate);
  if (!comparison) {
    const before = meanOf(earlier.aggregate);
    const after = meanOf(later.aggregate);
    const difference = before === null || after === null ? null : after - before;
    return { ...wave, difference, pValue: null, effectSize: null, label: 'too-few-answers' };
  }
  const { difference, pValue, effectSize } = comparison;
  const isClear = pValue < significanceLevel;
  const label = !isClear ? 'no-clear-change' : difference > 0 ? 'improved' : 'worsened';
  return { ...wave, difference, pValue, effectSize, label };
}
