import { describe, expect, it } from 'vitest';
import { placeInGrid, quadrantOf, SCALE_MIDPOINT_CROSSHAIRS, type DimensionMeans } from './importance-performance.js';

const dimension = (name: string, performance: number, importance: number): DimensionMeans => ({ dimension: name, performance, importance });

describe('quadrantOf', () => {
  const crosshairs = { performance: 3.5, importance: 4 };

  it.each([
    ['important, performing badly', 3.0, 4.5, 'concentrate-here'],
    ['important, performing well', 4.2, 4.5, 'keep-up-the-good-work'],
    ['unimportant, performing badly', 3.0, 3.0, 'low-priority'],
    ['unimportant, performing well', 4.2, 3.0, 'possible-overkill'],
    ['on both crosshairs counts as high', 3.5, 4, 'keep-up-the-good-work'],
    ['on the importance crosshair, performing badly', 3.4, 4, 'concentrate-here'],
    ['on the performance crosshair, unimportant', 3.5, 3.9, 'possible-overkill'],
  ])('%s', (_name, performance, importance, quadrant) => {
    expect(quadrantOf({ performance, importance }, crosshairs)).toBe(quadrant);
  });
});

describe('placeInGrid', () => {
  // Grand means: performance (3.0 + 4.0 + 3.5 + 4.5) / 4 = 3.75, importance (4.8 + 4.6 + 3.2 + 3.4) / 4 = 4.0.
  const dimensions = [
    dimension('responsiveness', 3.0, 4.8),
    dimension('reliability', 4.0, 4.6),
    dimension('transparency', 3.5, 3.2),
    dimension('courtesy', 4.5, 3.4),
  ];

  it('splits at the grand means by default', () => {
    const grid = placeInGrid(dimensions);
    expect(grid.crosshairs.performance).toBeCloseTo(3.75, 12);
    expect(grid.crosshairs.importance).toBeCloseTo(4, 12);
    expect(grid.points.map((point) => [point.dimension, point.quadrant])).toEqual([
      ['responsiveness', 'concentrate-here'],
      ['reliability', 'keep-up-the-good-work'],
      ['transparency', 'low-priority'],
      ['courtesy', 'possible-overkill'],
    ]);
  });

  it('splits at given crosshairs, such as the scale midpoints', () => {
    const grid = placeInGrid(dimensions, SCALE_MIDPOINT_CROSSHAIRS);
    expect(grid.crosshairs).toEqual({ performance: 3, importance: 3 });
    // Every importance is above 3 and every performance at or above 3: nothing needs concentration.
    expect(grid.points.map((point) => point.quadrant)).toEqual([
      'keep-up-the-good-work',
      'keep-up-the-good-work',
      'keep-up-the-good-work',
      'keep-up-the-good-work',
    ]);
  });

  it('keeps the means of each point', () => {
    expect(placeInGrid([dimension('competence', 4.1, 4.4)]).points).toEqual([
      { dimension: 'competence', performance: 4.1, importance: 4.4, quadrant: 'keep-up-the-good-work' },
    ]);
  });

  it('has no points and midpoint crosshairs without dimensions', () => {
    expect(placeInGrid([])).toEqual({ crosshairs: SCALE_MIDPOINT_CROSSHAIRS, points: [] });
  });
});
