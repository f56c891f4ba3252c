import { describe, expect, it } from 'vitest';
import { aggregateFromValues, emptyAggregate } from '../results/aggregate.js';
import { estimateActionEffect } from './effect.js';

const agreement = { min: 1, max: 5 };
const of = (...values: number[]) => aggregateFromValues(agreement, values);

// Samples with s² = 2/3 (e.g. 1 2 2 3: deviations −1 0 0 1, Σ = 2, / 3) and s² = 1/3 (2 2 3 3).
describe('estimateActionEffect (hand-computed)', () => {
  it.each([
    {
      name: 'equal variances, no clear difference',
      // Target 2 → 4 (+2), comparison 3 → 4 (+1): DiD = 1. Each group s²/n = (2/3)/4 = 1/6,
      // var = 4/6 = 2/3, se = 0.816497; df = (2/3)² / (4 · (1/6)² / 3) = 12; t(0.975, 12) = 2.178813,
      // half-width = 2.178813 · 0.816497 = 1.778993.
      target: [of(1, 2, 2, 3), of(3, 4, 4, 5)],
      comparison: [of(2, 3, 3, 4), of(3, 4, 4, 5)],
      expected: {
        targetChange: 2,
        comparisonChange: 1,
        difference: 1,
        se: 0.816497,
        df: 12,
        lower: -0.778993,
        upper: 2.778993,
        label: 'no-clear-difference',
      },
    },
    {
      name: 'equal variances, helped',
      // Target +2, comparison unchanged: DiD = 2, same se and df: 2 ± 1.778993.
      target: [of(1, 2, 2, 3), of(3, 4, 4, 5)],
      comparison: [of(2, 3, 3, 4), of(2, 3, 3, 4)],
      expected: {
        targetChange: 2,
        comparisonChange: 0,
        difference: 2,
        se: 0.816497,
        df: 12,
        lower: 0.221007,
        upper: 3.778993,
        label: 'helped',
      },
    },
    {
      name: 'unequal variances (Welch–Satterthwaite)',
      // Target 2.5 → 4 (+1.5), comparison 3 → 3.5 (+0.5): DiD = 1. s²/n: 1/12, 1/6, 1/6, 1/12;
      // var = 1/2, se = 0.707107; df = (1/2)² / ((1/144 + 1/36 + 1/36 + 1/144) / 3) = 0.25 / (10/432) = 10.8;
      // t(0.975, 10.8) = 2.205968 (between the table's 2.228 at 10 and 2.201 at 11), half-width 1.559855.
      target: [of(2, 2, 3, 3), of(3, 4, 4, 5)],
      comparison: [of(2, 3, 3, 4), of(3, 3, 4, 4)],
      expected: {
        targetChange: 1.5,
        comparisonChange: 0.5,
        difference: 1,
        se: 0.707107,
        df: 10.8,
        lower: -0.559855,
        upper: 2.559855,
        label: 'no-clear-difference',
      },
    },
    {
      name: 'fell behind the comparison',
      // Target 4.5 → 2 (−2.5), comparison unchanged: DiD = −2.5. var = 1/12 + 3 · 1/6 = 7/12, se = 0.763763;
      // df = (7/12)² / ((1/144 + 3/36) / 3) = (49/144) / (13/432) = 147/13 = 11.307692; t = 2.193700, half-width 1.675466.
      target: [of(4, 4, 5, 5), of(1, 2, 2, 3)],
      comparison: [of(2, 3, 3, 4), of(2, 3, 3, 4)],
      expected: {
        targetChange: -2.5,
        comparisonChange: 0,
        difference: -2.5,
        se: 0.763763,
        df: 11.307692,
        lower: -4.175466,
        upper: -0.824534,
        label: 'fell-behind',
      },
    },
  ])('$name', ({ target, comparison, expected }) => {
    const effect = estimateActionEffect({
      target: { before: target[0]!, after: target[1]! },
      comparison: { before: comparison[0]!, after: comparison[1]! },
    });
    expect(effect.targetChange).toBeCloseTo(expected.targetChange, 12);
    expect(effect.comparisonChange).toBeCloseTo(expected.comparisonChange, 12);
    expect(effect.difference).toBeCloseTo(expected.difference, 12);
    expect(effect.standardError).toBeCloseTo(expected.se, 6);
    expect(effect.degreesOfFreedom).toBeCloseTo(expected.df, 6);
    expect(effect.confidenceInterval?.lower).toBeCloseTo(expected.lower, 5);
    expect(effect.confidenceInterval?.upper).toBeCloseTo(expected.upper, 5);
    expect(effect.label).toBe(expected.label);
  });

  it('narrows the interval at a lower confidence level', () => {
    const input = {
      target: { before: of(1, 2, 2, 3), after: of(3, 4, 4, 5) },
      comparison: { before: of(2, 3, 3, 4), after: of(3, 4, 4, 5) },
    };
    // t(0.95, 12) = 1.782288: half-width 1.782288 · 0.816497 = 1.455232.
    expect(estimateActionEffect({ ...input, level: 0.9 }).confidenceInterval?.upper).toBeCloseTo(2.455232, 5);
  });

  it('knows the difference exactly when no group varies', () => {
    const effect = estimateActionEffect({
      target: { before: of(3, 3), after: of(4, 4) },
      comparison: { before: of(3, 3), after: of(3, 3) },
    });
    expect(effect).toEqual({
      targetChange: 1,
      comparisonChange: 0,
      difference: 1,
      standardError: 0,
      degreesOfFreedom: null,
      confidenceInterval: { lower: 1, upper: 1 },
      label: 'helped',
    });
  });

  it.each([
    ['one answer in a group: the change is known, the interval is not', of(4), 1.5],
    ['no answers in a group: nothing is known', emptyAggregate(agreement), null],
  ])('%s', (_name, after, difference) => {
    const effect = estimateActionEffect({
      target: { before: of(2, 2, 3, 3), after },
      comparison: { before: of(2, 3, 3, 4), after: of(2, 3, 3, 4) },
    });
    expect(effect).toMatchObject({
      difference,
      standardError: null,
      degreesOfFreedom: null,
      confidenceInterval: null,
      label: 'too-few-answers',
    });
  });
});
