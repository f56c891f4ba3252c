import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import { scaleOf, type Aggregate } from './aggregate.js';

/**
 * Descriptive and inferential statistics of cell aggregates. A figure that cannot be computed
 * is `null`, never NaN: the mean needs one answer, the standard deviation and every interval
 * or test need two.
 */

export interface Interval {
  lower: number;
  upper: number;
}

/** What a mean comparison needs of a sample. */
export interface SampleMoments {
  n: number;
  mean: number;
  standardDeviation: number;
}

export interface PointShare {
  value: number;
  count: number;
  /** count / n, 0 … 1. */
  share: number;
}

export interface CellSummary {
  n: number;
  /** null without answers. */
  mean: number | null;
  /** Sample standard deviation (divisor n − 1); null below two answers. */
  standardDeviation: number | null;
  /** Confidence interval of the mean with Student's t; null below two answers. */
  confidenceInterval: Interval | null;
  /** Every point of the scale with its count and share; null without answers. */
  distribution: PointShare[] | null;
  /** Share of the two highest points (4 and 5 on 1–5), 0 … 1; null without answers. */
  topTwoBox: number | null;
}

export const CONFIDENCE_LEVEL = 0.95;

// Beyond this many degrees of freedom Student's t equals the normal distribution to 12 digits;
// the t functions themselves do not accept an infinite number.
const NEARLY_INFINITE_DEGREES_OF_FREEDOM = 1e12;

/** The p-quantile of Student's t with df degrees of freedom (df = Infinity gives the normal quantile). */
export function studentTQuantile(p: number, degreesOfFreedom: number): number {
  return tQuantile(p, Math.min(degreesOfFreedom, NEARLY_INFINITE_DEGREES_OF_FREEDOM));
}

/** n, mean, standard deviation, confidence interval, distribution and top-2-box of one cell. */
export function summariseAggregate(aggregate: Aggregate, level = CONFIDENCE_LEVEL): CellSummary {
  const { n } = aggregate;
  const { min, max } = scaleOf(aggregate);
  const counts = aggregate.histogram.counts;
  return {
    n,
    mean: meanOf(aggregate),
    standardDeviation: standardDeviationOf(aggregate),
    confidenceInterval: confidenceIntervalOfMean(aggregate, level),
    distribution: n === 0 ? null : counts.map((count, index) => ({ value: min + index, count, share: count / n })),
    topTwoBox: n === 0 ? null : (countOf(aggregate, max) + countOf(aggregate, max - 1)) / n,
  };
}

/** The mean; null without answers. */
export function meanOf(aggregate: Aggregate): number | null {
  return aggregate.n === 0 ? null : aggregate.sum / aggregate.n;
}

/** The sample standard deviation (divisor n − 1); null below two answers. */
export function standardDeviationOf(aggregate: Aggregate): number | null {
  const { n, sum, sumSquares } = aggregate;
  if (n < 2) return null;
  // n·Σx² − (Σx)² is exact for integer answers, so equal answers give exactly 0.
  const variance = (n * sumSquares - sum * sum) / (n * (n - 1));
  return Math.sqrt(Math.max(0, variance));
}

/** n, mean and standard deviation; null below two answers. */
export function momentsOf(aggregate: Aggregate): SampleMoments | null {
  const mean = meanOf(aggregate);
  const standardDeviation = standardDeviationOf(aggregate);
  return mean === null || standardDeviation === null ? null : { n: aggregate.n, mean, standardDeviation };
}

/** The confidence interval of the mean with Student's t (n − 1 degrees of freedom); null below two answers. */
export function confidenceIntervalOfMean(aggregate: Aggregate, level = CONFIDENCE_LEVEL): Interval | null {
  const moments = momentsOf(aggregate);
  if (!moments) return null;
  const halfWidth = studentTQuantile(1 - (1 - level) / 2, moments.n - 1) * (moments.standardDeviation / Math.sqrt(moments.n));
  return { lower: moments.mean - halfWidth, upper: moments.mean + halfWidth };
}

export interface NetPromoterScore {
  n: number;
  /** Answers 9–10. */
  promoters: number;
  /** Answers 7–8. */
  passives: number;
  /** Answers 0–6. */
  detractors: number;
  /** Each group's share of n, 0 … 1; null without answers. */
  shares: { promoters: number; passives: number; detractors: number } | null;
  /** Percent promoters minus percent detractors, −100 … 100; null without answers. */
  score: number | null;
}

