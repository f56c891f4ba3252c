/** The minimum a unit needs to take part in a tree. */
export interface TreeUnit {
  id: string;
  name: string;
  parentId: string | null;
}

/** Children by parent id ('' for roots), each list sorted by name; units whose parent is unknown count as roots. */
export function groupChildren<T extends TreeUnit>(units: readonly T[]): Map<string, T[]> {
  const ids = new Set(units.map((unit) => unit.id));
  const children = new Map<string, T[]>();
  for (const unit of units) {
    const key = unit.parentId !== null && ids.has(unit.parentId) && unit.parentId !== unit.id ? unit.parentId : '';
    const list = children.get(key);
    if (list) list.push(unit);
    else children.set(key, [unit]);
  }
  for (const list of children.values()) list.sort(compareByName);
  return children;
}

/** Sorts by name, then id, so that equal names keep a stable order. */
export function compareByName(left: TreeUnit, right: TreeUnit): number {
  return left.name.localeCompare(right.name) || (left.id < right.id ? -1 : left.id > right.id ? 1 : 0);
}

/** The ids of a unit and of all units below it (cycle-safe). */
export function collectSubtree(unitId: string, children: ReadonlyMap<string, readonly TreeUnit[]>): Set<string> {
  const seen = new Set<string>([unitId]);
  const stack = [unitId];
  while (stack.length > 0) {
    const current = stack.pop() as string;
    for (const child of children.get(current) ?? []) {
      if (seen.has(child.id)) continue;
      seen.add(child.id);
      stack.push(child.id);
    }
  }
  return seen;
}

/** The chain from the root down to the unit itself, following parentId (cycle-safe). */
export function listAncestry<T extends TreeUnit>(unitId: string, byId: ReadonlyMap<string, T>): T[] {
  const chain: T[] = [];
  const seen = new Set<string>();
  let current = byId.get(unitId);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    chain.unshift(current);
    current = current.parentId === null ? undefined : byId.get(current.parentId);
  }
  return chain;
}

/** Full paths ("Company/IT/Support") of all units, built from parentId. */
export function buildUnitPaths(units: readonly TreeUnit[]): Map<string, string> {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const paths = new Map<string, string>();
  for (const unit of units) {
    if (!paths.has(unit.id))
      paths.set(
        unit.id,
        listAncestry(unit.id, byId)
          .map((ancestor) => ancestor.name)
          .join('/'),
      );
  }
  return paths;
}
