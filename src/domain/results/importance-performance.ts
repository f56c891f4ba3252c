/**
 * Importance–performance analysis after Martilla & James (1977), "Importance-Performance
 * Analysis", Journal of Marketing 41(1): each dimension is placed by its importance mean and
 * performance mean into one of four quadrants, split by crosshairs.
 */

import type { Quadrant } from '../../contract/vocabulary.js';

/**
 * The quadrants: concentrate-here (important, but performance is low: fix this first);
 * keep-up-the-good-work (important, and performance is high); low-priority (not so
 * important, and performance is low); possible-overkill (not so important, but performance
 * is high: effort may be better spent elsewhere).
 */
export type { Quadrant };

export interface DimensionMeans {
  dimension: string;
  performance: number;
  importance: number;
}

export interface Crosshairs {
  performance: number;
  importance: number;
}

export interface ImportancePerformanceGrid {
  crosshairs: Crosshairs;
  points: (DimensionMeans & { quadrant: Quadrant })[];
}

/** Crosshairs at the middle of the 1–5 scales, an alternative to the grand means. */
export const SCALE_MIDPOINT_CROSSHAIRS: Crosshairs = { performance: 3, importance: 3 };

/**
 * Places each dimension in its quadrant. The crosshairs are the grand means unless given:
 * the mean of the dimensions' performance means and of their importance means, each
 * dimension counting once (with no dimensions, the scale midpoints). A point on a crosshair
 * counts as high.
 */
export function placeInGrid(dimensions: readonly DimensionMeans[], crosshairs?: Crosshairs): ImportancePerformanceGrid {
  const lines = crosshairs ?? grandMeans(dimensions);
  return { crosshairs: lines, points: dimensions.map((point) => ({ ...point, quadrant: quadrantOf(point, lines) })) };
}

/** The quadrant of one point for given crosshairs; on a crosshair counts as high. */
export function quadrantOf(point: { performance: number; importance: number }, crosshairs: Crosshairs): Quadrant {
  const isImportant = point.importance >= crosshairs.importance;
  const performsWell = point.performance >= crosshairs.performance;
  if (isImportant) return performsWell ? 'keep-up-the-good-work' : 'concentrate-here';
  return performsWell ? 'possible-overkill' : 'low-priority';
}

function grandMeans(dimensions: readonly DimensionMeans[]): Crosshairs {
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  if (dimensions.length === 0) return SCALE_MIDPOINT_CROSSHAIRS;
  return {
    performance: mean(dimensions.map((point) => point.performance)),
    importance: mean(dimensions.map((point) => point.importance)),
  };
}
