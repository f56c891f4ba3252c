import { DomainError } from '../../errors.js';

/** The part of a unit the anonymity engine needs: where it sits in the tree. */
export interface UnitPlacement {
  id: string;
  parentId: string | null;
}

/** The unit tree (or trees, when there are several top units) with each unit's depth. */
export interface UnitForest {
  has(unitId: string): boolean;
  parentOf(unitId: string): string | null;
  depthOf(unitId: string): number;
}

/** Reads the unit tree; a duplicate id, an unknown parent or a cycle is a validation error. */
export function buildUnitForest(units: readonly UnitPlacement[]): UnitForest {
  const parents = new Map<string, string | null>();
  for (const unit of units) {
    if (parents.has(unit.id)) throw new DomainError('validation', `units: "${unit.id}" appears twice`);
    parents.set(unit.id, unit.parentId);
  }
  for (const [id, parentId] of parents) {
    if (parentId !== null && !parents.has(parentId)) throw new DomainError('validation', `units: the parent of "${id}" is not a unit`);
  }
  const depths = new Map<string, number>();
  for (const id of parents.keys()) {
    // Walk up to a unit of known depth, then number the path on the way back down.
    const path: string[] = [];
    let current: string | null = id;
    while (current !== null && !depths.has(current)) {
      if (path.length > parents.size) throw new DomainError('validation', `units: "${id}" lies below itself`);
      path.push(current);
      current = parents.get(current) ?? null;
    }
    let depth = current === null ? -1 : (depths.get(current) as number);
    for (let index = path.length - 1; index >= 0; index -= 1) {
      depth += 1;
      depths.set(path[index] as string, depth);
    }
  }
  return {
    has: (unitId) => parents.has(unitId),
    parentOf: (unitId) => parents.get(unitId) ?? null,
    depthOf: (unitId) => depths.get(unitId) ?? 0,
  };
}

/** The lowest unit above or at all the given units, or null when they lie under different top units. */
export function findLowestCommonUnit(forest: UnitForest, unitIds: readonly string[]): string | null {
  let common: string | null = unitIds[0] ?? null;
  for (const unitId of unitIds.slice(1)) {
    if (common === null) return null;
    let left: string | null = common;
    let right: string | null = unitId;
    while (left !== null && right !== null && left !== right) {
      const leftDepth = forest.depthOf(left);
      const rightDepth = forest.depthOf(right);
      if (leftDepth >= rightDepth) left = forest.parentOf(left);
      if (rightDepth >= leftDepth) right = forest.parentOf(right);
    }
    common = left === right ? left : null;
  }
  return common;
}
