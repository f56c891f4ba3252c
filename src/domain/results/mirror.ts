import type { Dimension, ReverseDimension } from '../questionnaire/item-bank.js';
import type { Aggregate } from './aggregate.js';
import { meanOf } from './statistics.js';

/**
 * The mirror: a provider's picture of itself beside its customers' rating, and how a
 * provider rates a customer beside how that customer rates it.
 */

export interface RatedDimension<D extends string> {
  dimension: D;
  n: number;
  /** null without answers. */
  mean: number | null;
}

/**
 * - blind-spot: the provider rates itself clearly better than its customers do;
 * - hidden-strength: clearly worse than its customers do;
 * - in-line: within the clear gap either way.
 */
export type SelfAssessmentReading = 'blind-spot' | 'hidden-strength' | 'in-line';

export interface SelfAssessmentRow {
  dimension: Dimension;
  self: RatedDimension<Dimension>;
  customers: RatedDimension<Dimension>;
  /** Self mean minus customers' mean; null when either is missing. */
  gap: number | null;
  reading: SelfAssessmentReading | null;
}

/** Half a scale point: a gap of at least this much is clear. */
export const CLEAR_GAP = 0.5;
// Means are quotients: 13/3 − 23/6 is 0.49999999999999956 in floating point, yet a gap of 0.5.
const TOLERANCE = 1e-9;

/**
 * Per dimension, the provider's self-assessment (how its members think customers rate it)
 * beside the customers' actual rating, with the gap self − customers. A gap of at least
 * `clearGap` is a blind spot; at most −`clearGap` a hidden strength.
 */
export function compareSelfAssessment(
  dimensions: readonly { dimension: Dimension; self: Aggregate; customers: Aggregate }[],
  clearGap = CLEAR_GAP,
): SelfAssessmentRow[] {
  return dimensions.map(({ dimension, self, customers }) => {
    const selfMean = meanOf(self);
    const customersMean = meanOf(customers);
    const gap = selfMean === null || customersMean === null ? null : selfMean - customersMean;
    return {
      dimension,
      self: { dimension, n: self.n, mean: selfMean },
      customers: { dimension, n: customers.n, mean: customersMean },
      gap,
      reading: gap === null ? null : readGap(gap, clearGap),
    };
  });
}

export interface RatingSide<D extends string> {
  dimensions: RatedDimension<D>[];
  /** The mean of the dimension means, each dimension counting once; null without any. */
  mean: number | null;
}

export interface ReciprocalView {
  /** The provider's rating of the customer on the reverse dimensions (clear requests, timely input, …). */
  providerRatesCustomer: RatingSide<ReverseDimension>;
  /** The customer's rating of the provider on the perception dimensions. */
  customerRatesProvider: RatingSide<Dimension>;
  /** providerRatesCustomer.mean − customerRatesProvider.mean: above zero when the provider is the more content side. */
  difference: number | null;
}

/** One relationship seen from both ends: how provider P rates customer C beside how C rates P. */
export function compareReciprocalRatings(ratings: {
  providerRatesCustomer: readonly { dimension: ReverseDimension; aggregate: Aggregate }[];
  customerRatesProvider: readonly { dimension: Dimension; aggregate: Aggregate }[];
}): ReciprocalView {
  const providerRatesCustomer = describeSide(ratings.providerRatesCustomer);
  const customerRatesProvider = describeSide(ratings.customerRatesProvider);
  const difference =
    providerRatesCustomer.mean === null || customerRatesProvider.mean === null
      ? null
      : providerRatesCustomer.mean - customerRatesProvider.mean;
  return { providerRatesCustomer, customerRatesProvider, difference };
}

function describeSide<D extends string>(dimensions: readonly { dimension: D; aggregate: Aggregate }[]): RatingSide<D> {
  const rated = dimensions.map(({ dimension, aggregate }) => ({ dimension, n: aggregate.n, mean: meanOf(aggregate) }));
  const means = rated.flatMap((row) => (row.mean === null ? [] : [row.mean]));
  return { dimensions: rated, mean: means.length === 0 ? null : means.reduce((sum, mean) => sum + mean, 0) / means.length };
}

function readGap(gap: number, clearGap: number): SelfAssessmentReading {
  if (gap >= clearGap - TOLERANCE) return 'blind-spot';
  if (gap <= -clearGap + TOLERANCE) return 'hidden-strength';
  return 'in-line';
}
