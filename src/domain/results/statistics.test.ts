import { describe, expect, it } from 'vitest';
import { aggregateFromValues, emptyAggregate } from './aggregate.js';
import {
  compareAggregates,
  compareMeans,
  computeNetPromoterScore,
  confidenceIntervalOfMean,
  studentTQuantile,
  summariseAggregate,
} from './statistics.js';

const agreement = { min: 1, max: 5 };
const recommendation = { min: 0, max: 10 };

describe('studentTQuantile', () => {
  // Published critical values of Student's t (two-sided 95 %), e.g. any t table.
  it.each([
    [1, 12.706],
    [4, 2.776],
    [9, 2.262],
    [29, 2.045],
    [Number.POSITIVE_INFINITY, 1.96],
  ])('t(0.975, %s) = %s', (degreesOfFreedom, expected) => {
    expect(studentTQuantile(0.975, degreesOfFreedom)).toBeCloseTo(expected, 3);
  });

  it('gives the normal quantile 1.959964 for infinite degrees of freedom', () => {
    expect(studentTQuantile(0.975, Number.POSITIVE_INFINITY)).toBeCloseTo(1.959964, 6);
  });
});

describe('summariseAggregate', () => {
  it('describes a small sample (hand-computed)', () => {
    // 2, 3, 4, 4, 5: mean 3.6, variance (5·70 − 18²) / (5·4) = 1.3, sd 1.140175,
    // half-width t(0.975, 4) · sd / √5 = 2.776445 · 0.509902 = 1.415715.
    const summary = summariseAggregate(aggregateFromValues(agreement, [2, 3, 4, 4, 5]));
    expect(summary.n).toBe(5);
    expect(summary.mean).toBeCloseTo(3.6, 12);
    expect(summary.standardDeviation).toBeCloseTo(1.140175, 6);
    expect(summary.confidenceInterval?.lower).toBeCloseTo(2.184285, 6);
    expect(summary.confidenceInterval?.upper).toBeCloseTo(5.015715, 6);
    expect(summary.distribution).toEqual([
      { value: 1, count: 0, share: 0 },
      { value: 2, count: 1, share: 0.2 },
      { value: 3, count: 1, share: 0.2 },
      { value: 4, count: 2, share: 0.4 },
      { value: 5, count: 1, share: 0.2 },
    ]);
    expect(summary.topTwoBox).toBeCloseTo(0.6, 12);
  });

  it('has only nulls for an empty cell, never NaN', () => {
    expect(summariseAggregate(emptyAggregate(agreement))).toEqual({
      n: 0,
      mean: null,
      standardDeviation: null,
      confidenceInterval: null,
      distribution: null,
      topTwoBox: null,
    });
  });

  it('has a mean, distribution and top-2-box but no spread for one answer', () => {
    const summary = summariseAggregate(aggregateFromValues(agreement, [4]));
    expect(summary).toMatchObject({ n: 1, mean: 4, standardDeviation: null, confidenceInterval: null, topTwoBox: 1 });
    expect(summary.distribution?.map((point) => point.share)).toEqual([0, 0, 0, 1, 0]);
  });

  it('gives a standard deviation of exactly 0 and a zero-width interval for equal answers', () => {
    const summary = summariseAggregate(aggregateFromValues(agreement, [3, 3, 3]));
    expect(summary.standardDeviation).toBe(0);
    expect(summary.confidenceInterval).toEqual({ lower: 3, upper: 3 });
  });

  it.each([
    ['1–5: 4 and 5', agreement, [1, 3, 4, 5], 0.5],
    ['0–10: 9 and 10', recommendation, [8, 9, 10, 10], 0.75],
  ])('counts the two highest points as top-2-box (%s)', (_name, scale, values, expected) => {
    expect(summariseAggregate(aggregateFromValues(scale, values)).topTwoBox).toBe(expected);
  });

  it('widens the interval for a higher level', () => {
    const aggregate = aggregateFromValues(agreement, [2, 3, 4, 4, 5]);
    const at95 = confidenceIntervalOfMean(aggregate)!;
    const at99 = confidenceIntervalOfMean(aggregate, 0.99)!;
    expect(at99.lower).toBeLessThan(at95.lower);
    // t(0.995, 4) = 4.604 (t table): 3.6 + 4.604095 · 0.509902.
    expect(at99.upper).toBeCloseTo(5.947637, 5);
  });
});

