import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addValue, aggregateFromValues, emptyAggregate, mergeAggregates, mergeAllAggregates, scaleOf } from './aggregate.js';

const agreement = { min: 1, max: 5 };
const recommendation = { min: 0, max: 10 };

describe('emptyAggregate', () => {
  it.each([
    ['1–5', agreement, [0, 0, 0, 0, 0]],
    ['0–10', recommendation, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ])('counts every point of the %s scale', (_name, scale, counts) => {
    const aggregate = emptyAggregate(scale);
    expect(aggregate).toEqual({ n: 0, sum: 0, sumSquares: 0, histogram: { min: scale.min, counts } });
    expect(scaleOf(aggregate)).toEqual(scale);
  });

  it.each([
    ['max below min', { min: 5, max: 1 }],
    ['one point', { min: 3, max: 3 }],
    ['fractions', { min: 1, max: 4.5 }],
  ])('refuses a scale with %s', (_name, scale) => {
    expect(() => emptyAggregate(scale)).toThrow(RangeError);
  });
});

describe('addValue', () => {
  it('counts the value in n, sum, sum of squares and its histogram point, without changing the input', () => {
    const empty = emptyAggregate(agreement);
    const one = addValue(empty, 4);
    expect(addValue(one, 2)).toEqual({ n: 2, sum: 6, sumSquares: 20, histogram: { min: 1, counts: [0, 1, 0, 1, 0] } });
    expect(empty.n).toBe(0);
    expect(one.histogram.counts).toEqual([0, 0, 0, 1, 0]);
  });

  it('counts 0 on the 0–10 scale at index 0', () => {
    expect(addValue(emptyAggregate(recommendation), 0).histogram.counts[0]).toBe(1);
  });

  it.each([0, 6, 2.5, Number.NaN])('refuses %s on the 1–5 scale', (value) => {
    expect(() => addValue(emptyAggregate(agreement), value)).toThrow(RangeError);
  });
});

describe('aggregateFromValues', () => {
  it('skips "can\'t judge" (null)', () => {
    expect(aggregateFromValues(agreement, [5, null, 3, 5])).toEqual({
      n: 3,
      sum: 13,
      sumSquares: 59,
      histogram: { min: 1, counts: [0, 0, 1, 0, 2] },
    });
  });

  it('equals adding the values one by one', () => {
    const values = [1, 2, 2, 5, 4, 4, 4];
    expect(aggregateFromValues(agreement, values)).toEqual(values.reduce(addValue, emptyAggregate(agreement)));
  });
});

describe('mergeAggregates', () => {
  const values = fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 30 });
  const aggregate = values.map((list) => aggregateFromValues(agreement, list));

  it('is commutative', () => {
    fc.assert(
      fc.property(aggregate, aggregate, (a, b) => {
        expect(mergeAggregates(a, b)).toEqual(mergeAggregates(b, a));
      }),
    );
  });

  it('is associative', () => {
    fc.assert(
      fc.property(aggregate, aggregate, aggregate, (a, b, c) => {
        expect(mergeAggregates(mergeAggregates(a, b), c)).toEqual(mergeAggregates(a, mergeAggregates(b, c)));
      }),
    );
  });

  it('has the empty aggregate as identity', () => {
    fc.assert(
      fc.property(aggregate, (a) => {
        expect(mergeAggregates(a, emptyAggregate(agreement))).toEqual(a);
      }),
    );
  });

  it('gives the aggregate of all the answers of the merged cells', () => {
    fc.assert(
      fc.property(fc.array(values, { maxLength: 6 }), (cells) => {
        const merged = mergeAllAggregates(
          agreement,
          cells.map((cell) => aggregateFromValues(agreement, cell)),
        );
        expect(merged).toEqual(aggregateFromValues(agreement, cells.flat()));
      }),
    );
  });

  it('refuses aggregates of different scales', () => {
    expect(() => mergeAggregates(emptyAggregate(agreement), emptyAggregate(recommendation))).toThrow(RangeError);
  });
});
