import { describe, expect, it } from 'vitest';
import type { Unit } from '../org/unit.js';
import type { ImportRow } from './import-plan.js';
import { planUnitImport } from './plan-unit-import.js';

const existing: Unit[] = [
  { id: 'u-c', name: 'Company', parentId: null, code: 'C' },
  { id: 'u-it', name: 'IT', parentId: 'u-c', code: 'IT' },
  { id: 'u-ops', name: 'Operations', parentId: 'u-it', code: 'OPS' },
  { id: 'u-legacy', name: 'Legacy', parentId: 'u-c', code: null },
];

const rows = (...lines: [string, string, string][]): ImportRow[] =>
  lines.map(([code, name, parentCode], index) => ({ line: index + 2, values: { code, name, parent_code: parentCode } }));
const plan = (input: ImportRow[], units: Unit[] = existing) => {
  let next = 0;
  return planUnitImport({ units, rows: input, newId: () => `new-${++next}` });
};

describe('planUnitImport', () => {
  it('creates new codes (children after parents in the file or before) and leaves matching units alone', () => {
    const result = plan(rows(['QP', 'Prüfung', 'Q'], ['Q', 'Qualität', 'C'], ['IT', 'IT', 'C']));
    expect(result.problems).toEqual([]);
    expect(result.unitsToCreate).toEqual([
      { id: 'new-1', name: 'Prüfung', parentId: 'new-2', code: 'QP' },
      { id: 'new-2', name: 'Qualität', parentId: 'u-c', code: 'Q' },
    ]);
    expect(result.changes.map((change) => change.label)).toEqual(['Company/Qualität/Prüfung', 'Company/Qualität']);
    expect(result.summary).toEqual({ unitsCreated: 2, unitsUpdated: 0, unitsUnchanged: 1, notInFile: 3 });
  });

  it('renames and moves units matched by code', () => {
    const result = plan(rows(['OPS', 'Betrieb', 'C']));
    expect(result.unitsToUpdate).toEqual([{ id: 'u-ops', name: 'Betrieb', parentId: 'u-c', code: 'OPS' }]);
    expect(result.changes).toEqual([
      {
        kind: 'update',
        entity: 'unit',
        label: 'Company/Betrieb',
        detail: 'code OPS; renamed from "Operations"; moved from Company/IT to Company',
      },
    ]);
  });

  it('allows two units to swap names in one file', () => {
    const units: Unit[] = [...existing, { id: 'u-hr', name: 'HR', parentId: 'u-c', code: 'HR' }];
    expect(plan(rows(['IT', 'HR', 'C'], ['HR', 'IT', 'C']), units).problems).toEqual([]);
  });

  it.each<[string, [string, string, string][], { line: number; column: string; problem: string }[]]>([
    ['a self-parent', [['A', 'A', 'A']], [{ line: 2, column: 'parent_code', problem: 'a unit cannot be its own parent' }]],
    [
      'two units that are each other’s parent',
      [
        ['A', 'A', 'B'],
        ['B', 'B', 'A'],
      ],
      [
        { line: 2, column: 'parent_code', problem: 'would make a cycle: A → B → A' },
        { line: 3, column: 'parent_code', problem: 'would make a cycle: A → B → A' },
      ],
    ],
    [
      'a cycle through an existing unit',
      [['C', 'Company', 'OPS']],
      [{ line: 2, column: 'parent_code', problem: 'would make a cycle: C → OPS → IT → C' }],
    ],
    [
      'an unknown parent code',
      [['A', 'A', 'NOPE']],
      [{ line: 2, column: 'parent_code', problem: 'no unit has the code "NOPE", neither in the file nor in eyelevel' }],
    ],
    [
      'a duplicate code',
      [
        ['A', 'A', 'C'],
        ['A', 'B', 'C'],
      ],
      [{ line: 3, column: 'code', problem: '"A" appears twice: on line 2 and on line 3' }],
    ],
    ['an empty code', [['', 'A', 'C']], [{ line: 2, column: 'code', problem: 'must not be empty' }]],
    ['a name with a slash', [['A', 'A/B', 'C']], [{ line: 2, column: 'name', problem: 'must not contain "/"' }]],
    [
      'two siblings of the same name in the file',
      [
        ['A', 'Sales', 'C'],
        ['B', 'sales', 'C'],
      ],
      [
        { line: 2, column: 'name', problem: '"Sales" would have a sibling of the same name: line 3' },
        { line: 3, column: 'name', problem: '"sales" would have a sibling of the same name: line 2' },
      ],
    ],
    [
      'a sibling of the same name among the existing units',
      [['A', 'legacy', 'C']],
      [{ line: 2, column: 'name', problem: '"legacy" would have a sibling of the same name: the existing unit "Company/Legacy"' }],
    ],
  ])('rejects %s', (_case, input, problems) => {
    const result = plan(rows(...input));
    expect(result.problems).toEqual(problems);
    expect(result.unitsToCreate).toEqual([]);
    expect(result.unitsToUpdate).toEqual([]);
  });

  it('does not blame a row for naming a bad row as its parent', () => {
    const result = plan(rows(['A', '', 'C'], ['B', 'B', 'A']));
    expect(result.problems).toEqual([{ line: 2, column: 'name', problem: 'must not be empty' }]);
  });
});