describe('computeNetPromoterScore', () => {
  it.each([
    // 3 promoters, 4 passives, 3 detractors of 10: 30 % − 30 % = 0.
    ['balanced', [10, 9, 9, 8, 8, 7, 7, 6, 3, 0], { promoters: 3, passives: 4, detractors: 3, score: 0 }],
    // 5 promoters, 3 passives, 2 detractors: 50 % − 20 % = 30.
    ['positive', [10, 10, 9, 9, 9, 8, 7, 7, 6, 5], { promoters: 5, passives: 3, detractors: 2, score: 30 }],
    ['all detractors', [0, 6, 6, 1], { promoters: 0, passives: 0, detractors: 4, score: -100 }],
    ['all promoters', [9, 10], { promoters: 2, passives: 0, detractors: 0, score: 100 }],
    // 1 promoter, 1 passive, 1 detractor of 3: 33.3 % − 33.3 % = 0; shares in thirds.
    ['one of each', [9, 7, 6], { promoters: 1, passives: 1, detractors: 1, score: 0 }],
  ])('%s', (_name, values, expected) => {
    const nps = computeNetPromoterScore(aggregateFromValues(recommendation, values));
    expect(nps).toMatchObject({ n: values.length, ...expected });
    expect(nps.shares!.promoters + nps.shares!.passives + nps.shares!.detractors).toBeCloseTo(1, 12);
  });

  it('has no score and no shares without answers', () => {
    expect(computeNetPromoterScore(emptyAggregate(recommendation))).toEqual({
      n: 0,
      promoters: 0,
      passives: 0,
      detractors: 0,
      shares: null,
      score: null,
    });
  });

  it('refuses an aggregate that is not on the 0–10 scale', () => {
    expect(() => computeNetPromoterScore(emptyAggregate(agreement))).toThrow(RangeError);
  });
});

describe('compareMeans', () => {
  it("matches R's Welch test of Student's sleep data (R documentation of t.test)", () => {
    // t.test(extra ~ group, data = sleep): t = -1.8608, df = 17.776, p-value = 0.07939,
    // 95 percent confidence interval -3.3654832 0.2054832 (group 1 minus group 2).
    // Group means 0.75 and 2.33, standard deviations 1.789010 and 2.002249, n = 10 each.
    const first = { n: 10, mean: 0.75, standardDeviation: 1.78901 };
    const second = { n: 10, mean: 2.33, standardDeviation: 2.002249 };
    const comparison = compareMeans(first, second)!;
    expect(comparison.difference).toBeCloseTo(1.58, 12);
    expect(comparison.t).toBeCloseTo(1.8608, 4);
    expect(comparison.degreesOfFreedom).toBeCloseTo(17.776, 3);
    expect(comparison.pValue).toBeCloseTo(0.07939, 5);
    expect(comparison.confidenceInterval.lower).toBeCloseTo(-0.2054832, 5);
    expect(comparison.confidenceInterval.upper).toBeCloseTo(3.3654832, 5);
  });

  it('matches the effect size of the movie-rating example in Lakens (2013), Frontiers in Psychology 4:863', () => {
    // Movie 1: 9 7 8 9 8 9 9 10 9 9; movie 2: 9 6 7 8 7 9 8 8 8 7 (1–10 ratings).
    // Published: means 8.7 and 7.7, Cohen's d_s = 1.13, Hedges' g_s = 1.08.
    const scale = { min: 1, max: 10 };
    const movie1 = aggregateFromValues(scale, [9, 7, 8, 9, 8, 9, 9, 10, 9, 9]);
    const movie2 = aggregateFromValues(scale, [9, 6, 7, 8, 7, 9, 8, 8, 8, 7]);
    const comparison = compareAggregates(movie2, movie1)!;
    expect(comparison.difference).toBeCloseTo(1, 12);
    expect(comparison.effectSize).toBeCloseTo(1.08, 2);
    // Welch on the same data (hand-computed): t = 2.5175, df = 17.65, p = 0.0217.
    expect(comparison.t).toBeCloseTo(2.5175, 4);
    expect(comparison.degreesOfFreedom).toBeCloseTo(17.65, 2);
    expect(comparison.pValue).toBeCloseTo(0.0217, 4);
  });

  it('gives a negative t and effect size when the second mean is lower', () => {
    const comparison = compareAggregates(aggregateFromValues(agreement, [4, 5, 5, 4]), aggregateFromValues(agreement, [2, 3, 2, 3]))!;
    expect(comparison.difference).toBe(-2);
    expect(comparison.t).toBeLessThan(0);
    expect(comparison.effectSize).toBeLessThan(0);
    expect(comparison.confidenceInterval.upper).toBeLessThan(0);
  });

  it.each([
    ['the first has one answer', [4], [3, 4]],
    ['the second has one answer', [3, 4], [4]],
    ['the second is empty', [3, 4], []],
  ])('is null when %s', (_name, first, second) => {
    expect(compareAggregates(aggregateFromValues(agreement, first), aggregateFromValues(agreement, second))).toBeNull();
  });

  it.each([
    ['different means: certain difference', [5, 5, 5], [4, 4], -1, 0],
    ['equal means: no difference', [4, 4], [4, 4, 4], 0, 1],
  ])('decides without a test when neither sample varies (%s)', (_name, first, second, difference, pValue) => {
    expect(compareAggregates(aggregateFromValues(agreement, first), aggregateFromValues(agreement, second))).toEqual({
      difference,
      confidenceInterval: { lower: difference, upper: difference },
      t: null,
      degreesOfFreedom: null,
      pValue,
      effectSize: null,
    });
  });

  it('uses n − 1 of the varying sample as degrees of freedom when the other does not vary', () => {
    const comparison = compareAggregates(aggregateFromValues(agreement, [5, 5, 5]), aggregateFromValues(agreement, [2, 3, 4, 4, 5]))!;
    expect(comparison.degreesOfFreedom).toBeCloseTo(4, 12);
    // t = (3.6 − 5) / (1.140175 / √5) = −2.745626.
    expect(comparison.t).toBeCloseTo(-2.745626, 5);
  });
});
