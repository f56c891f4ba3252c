/**
 * Weak points: cells whose performance falls short of the target or of the company
 * benchmark, ranked by how much that shortfall matters to the customers.
 */

export interface PerformanceCell {
  providerId: string;
  /** The customer group the cell describes; null for all of the provider's customers together. */
  customerGroupId: string | null;
  dimension: string;
  /** Mean perception rating; null without answers (the cell is then skipped). */
  performance: number | null;
  /** Mean importance; null when not asked, in which case the cell weighs NEUTRAL_IMPORTANCE. */
  importance: number | null;
}

export interface WeakPoint {
  providerId: string;
  customerGroupId: string | null;
  dimension: string;
  performance: number;
  /** The target or benchmark the cell falls short of. */
  reference: number;
  /** performance − reference: below zero for every weak point. */
  gap: number;
  /** The importance the shortfall is weighted with. */
  weight: number;
  /** weight × (reference − performance): the importance-weighted shortfall; higher is worse. */
  score: number;
}

export interface WeakPoints {
  /** Cells below the target, worst first. */
  belowTarget: WeakPoint[];
  /** Cells below the company benchmark of their dimension, worst first. */
  belowBenchmark: WeakPoint[];
}

export interface WeakPointOptions {
  /** The performance every cell should reach; DEFAULT_TARGET unless set. */
  target?: number;
  /** Per dimension the company benchmark: that dimension's mean over all providers. */
  benchmarks: Readonly<Partial<Record<string, number>>>;
}

export const DEFAULT_TARGET = 4;
/** The middle of the 1–5 importance scale: the weight of a cell whose importance was not asked. */
export const NEUTRAL_IMPORTANCE = 3;

/**
 * Ranks the cells that fall below the target and, separately, those below their dimension's
 * benchmark, by importance × shortfall, worst first. Ties go to the larger shortfall, then
 * by provider, customer group (all customers first) and dimension, so the order is stable.
 */
export function rankWeakPoints(cells: readonly PerformanceCell[], options: WeakPointOptions): WeakPoints {
  const target = options.target ?? DEFAULT_TARGET;
  return {
    belowTarget: rank(cells, () => target),
    belowBenchmark: rank(cells, (cell) => options.benchmarks[cell.dimension]),
  };
}

function rank(cells: readonly PerformanceCell[], referenceOf: (cell: PerformanceCell) => number | undefined): WeakPoint[] {
  const weakPoints = cells.flatMap((cell): WeakPoint[] => {
    const reference = referenceOf(cell);
    const { performance } = cell;
    if (performance === null || reference === undefined || performance >= reference) return [];
    const weight = cell.importance ?? NEUTRAL_IMPORTANCE;
    const { providerId, customerGroupId, dimension } = cell;
    const gap = performance - reference;
    return [{ providerId, customerGroupId, dimension, performance, reference, gap, weight, score: -weight * gap }];
  });
  return weakPoints.sort(
    (a, b) =>
      b.score - a.score ||
      a.gap - b.gap ||
      compareText(a.providerId, b.providerId) ||
      compareText(a.customerGroupId ?? '', b.customerGroupId ?? '') ||
      compareText(a.dimension, b.dimension),
  );
}

// Code-unit order rather than localeCompare: the same on every machine.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
