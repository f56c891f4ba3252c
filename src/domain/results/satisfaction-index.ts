import type { ScaleRange } from './aggregate.js';

export interface DimensionScore {
  dimension: string;
  /** Mean perception rating of the dimension; null without answers. */
  performance: number | null;
  /** Mean importance of the dimension; null when not asked or not answered. */
  importance: number | null;
}

export interface SatisfactionIndex {
  /** 0 (every rating at the bottom of the scale) … 100 (every rating at the top); null without data. */
  index: number | null;
  /** The weights used: the importance means, normalised to sum to 1. */
  weights: { dimension: string; weight: number }[];
  /** Dimensions left out because their performance or importance mean is missing. */
  leftOut: string[];
}

const AGREEMENT_SCALE: ScaleRange = { min: 1, max: 5 };

/**
 * The weighted satisfaction index: the importance-weighted mean of the dimensions'
 * performance, rescaled to 0–100 ((mean − 1) / 4 · 100 on the 1–5 scale). Dimensions without
 * both means are left out and the others' weights renormalised. For an unweighted index pass
 * the same importance for every dimension.
 */
export function computeSatisfactionIndex(dimensions: readonly DimensionScore[], scale: ScaleRange = AGREEMENT_SCALE): SatisfactionIndex {
  const used = dimensions.flatMap(({ dimension, performance, importance }) =>
    performance === null || importance === null ? [] : [{ dimension, performance, importance }],
  );
  const leftOut = dimensions.filter((score) => score.performance === null || score.importance === null).map((score) => score.dimension);
  const totalImportance = used.reduce((sum, score) => sum + score.importance, 0);
  if (used.length === 0 || totalImportance <= 0) return { index: null, weights: [], leftOut };
  const weights = used.map((score) => ({ dimension: score.dimension, weight: score.importance / totalImportance }));
  const weightedMean = used.reduce((sum, score) => sum + score.performance * score.importance, 0) / totalImportance;
  return { index: ((weightedMean - scale.min) / (scale.max - scale.min)) * 100, weights, leftOut };
}
