import { describe, expect, it } from 'vitest';
import { computeSatisfactionIndex, type DimensionScore } from './satisfaction-index.js';

const score = (dimension: string, performance: number | null, importance: number | null): DimensionScore => ({
  dimension,
  performance,
  importance,
});

describe('computeSatisfactionIndex', () => {
  it.each([
    // (4·5 + 2·3) / 8 = 3.25 → (3.25 − 1) / 4 · 100 = 56.25.
    ['weights by importance', [score('reliability', 4, 5), score('courtesy', 2, 3)], 56.25],
    // Equal importance: plain mean 3 → 50.
    ['equal importance is the plain mean', [score('reliability', 4, 2), score('courtesy', 2, 2)], 50],
    ['all at the top is 100', [score('reliability', 5, 4), score('courtesy', 5, 1)], 100],
    ['all at the bottom is 0', [score('reliability', 1, 4), score('courtesy', 1, 1)], 0],
    // (3.6·4.5 + 4.2·3.0 + 2.8·4.0) / 11.5 = 40 / 11.5 = 3.478261 → 61.956522.
    ['three dimensions', [score('reliability', 3.6, 4.5), score('courtesy', 4.2, 3.0), score('responsiveness', 2.8, 4.0)], 61.956522],
  ])('%s', (_name, dimensions, expected) => {
    expect(computeSatisfactionIndex(dimensions).index).toBeCloseTo(expected, 6);
  });

  it('normalises the importance means into weights', () => {
    expect(computeSatisfactionIndex([score('reliability', 4, 5), score('courtesy', 2, 3)]).weights).toEqual([
      { dimension: 'reliability', weight: 0.625 },
      { dimension: 'courtesy', weight: 0.375 },
    ]);
  });

  it('leaves out dimensions without data and renormalises the rest', () => {
    const result = computeSatisfactionIndex([score('reliability', 4, 5), score('courtesy', null, 3), score('transparency', 2, null)]);
    expect(result).toEqual({ index: 75, weights: [{ dimension: 'reliability', weight: 1 }], leftOut: ['courtesy', 'transparency'] });
  });

  it('has no index without any dimension with both means', () => {
    expect(computeSatisfactionIndex([score('reliability', null, 5)])).toEqual({ index: null, weights: [], leftOut: ['reliability'] });
    expect(computeSatisfactionIndex([])).toEqual({ index: null, weights: [], leftOut: [] });
  });

  it('rescales on another scale', () => {
    // Satisfaction 0–10 at 7.5 → 75.
    expect(computeSatisfactionIndex([score('overall', 7.5, 1)], { min: 0, max: 10 }).index).toBe(75);
  });
});
