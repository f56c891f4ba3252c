import { describe, expect, it } from 'vitest';
import { rankWeakPoints, type PerformanceCell } from './weak-points.js';

const cell = (
  providerId: string,
  dimension: string,
  performance: number | null,
  importance: number | null,
  customerGroupId: string | null = null,
): PerformanceCell => ({
  providerId,
  customerGroupId,
  dimension,
  performance,
  importance,
});

const summarise = (points: { providerId: string; customerGroupId: string | null; dimension: string; score: number }[]) =>
  points.map((point) => [point.providerId, point.customerGroupId, point.dimension, point.score]);

describe('rankWeakPoints', () => {
  it('ranks cells below the target by importance × shortfall', () => {
    const { belowTarget } = rankWeakPoints(
      [
        cell('it', 'responsiveness', 3.0, 4.0), // 4 × 1.0 = 4.0
        cell('it', 'transparency', 3.5, 5.0), // 5 × 0.5 = 2.5
        cell('it', 'courtesy', 2.5, 2.0), // 2 × 1.5 = 3.0
        cell('it', 'competence', 4.5, 5.0), // above target: no weak point
        cell('it', 'reliability', 4.0, 5.0), // on target: no weak point
      ],
      { benchmarks: {} },
    );
    expect(summarise(belowTarget)).toEqual([
      ['it', null, 'responsiveness', 4],
      ['it', null, 'courtesy', 3],
      ['it', null, 'transparency', 2.5],
    ]);
    expect(belowTarget[0]).toEqual({
      providerId: 'it',
      customerGroupId: null,
      dimension: 'responsiveness',
      performance: 3,
      reference: 4,
      gap: -1,
      weight: 4,
      score: 4,
    });
  });

  it('uses the given target', () => {
    const { belowTarget } = rankWeakPoints([cell('it', 'responsiveness', 3.5, 4), cell('it', 'courtesy', 4.2, 4)], {
      target: 4.5,
      benchmarks: {},
    });
    expect(summarise(belowTarget)).toEqual([
      ['it', null, 'responsiveness', 4],
      ['it', null, 'courtesy', expect.closeTo(1.2, 12)],
    ]);
  });

  it('ranks cells below the benchmark of their dimension, across providers', () => {
    const { belowBenchmark } = rankWeakPoints(
      [
        cell('it', 'responsiveness', 3.6, 4), // benchmark 3.8: 4 × 0.2 = 0.8
        cell('hr', 'responsiveness', 4.0, 4), // above the benchmark
        cell('hr', 'courtesy', 3.0, 3), // benchmark 4.0: 3 × 1.0 = 3.0
        cell('it', 'transparency', 2.0, 5), // no benchmark for the dimension
      ],
      { benchmarks: { responsiveness: 3.8, courtesy: 4.0 } },
    );
    expect(summarise(belowBenchmark)).toEqual([
      ['hr', null, 'courtesy', 3],
      ['it', null, 'responsiveness', expect.closeTo(0.8, 12)],
    ]);
  });

  it('weighs a cell without importance with the neutral 3, and skips cells without performance', () => {
    const { belowTarget } = rankWeakPoints([cell('it', 'courtesy', 3.0, null), cell('it', 'reliability', null, 5)], { benchmarks: {} });
    expect(belowTarget).toMatchObject([{ dimension: 'courtesy', weight: 3, score: 3 }]);
  });

  it('breaks ties by shortfall, then provider, customer group and dimension', () => {
    const { belowTarget } = rankWeakPoints(
      [
        cell('it', 'reliability', 3.0, 2, 'sales'), // 2 × 1 = 2
        cell('it', 'reliability', 3.0, 2, 'finance'), // 2
        cell('it', 'reliability', 3.0, 2), // 2, all customers
        cell('hr', 'reliability', 3.0, 2), // 2
        cell('it', 'courtesy', 3.0, 2), // 2
        cell('it', 'competence', 2.0, 1), // 1 × 2 = 2, but the larger shortfall
      ],
      { benchmarks: {} },
    );
    expect(belowTarget.map((point) => [point.providerId, point.customerGroupId, point.dimension])).toEqual([
      ['it', null, 'competence'],
      ['hr', null, 'reliability'],
      ['it', null, 'courtesy'],
      ['it', null, 'reliability'],
      ['it', 'finance', 'reliability'],
      ['it', 'sales', 'reliability'],
    ]);
  });

  it('finds nothing when every cell reaches the target and the benchmark', () => {
    expect(rankWeakPoints([cell('it', 'courtesy', 4.5, 5)], { benchmarks: { courtesy: 4.5 } })).toEqual({
      belowTarget: [],
      belowBenchmark: [],
    });
  });
});
