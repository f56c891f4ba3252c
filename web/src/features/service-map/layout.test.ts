import { describe, expect, it } from 'vitest';
import { layoutRadialTree } from './layout';

interface TestUnit {
  id: string;
  name: string;
  parentId: string | null;
}

/** A deterministic pseudo-random tree of `count` units under one root. */
function buildTree(count: number, seed = 7): TestUnit[] {
  // Park–Miller: small enough to stay exact in floating point.
  let state = seed;
  const random = () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
  const units: TestUnit[] = [{ id: 'u0', name: 'Company', parentId: null }];
  for (let index = 1; index < count; index++) {
    // Prefer recent units as parents so that the tree gets deep as well as wide.
    const parent = units[index - 1 - Math.floor(random() * Math.min(index, 40))] as TestUnit;
    units.push({ id: `u${index}`, name: `Unit ${index % 17}`, parentId: parent.id });
  }
  return units;
}

const distance = (point: { x: number; y: number }) => Math.hypot(point.x, point.y);

const cases: { name: string; units: TestUnit[]; hasCycle?: boolean }[] = [
  { name: 'a single unit', units: [{ id: 'a', name: 'A', parentId: null }] },
  {
    name: 'a chain',
    units: [
      { id: 'a', name: 'A', parentId: null },
      { id: 'b', name: 'B', parentId: 'a' },
      { id: 'c', name: 'C', parentId: 'b' },
    ],
  },
  {
    name: 'several roots',
    units: [
      { id: 'a', name: 'A', parentId: null },
      { id: 'b', name: 'B', parentId: null },
      { id: 'c', name: 'C', parentId: 'b' },
    ],
  },
  {
    name: 'an unknown parent',
    units: [
      { id: 'a', name: 'A', parentId: 'missing' },
      { id: 'b', name: 'B', parentId: 'a' },
    ],
  },
  {
    name: 'a parent cycle',
    hasCycle: true,
    units: [
      { id: 'root', name: 'Root', parentId: null },
      { id: 'a', name: 'A', parentId: 'b' },
      { id: 'b', name: 'B', parentId: 'a' },
    ],
  },
  {
    name: 'equal names',
    units: [
      { id: 'r', name: 'R', parentId: null },
      { id: 'x1', name: 'X', parentId: 'r' },
      { id: 'x2', name: 'X', parentId: 'r' },
    ],
  },
  { name: '200 random units', units: buildTree(200) },
  { name: '1,000 random units', units: buildTree(1000, 42) },
];

describe('layoutRadialTree', () => {
  it.each(cases)('places every unit at a finite position: $name', ({ units }) => {
    const positions = layoutRadialTree(units);
    expect(positions.size).toBe(units.length);
    for (const position of positions.values()) {
      expect(Number.isFinite(position.x)).toBe(true);
      expect(Number.isFinite(position.y)).toBe(true);
    }
  });

  it.each(cases)('gives distinct units distinct positions: $name', ({ units }) => {
    const positions = [...layoutRadialTree(units).values()];
    const keys = new Set(positions.map((position) => `${position.x.toFixed(6)},${position.y.toFixed(6)}`));
    expect(keys.size).toBe(units.length);
  });

  it.each(cases.filter((testCase) => !testCase.hasCycle))('puts children one ring farther out than their parent: $name', ({ units }) => {
    const positions = layoutRadialTree(units);
    for (const unit of units) {
      const parent = unit.parentId === null ? undefined : positions.get(unit.parentId);
      const child = positions.get(unit.id);
      if (!parent || !child) continue;
      expect(child.depth).toBe(parent.depth + 1);
      expect(distance(child)).toBeGreaterThan(distance(parent));
    }
  });

  it('puts a single root at the centre', () => {
    const positions = layoutRadialTree(buildTree(50));
    expect(positions.get('u0')).toMatchObject({ x: 0, y: 0, depth: 0 });
  });

  it('is deterministic, whatever the input order', () => {
    const units = buildTree(300);
    const forward = layoutRadialTree(units);
    const backward = layoutRadialTree([...units].reverse());
    for (const unit of units) expect(backward.get(unit.id)).toEqual(forward.get(unit.id));
  });

  it('lays out 1,000 units in well under a second', () => {
    const units = buildTree(1000, 3);
    const started = performance.now();
    layoutRadialTree(units);
    expect(performance.now() - started).toBeLessThan(250);
  });
});
