import type { Unit } from '../org/unit.js';

/**
 * The cycles in a tree-to-be, each as the unit ids along it. Every unit has at most one
 * parent, so one walk up from each unit finds every cycle once, in linear time.
 */
export function findCycles(units: readonly Unit[]): string[][] {
  const parentOf = new Map(units.map((unit) => [unit.id, unit.parentId]));
  const walkOf = new Map<string, number>();
  const cycles: string[][] = [];
  units.forEach((start, walk) => {
    const trail: string[] = [];
    let current: string | null | undefined = start.id;
    while (current !== null && current !== undefined && !walkOf.has(current)) {
      walkOf.set(current, walk);
      trail.push(current);
      current = parentOf.get(current);
    }
    // Meeting a unit of this very walk again means the walk went round in a circle.
    if (current !== null && current !== undefined && walkOf.get(current) === walk) cycles.push(trail.slice(trail.indexOf(current)));
  });
  return cycles;
}

/** Groups of two or more units with the same parent and the same name (ignoring case). */
export function findSiblingNameClashes(units: readonly Unit[]): Unit[][] {
  const groups = new Map<string, Unit[]>();
  for (const unit of units) {
    const key = `${unit.parentId ?? ''}\u0000${unit.name.toLowerCase()}`;
    const group = groups.get(key);
    if (group) group.push(unit);
    else groups.set(key, [unit]);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}
