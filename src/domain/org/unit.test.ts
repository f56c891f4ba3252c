import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { checkUnitName, collectSubtree, computeUnitPaths, decideUnitChange, parseUnitPath, wouldCreateCycle, type Unit } from './unit.js';

const unit = (id: string, name: string, parentId: string | null = null): Unit => ({ id, name, parentId, code: null });

// Company
// ├── IT
// │   ├── Support
// │   │   └── Field
// │   └── Infra
// └── HR
// Works (a second top-level unit)
const company: Unit[] = [
  unit('company', 'Company'),
  unit('it', 'IT', 'company'),
  unit('support', 'Support', 'it'),
  unit('field', 'Field', 'support'),
  unit('infra', 'Infra', 'it'),
  unit('hr', 'HR', 'company'),
  unit('works', 'Works'),
];

/** A chain u0 ← u1 ← … ← u(length-1), each the parent of the next. */
const chain = (length: number): Unit[] =>
  Array.from({ length }, (_, index) => unit(`u${index}`, `U${index}`, index === 0 ? null : `u${index - 1}`));

function thrownBy(work: () => unknown): DomainError {
  try {
    work();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError, but nothing was thrown');
}

describe('checkUnitName', () => {
  it.each([
    { name: 'IT', problems: [] },
    { name: '  Support  ', problems: [] },
    { name: 'Ärzte & Pflege', problems: [] },
    { name: 'x'.repeat(120), problems: [] },
    { name: '', problems: [{ field: 'name', problem: 'must not be empty' }] },
    { name: '   ', problems: [{ field: 'name', problem: 'must not be empty' }] },
    { name: 'x'.repeat(121), problems: [{ field: 'name', problem: 'must be at most 120 characters' }] },
    { name: ` ${'x'.repeat(120)} `, problems: [] },
    { name: 'IT/Support', problems: [{ field: 'name', problem: 'must not contain "/"' }] },
  ])('"$name" → $problems.length problem(s)', ({ name, problems }) => {
    expect(checkUnitName(name)).toEqual(problems);
  });

  it('names the field it was given', () => {
    expect(checkUnitName('', 'parentName')).toEqual([{ field: 'parentName', problem: 'must not be empty' }]);
  });
});

describe('parseUnitPath', () => {
  it.each([
    { path: 'Company', segments: ['Company'] },
    { path: 'Company/IT/Support', segments: ['Company', 'IT', 'Support'] },
    { path: ' Company / IT ', segments: ['Company', 'IT'] },
    { path: 'Müller & Söhne/Einkauf', segments: ['Müller & Söhne', 'Einkauf'] },
  ])('"$path" → $segments', ({ path, segments }) => {
    expect(parseUnitPath(path)).toEqual(segments);
  });

  it.each(['', '   ', '/', 'Company//IT', '/Company', 'Company/', 'Company/ /IT'])('"%s" is a validation error', (path) => {
    const error = thrownBy(() => parseUnitPath(path));
    expect(error.code).toBe('validation');
    expect(error.message).toContain(`"${path}"`);
  });
});

describe('computeUnitPaths', () => {
  it.each([
    { id: 'company', path: 'Company' },
    { id: 'it', path: 'Company/IT' },
    { id: 'field', path: 'Company/IT/Support/Field' },
    { id: 'hr', path: 'Company/HR' },
    { id: 'works', path: 'Works' },
  ])('$id → $path', ({ id, path }) => {
    expect(computeUnitPaths(company).get(id)).toBe(path);
  });

  it('gives every unit a path, whatever the order of the input', () => {
    const paths = computeUnitPaths([...company].reverse());
    expect(paths.size).toBe(company.length);
    expect(paths.get('field')).toBe('Company/IT/Support/Field');
  });

  it('follows a deep chain', () => {
    const paths = computeUnitPaths(chain(200));
    expect(paths.get('u199')?.split('/')).toHaveLength(200);
    expect(paths.get('u199')?.startsWith('U0/U1/U2/')).toBe(true);
  });

  it('treats a unit whose parent is missing as a top-level unit', () => {
    expect(computeUnitPaths([unit('orphan', 'Orphan', 'gone')]).get('orphan')).toBe('Orphan');
  });

  it('stops on a cycle that slipped into stored data instead of looping', () => {
    const paths = computeUnitPaths([unit('a', 'A', 'b'), unit('b', 'B', 'a')]);
    expect(paths.size).toBe(2);
    expect(paths.get('a')?.endsWith('A')).toBe(true);
  });

  it('is empty for no units', () => {
    expect(computeUnitPaths([]).size).toBe(0);
  });
});

describe('wouldCreateCycle', () => {
  it.each([
    { case: 'self-parent', units: company, unitId: 'it', newParentId: 'it', isCycle: true },
    { case: 'below its child', units: company, unitId: 'it', newParentId: 'support', isCycle: true },
    { case: 'below its grandchild', units: company, unitId: 'it', newParentId: 'field', isCycle: true },
    { case: 'root below a leaf', units: company, unitId: 'company', newParentId: 'field', isCycle: true },
    { case: 'to the top', units: company, unitId: 'field', newParentId: null, isCycle: false },
    { case: 'root stays at the top', units: company, unitId: 'company', newParentId: null, isCycle: false },
    { case: 'below a sibling', units: company, unitId: 'infra', newParentId: 'support', isCycle: false },
    { case: 'below its own parent (no change)', units: company, unitId: 'support', newParentId: 'it', isCycle: false },
    { case: 'into another tree', units: company, unitId: 'it', newParentId: 'works', isCycle: false },
    { case: 'leaf below its grandparent', units: company, unitId: 'field', newParentId: 'company', isCycle: false },
    { case: 'below a unit not in the list', units: company, unitId: 'it', newParentId: 'unknown', isCycle: false },
    { case: 'a new unit (not stored yet)', units: company, unitId: 'new', newParentId: 'field', isCycle: false },
    { case: 'deep chain: top below the bottom', units: chain(1000), unitId: 'u0', newParentId: 'u999', isCycle: true },
    { case: 'deep chain: middle below the bottom', units: chain(1000), unitId: 'u500', newParentId: 'u999', isCycle: true },
    { case: 'deep chain: bottom below the top', units: chain(1000), unitId: 'u999', newParentId: 'u0', isCycle: false },
    { case: 'deep chain: bottom to the top', units: chain(1000), unitId: 'u999', newParentId: null, isCycle: false },
    {
      case: 'a stored cycle above the new parent',
      units: [unit('a', 'A', 'b'), unit('b', 'B', 'a'), unit('c', 'C')],
      unitId: 'c',
      newParentId: 'a',
      isCycle: true,
    },
  ])('$case → $isCycle', ({ units, unitId, newParentId, isCycle }) => {
    expect(wouldCreateCycle({ units, unitId, newParentId })).toBe(isCycle);
  });
});

describe('collectSubtree', () => {
  it.each([
    { rootId: 'company', ids: ['company', 'it', 'support', 'field', 'infra', 'hr'] },
    { rootId: 'it', ids: ['it', 'support', 'field', 'infra'] },
    { rootId: 'support', ids: ['support', 'field'] },
    { rootId: 'field', ids: ['field'] },
    { rootId: 'works', ids: ['works'] },
  ])('$rootId → $ids', ({ rootId, ids }) => {
    expect([...collectSubtree(company, rootId)].sort()).toEqual([...ids].sort());
  });

  it('collects a deep chain without recursion limits', () => {
    expect(collectSubtree(chain(5000), 'u0').size).toBe(5000);
  });

  it('terminates on a cycle in stored data', () => {
    expect([...collectSubtree([unit('a', 'A', 'b'), unit('b', 'B', 'a')], 'a')].sort()).toEqual(['a', 'b']);
  });
});

describe('decideUnitChange', () => {
  const itUnit = company.find((candidate) => candidate.id === 'it') as Unit;
  const support = company.find((candidate) => candidate.id === 'support') as Unit;

  it.each([
    {
      case: 'rename',
      unit: itUnit,
      name: 'Information Technology',
      parentId: 'company',
      expected: { name: 'Information Technology', parentId: 'company' },
    },
    {
      case: 'rename trims',
      unit: itUnit,
      name: '  IT Services ',
      parentId: 'company',
      expected: { name: 'IT Services', parentId: 'company' },
    },
    {
      case: 'rename to a different case of itself',
      unit: itUnit,
      name: 'it',
      parentId: 'company',
      expected: { name: 'it', parentId: 'company' },
    },
    { case: 'move', unit: support, name: 'Support', parentId: 'hr', expected: { name: 'Support', parentId: 'hr' } },
    { case: 'move to the top', unit: support, name: 'Support', parentId: null, expected: { name: 'Support', parentId: null } },
    { case: 'move into another tree', unit: itUnit, name: 'IT', parentId: 'works', expected: { name: 'IT', parentId: 'works' } },
    { case: 'a name used under another parent', unit: support, name: 'HR', parentId: 'it', expected: { name: 'HR', parentId: 'it' } },
    {
      case: 'a new unit',
      unit: unit('new', 'Legal', 'company'),
      name: 'Legal',
      parentId: 'company',
      expected: { name: 'Legal', parentId: 'company' },
    },
  ])('$case', ({ unit: changing, name, parentId, expected }) => {
    expect(decideUnitChange({ units: company, unit: changing, name, parentId })).toEqual({ ...changing, ...expected });
  });

  it.each([
    { case: 'self-parent', unit: itUnit, name: 'IT', parentId: 'it', code: 'conflict', field: 'parentId' },
    { case: 'below its own child', unit: itUnit, name: 'IT', parentId: 'support', code: 'conflict', field: 'parentId' },
    { case: 'below its own grandchild', unit: itUnit, name: 'IT', parentId: 'field', code: 'conflict', field: 'parentId' },
    { case: 'unknown parent', unit: itUnit, name: 'IT', parentId: 'nowhere', code: 'validation', field: 'parentId' },
    { case: 'empty name', unit: itUnit, name: ' ', parentId: 'company', code: 'validation', field: 'name' },
    { case: 'name with a slash', unit: itUnit, name: 'IT/OT', parentId: 'company', code: 'validation', field: 'name' },
    { case: 'sibling name clash', unit: itUnit, name: 'HR', parentId: 'company', code: 'conflict', field: 'name' },
    { case: 'sibling name clash, other case', unit: itUnit, name: 'hr', parentId: 'company', code: 'conflict', field: 'name' },
    { case: 'sibling name clash, padded', unit: itUnit, name: '  hR ', parentId: 'company', code: 'conflict', field: 'name' },
    { case: 'clash when moving up', unit: support, name: 'it', parentId: 'company', code: 'conflict', field: 'name' },
    { case: 'clash at the top', unit: itUnit, name: 'WORKS', parentId: null, code: 'conflict', field: 'name' },
    {
      case: 'a new unit with a taken name',
      unit: unit('new', 'infra', 'it'),
      name: 'infra',
      parentId: 'it',
      code: 'conflict',
      field: 'name',
    },
  ])('$case → $code naming $field', ({ unit: changing, name, parentId, code, field }) => {
    const error = thrownBy(() => decideUnitChange({ units: company, unit: changing, name, parentId }));
    expect(error.code).toBe(code);
    expect(error.problems.map((problem) => problem.field)).toEqual([field]);
    expect(error.message).toContain(field);
  });

  it('folds non-ASCII letters when comparing sibling names', () => {
    const units = [unit('top', 'Top'), unit('a', 'Ärzte', 'top'), unit('b', 'Pflege', 'top')];
    const error = thrownBy(() => decideUnitChange({ units, unit: units[2] as Unit, name: 'ÄRZTE', parentId: 'top' }));
    expect(error.code).toBe('conflict');
  });
});