/** The internal net promoter score of a 0–10 aggregate: % answering 9–10 minus % answering 0–6. */
export function computeNetPromoterScore(aggregate: Aggregate): NetPromoterScore {
  const { min, max } = scaleOf(aggregate);
  if (min !== 0 || max !== 10) throw new RangeError('the net promoter score needs answers on the 0–10 scale');
  const countFrom = (low: number, high: number) => aggregate.histogram.counts.slice(low, high + 1).reduce((sum, count) => sum + count, 0);
  const promoters = countFrom(9, 10);
  const passives = countFrom(7, 8);
  const detractors = countFrom(0, 6);
  const { n } = aggregate;
  return {
    n,
    promoters,
    passives,
    detractors,
    shares: n === 0 ? null : { promoters: promoters / n, passives: passives / n, detractors: detractors / n },
    score: n === 0 ? null : (100 * (promoters - detractors)) / n,
  };
}

export interface MeanComparison {
  /** Second mean minus first mean. */
  difference: number;
  /** Confidence interval of the difference, on Welch's degrees of freedom. */
  confidenceInterval: Interval;
  /** Welch's t; null when neither sample varies (the test is undefined, see pValue). */
  t: number | null;
  /** Welch–Satterthwaite degrees of freedom; null when neither sample varies. */
  degreesOfFreedom: number | null;
  /** Two-sided p of Welch's t-test. */
  pValue: number;
  /** Hedges' g: the difference in pooled standard deviations, corrected for small samples; null when neither varies. */
  effectSize: number | null;
}

/**
 * Welch's t-test of the difference between two means (no assumption of equal variances),
 * with the confidence interval of the difference and Hedges' g. Hedges' g rather than
 * Cohen's d because survey groups are often small, where d overstates the effect; the
 * correction factor is 1 − 3 / (4 (n₁ + n₂) − 9) (Hedges & Olkin 1985). Null when either
 * sample has fewer than two answers. When neither sample varies the difference is certain:
 * p is 0 for different means and 1 for equal ones.
 */
export function compareMeans(first: SampleMoments, second: SampleMoments, level = CONFIDENCE_LEVEL): MeanComparison | null {
  if (first.n < 2 || second.n < 2) return null;
  const difference = second.mean - first.mean;
  const firstVariance = first.standardDeviation ** 2 / first.n;
  const secondVariance = second.standardDeviation ** 2 / second.n;
  const standardError = Math.sqrt(firstVariance + secondVariance);
  if (standardError === 0) {
    const pValue = difference === 0 ? 1 : 0;
    return {
      difference,
      confidenceInterval: { lower: difference, upper: difference },
      t: null,
      degreesOfFreedom: null,
      pValue,
      effectSize: null,
    };
  }
  const t = difference / standardError;
  const degreesOfFreedom =
    (firstVariance + secondVariance) ** 2 / (firstVariance ** 2 / (first.n - 1) + secondVariance ** 2 / (second.n - 1));
  const halfWidth = studentTQuantile(1 - (1 - level) / 2, degreesOfFreedom) * standardError;
  return {
    difference,
    confidenceInterval: { lower: difference - halfWidth, upper: difference + halfWidth },
    t,
    degreesOfFreedom,
    pValue: 2 * tCdf(-Math.abs(t), degreesOfFreedom),
    effectSize: hedgesG(first, second),
  };
}

/** Welch's t-test between two cell aggregates; null when either has fewer than two answers. */
export function compareAggregates(first: Aggregate, second: Aggregate, level = CONFIDENCE_LEVEL): MeanComparison | null {
  const firstMoments = momentsOf(first);
  const secondMoments = momentsOf(second);
  return firstMoments && secondMoments ? compareMeans(firstMoments, secondMoments, level) : null;
}

function hedgesG(first: SampleMoments, second: SampleMoments): number | null {
  const pooledVariance =
    ((first.n - 1) * first.standardDeviation ** 2 + (second.n - 1) * second.standardDeviation ** 2) / (first.n + second.n - 2);
  if (pooledVariance === 0) return null;
  const cohensD = (second.mean - first.mean) / Math.sqrt(pooledVariance);
  return cohensD * (1 - 3 / (4 * (first.n + second.n) - 9));
}

function countOf(aggregate: Aggregate, value: number): number {
  return aggregate.histogram.counts[value - aggregate.histogram.min] ?? 0;
}
