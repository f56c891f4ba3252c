/**
 * A cell aggregate: everything the results need from the answers of one cell (one question or
 * dimension, one provider, one customer group, one wave), kept so that results never rescan
 * answers. Aggregates are additive: a group's aggregate is the merge of its cells' aggregates,
 * and merging is associative and commutative, so the order of merging never matters.
 */

/** The integer points of a scale, e.g. 1 … 5 for agreement, 0 … 10 for recommendation. */
export interface ScaleRange {
  min: number;
  max: number;
}

/** How many answers gave each point: `counts[i]` counts the value `min + i`, up to the scale's max. */
export interface Histogram {
  min: number;
  counts: number[];
}

export interface Aggregate {
  /** Answers counted ("can't judge" is not an answer here). */
  n: number;
  sum: number;
  sumSquares: number;
  histogram: Histogram;
}

/** An aggregate of no answers on the given scale. */
export function emptyAggregate(scale: ScaleRange): Aggregate {
  if (!Number.isInteger(scale.min) || !Number.isInteger(scale.max) || scale.max <= scale.min) {
    throw new RangeError(`not a scale: ${scale.min} … ${scale.max}`);
  }
  return { n: 0, sum: 0, sumSquares: 0, histogram: { min: scale.min, counts: new Array<number>(scale.max - scale.min + 1).fill(0) } };
}

/** The scale an aggregate counts on. */
export function scaleOf(aggregate: Aggregate): ScaleRange {
  const { min, counts } = aggregate.histogram;
  return { min, max: min + counts.length - 1 };
}

/** The aggregate with one more answer. */
export function addValue(aggregate: Aggregate, value: number): Aggregate {
  const counts = [...aggregate.histogram.counts];
  counts[indexOf(aggregate, value)]! += 1;
  return {
    n: aggregate.n + 1,
    sum: aggregate.sum + value,
    sumSquares: aggregate.sumSquares + value * value,
    histogram: { min: aggregate.histogram.min, counts },
  };
}

/**
 * The aggregate with one more respondent-level score, which may lie between the points (a
 * dimension's score is the mean of the respondent's items): sum and sum of squares take it
 * exactly, the histogram counts it at the nearest point (halves round up).
 */
export function addScore(aggregate: Aggregate, value: number): Aggregate {
  const copy = { ...aggregate, histogram: { min: aggregate.histogram.min, counts: [...aggregate.histogram.counts] } };
  countScore(copy, value);
  return copy;
}

/**
 * Counts one more score into an aggregate in place, as addScore does. For builders that own
 * their aggregates until they hand them out: a wave's build counts millions of scores, and a
 * copy per score is garbage that a large wave's build keeps the heap grown by.
 */
export function countScore(aggregate: Aggregate, value: number): void {
  const { min, max } = scaleOf(aggregate);
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new RangeError(`${value} is not on the scale ${min} … ${max}`);
  }
  aggregate.n += 1;
  aggregate.sum += value;
  aggregate.sumSquares += value * value;
  aggregate.histogram.counts[Math.round(value) - min]! += 1;
}

/** The aggregate of the answers of both; both must count on the same scale. */
export function mergeAggregates(first: Aggregate, second: Aggregate): Aggregate {
  const a = first.histogram;
  const b = second.histogram;
  if (a.min !== b.min || a.counts.length !== b.counts.length) {
    throw new RangeError('cannot merge aggregates of different scales');
  }
  return {
    n: first.n + second.n,
    sum: first.sum + second.sum,
    sumSquares: first.sumSquares + second.sumSquares,
    histogram: { min: a.min, counts: a.counts.map((count, index) => count + (b.counts[index] ?? 0)) },
  };
}

/** The merge of any number of aggregates on one scale (the empty aggregate for none). */
export function mergeAllAggregates(scale: ScaleRange, aggregates: readonly Aggregate[]): Aggregate {
  return aggregates.reduce(mergeAggregates, emptyAggregate(scale));
}

/** The aggregate of a list of answers; `null` ("can't judge") is not counted. */
export function aggregateFromValues(scale: ScaleRange, values: readonly (number | null)[]): Aggregate {
  const aggregate = emptyAggregate(scale);
  for (const value of values) {
    if (value === null) continue;
    aggregate.histogram.counts[indexOf(aggregate, value)]! += 1;
    aggregate.n += 1;
    aggregate.sum += value;
    aggregate.sumSquares += value * value;
  }
  return aggregate;
}

// A value off the scale means the stored answers are corrupt: a bug, not a user's mistake.
function indexOf(aggregate: Aggregate, value: number): number {
  const { min, max } = scaleOf(aggregate);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${value} is not a point of the scale ${min} … ${max}`);
  }
  return value - min;
}
