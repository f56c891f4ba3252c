import { describe, expect, it } from 'vitest';
import { collectSubtree, groupChildren, listAncestry } from './unit-tree';

const units = [
  { id: 'c', name: 'Company', parentId: null },
  { id: 'it', name: 'IT', parentId: 'c' },
  { id: 'sup', name: 'Support', parentId: 'it' },
  { id: 'fin', name: 'Finance', parentId: 'c' },
  { id: 'orphan', name: 'Orphan', parentId: 'missing' },
];

describe('groupChildren', () => {
  it.each([
    ['', ['Company', 'Orphan']],
    ['c', ['Finance', 'IT']],
    ['it', ['Support']],
  ])('children of %j are %j', (parent, names) => {
    expect(
      groupChildren(units)
        .get(parent)
        ?.map((unit) => unit.name),
    ).toEqual(names);
  });
});

describe('collectSubtree', () => {
  it.each([
    ['c', ['c', 'it', 'sup', 'fin']],
    ['it', ['it', 'sup']],
    ['sup', ['sup']],
  ])('subtree of %s', (id, expected) => {
    expect([...collectSubtree(id, groupChildren(units))].sort()).toEqual([...expected].sort());
  });
});

describe('listAncestry', () => {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  it('walks up to the root', () => {
    expect(listAncestry('sup', byId).map((unit) => unit.id)).toEqual(['c', 'it', 'sup']);
  });
  it('stops on a cycle', () => {
    const cyclic = new Map([
      ['a', { id: 'a', name: 'A', parentId: 'b' }],
      ['b', { id: 'b', name: 'B', parentId: 'a' }],
    ]);
    expect(listAncestry('a', cyclic).map((unit) => unit.id)).toEqual(['b', 'a']);
  });
});
