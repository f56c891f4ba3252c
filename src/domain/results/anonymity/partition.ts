import { findLowestCommonUnit, type UnitForest } from './unit-forest.js';

/**
 * A group of respondent units whose data is only ever released together: it holds at least
 * k data points, and no released figure includes part of it.
 */
export interface UnitGroup {
  /** The unit the group is named after: the lowest unit above all its units; null when the group spans several top units. */
  labelUnitId: string | null;
  /**
   * The respondent units whose data the group holds (each with at least one data point): the
   * cells to merge. Show the label instead; a list would tell which small units answered at all.
   */
  unitIds: string[];
  /** The number of data points, at least k. */
  n: number;
  /** True when a remainder of fewer than k, left over at the top of the tree, was merged into this group. */
  isMerged: boolean;
}

/**
 * Partitions respondent units into groups of at least k data points, following the unit tree
 * and not any query, so that every figure built from whole groups differs from every other
 * by whole groups (0 or at least k).
 *
 * The tree is walked bottom-up. A unit's residual is its own count plus what its children
 * passed up; when the residual reaches k the unit forms a group (its own respondents and the
 * residue below it), otherwise the residual moves on to the parent. A unit with at least k
 * and nothing left over below it is a group of its own: a visible cell. A residue of fewer
 * than k left at the top is merged into the nearest group: the one formed last below the
 * lowest unit above the residue that has any group below it; the merged group is renamed to
 * that unit. With fewer than k in all there is no group and nothing is released.
 *
 * Only units with data and the units above them are visited: O(units with data × depth).
 */
export function partitionUnits(options: { forest: UnitForest; counts: ReadonlyMap<string, number>; k: number }): UnitGroup[] {
  const { forest, counts, k } = options;
  const children = new Map<string | null, string[]>();
  const visited = new Set<string>();
  for (const [unitId, n] of counts) {
    if (n <= 0) continue;
    let current: string | null = unitId;
    while (current !== null && !visited.has(current)) {
      visited.add(current);
      const parentId = forest.parentOf(current);
      const siblings = children.get(parentId) ?? [];
      siblings.push(current);
      children.set(parentId, siblings);
      current = parentId;
    }
  }
  // Sorted children make the groups independent of the order the data came in.
  for (const list of children.values()) list.sort();

  const groups: UnitGroup[] = [];
  const lastGroupBelow = new Map<string | null, number>();
  const visit = (unitId: string | null): { unitIds: string[]; n: number } => {
    const own = unitId === null ? 0 : (counts.get(unitId) ?? 0);
    const residue = { unitIds: own > 0 ? [unitId as string] : [], n: Math.max(own, 0) };
    let lastGroup: number | undefined;
    for (const child of children.get(unitId) ?? []) {
      const passed = visit(child);
      residue.unitIds.push(...passed.unitIds);
      residue.n += passed.n;
      lastGroup = lastGroupBelow.get(child) ?? lastGroup;
    }
    if (residue.n >= k) {
      groups.push({ labelUnitId: unitId, unitIds: residue.unitIds, n: residue.n, isMerged: false });
      lastGroupBelow.set(unitId, groups.length - 1);
      return { unitIds: [], n: 0 };
    }
    if (lastGroup !== undefined) lastGroupBelow.set(unitId, lastGroup);
    return residue;
  };
  const leftover = visit(null);
  if (leftover.n === 0) return groups;
  if (groups.length === 0) return [];

  // The residue passed through every unit above it, so none of them formed a group.
  let nearest = findLowestCommonUnit(forest, leftover.unitIds);
  while (nearest !== null && !lastGroupBelow.has(nearest)) nearest = forest.parentOf(nearest);
  const index = lastGroupBelow.get(nearest) as number;
  const target = groups[index] as UnitGroup;
  groups[index] = {
    labelUnitId: nearest,
    unitIds: [...target.unitIds, ...leftover.unitIds],
    n: target.n + leftover.n,
    isMerged: true,
  };
  return groups;
}
