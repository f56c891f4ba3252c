import { compareByName, groupChildren, type TreeUnit } from '../units/unit-tree';

/** Where a unit sits on the map: x/y, its ring (depth) and its top-level branch (for colour). */
export interface MapPosition {
  x: number;
  y: number;
  depth: number;
  branch: number;
}

/** Spacing of the radial layout in abstract map units (the chart scales them to fit). */
export interface RadialLayoutOptions {
  /** Minimum distance between two rings. */
  ringGap?: number;
  /** Wished-for arc length per unit on a ring; crowded rings grow to honour it. */
  unitSpacing?: number;
}

interface Placement {
  unit: TreeUnit;
  depth: number;
  start: number;
  end: number;
  branch: number;
}

/**
 * Lays units out as a radial tree: the root at the centre (or, with several roots, the
 * roots on the first ring), depth = ring, each unit in an angle sector of its parent sized
 * by its number of leaves. Pure and deterministic: the same units give the same positions.
 */
export function layoutRadialTree(units: readonly TreeUnit[], options: RadialLayoutOptions = {}): Map<string, MapPosition> {
  const ringGap = options.ringGap ?? 100;
  const unitSpacing = options.unitSpacing ?? 24;
  const children = groupChildren(units);
  const roots = findRoots(units, children);
  const leafCounts = countLeaves(children, roots);
  const hasSingleRoot = roots.length === 1;

  // Assign each unit an angle sector, breadth first (no recursion: trees may be deep).
  const placements: Placement[] = [];
  const visited = new Set<string>();
  const total = roots.reduce((sum, root) => sum + (leafCounts.get(root.id) ?? 1), 0);
  let cursor = -Math.PI / 2;
  const queue: Placement[] = roots.map((root, index) => {
    const width = (2 * Math.PI * (leafCounts.get(root.id) ?? 1)) / total;
    const placement = { unit: root, depth: hasSingleRoot ? 0 : 1, start: cursor, end: cursor + width, branch: index };
    cursor += width;
    return placement;
  });
  for (let head = 0; head < queue.length; head++) {
    const placement = queue[head] as Placement;
    if (visited.has(placement.unit.id)) continue;
    visited.add(placement.unit.id);
    placements.push(placement);
    const kids = (children.get(placement.unit.id) ?? []).filter((child) => !visited.has(child.id));
    const kidLeaves = kids.reduce((sum, child) => sum + (leafCounts.get(child.id) ?? 1), 0);
    let start = placement.start;
    kids.forEach((child, index) => {
      const width = ((placement.end - placement.start) * (leafCounts.get(child.id) ?? 1)) / kidLeaves;
      // Under a single root, each child of the root starts its own branch (colour).
      const branch = hasSingleRoot && placement.depth === 0 ? index : placement.branch;
      queue.push({ unit: child, depth: placement.depth + 1, start, end: start + width, branch });
      start += width;
    });
  }

  const radii = ringRadii(placements, ringGap, unitSpacing);
  const positions = new Map<string, MapPosition>();
  for (const { unit, depth, start, end, branch } of placements) {
    const radius = radii[depth] ?? 0;
    const angle = (start + end) / 2;
    positions.set(unit.id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle), depth, branch });
  }
  return positions;
}

/** Roots by name; units caught in a parent cycle become extra roots so that every unit is placed. */
function findRoots(units: readonly TreeUnit[], children: ReadonlyMap<string, TreeUnit[]>): TreeUnit[] {
  const roots = [...(children.get('') ?? [])];
  const reached = new Set<string>();
  const mark = (start: TreeUnit) => {
    const stack = [start];
    while (stack.length > 0) {
      const unit = stack.pop() as TreeUnit;
      if (reached.has(unit.id)) continue;
      reached.add(unit.id);
      stack.push(...(children.get(unit.id) ?? []));
    }
  };
  roots.forEach(mark);
  for (const unit of [...units].sort(compareByName)) {
    if (reached.has(unit.id)) continue;
    roots.push(unit);
    mark(unit);
  }
  return roots;
}

/** Number of leaves below each unit (a leaf counts 1), computed bottom-up without recursion. */
function countLeaves(children: ReadonlyMap<string, TreeUnit[]>, roots: readonly TreeUnit[]): Map<string, number> {
  const order: TreeUnit[] = [];
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const unit = stack.pop() as TreeUnit;
    if (seen.has(unit.id)) continue;
    seen.add(unit.id);
    order.push(unit);
    stack.push(...(children.get(unit.id) ?? []));
  }
  const counts = new Map<string, number>();
  for (let index = order.length - 1; index >= 0; index--) {
    const unit = order[index] as TreeUnit;
    const kids = (children.get(unit.id) ?? []).filter((child) => counts.has(child.id));
    counts.set(unit.id, kids.length === 0 ? 1 : kids.reduce((sum, child) => sum + (counts.get(child.id) ?? 0), 0));
  }
  return counts;
}

/** Radius of each ring: at least one gap beyond the previous ring, wider when the ring is crowded. */
function ringRadii(placements: readonly Placement[], ringGap: number, unitSpacing: number): number[] {
  const perDepth: number[] = [];
  for (const { depth } of placements) perDepth[depth] = (perDepth[depth] ?? 0) + 1;
  const radii: number[] = [];
  for (let depth = 0; depth < perDepth.length; depth++) {
    const count = perDepth[depth] ?? 0;
    const previous = depth === 0 ? -ringGap : (radii[depth - 1] ?? 0);
    const isCentre = depth === 0 && count === 1;
    radii[depth] = isCentre ? 0 : Math.max(previous + ringGap, (count * unitSpacing) / (2 * Math.PI));
  }
  return radii;
}
