import { checkUnitName, computeUnitPaths, type Unit } from '../org/unit.js';
import { duplicateProblem, problemsOnLine, type ImportChange, type ImportPlan, type ImportProblem, type ImportRow } from './import-plan.js';
import { findCycles, findSiblingNameClashes } from './unit-tree-checks.js';

export const UNIT_COLUMNS = { required: ['code', 'name', 'parent_code'], optional: [] } as const;

const MAX_CODE_LENGTH = 64;

export interface UnitImportPlan extends ImportPlan {
  unitsToCreate: Unit[];
  unitsToUpdate: Unit[];
}

interface UnitRow {
  line: number;
  code: string;
  name: string;
  parentCode: string;
}

/**
 * Decides an import of an HR org-unit export: units matched by code are renamed or moved,
 * new codes become new units. The resulting tree, with the units not in the file, must
 * have no cycle and no two siblings of the same name.
 */
export function planUnitImport(options: { units: readonly Unit[]; rows: readonly ImportRow[]; newId: () => string }): UnitImportPlan {
  const problems: ImportProblem[] = [];
  const { rowsByCode, codes } = readUnitRows(options.rows, problems);
  const existingByCode = new Map(options.units.filter((unit) => unit.code !== null).map((unit) => [unit.code as string, unit]));
  const idByCode = new Map([...existingByCode].map(([code, unit]) => [code, unit.id]));
  // Codes of bad rows get an id too, so that rows naming them as parent are not blamed as well.
  for (const code of codes) if (!idByCode.has(code)) idByCode.set(code, options.newId());

  // The tree as it would be: existing units, overlaid by the rows of the file.
  const after = new Map(options.units.map((unit) => [unit.id, unit]));
  const lineById = new Map<string, number>();
  for (const row of rowsByCode.values()) {
    const id = idByCode.get(row.code) as string;
    const parentId = row.parentCode === '' ? null : idByCode.get(row.parentCode);
    if (parentId === undefined) {
      problems.push({
        line: row.line,
        column: 'parent_code',
        problem: `no unit has the code "${row.parentCode}", neither in the file nor in eyelevel`,
      });
      continue;
    }
    after.set(id, { id, name: row.name, parentId, code: row.code });
    lineById.set(id, row.line);
  }
  const units = [...after.values()];
  const pathsBefore = computeUnitPaths(options.units);
  problems.push(...checkTree(units, lineById), ...checkSiblings(units, lineById, pathsBefore));
  const plan: UnitImportPlan = { problems, changes: [], summary: {}, unitsToCreate: [], unitsToUpdate: [] };
  if (problems.length > 0) return plan;

  const pathsAfter = computeUnitPaths(units);
  for (const row of rowsByCode.values()) {
    const unit = after.get(idByCode.get(row.code) as string) as Unit;
    const existing = existingByCode.get(row.code);
    const label = pathsAfter.get(unit.id) ?? unit.name;
    if (!existing) {
      plan.unitsToCreate.push(unit);
      plan.changes.push({ kind: 'create', entity: 'unit', label, detail: `code ${unit.code}` });
    } else if (existing.name !== unit.name || existing.parentId !== unit.parentId) {
      plan.unitsToUpdate.push(unit);
      plan.changes.push(describeUpdate({ before: existing, after: unit, label, pathsBefore, pathsAfter }));
    }
  }
  plan.summary = {
    unitsCreated: plan.unitsToCreate.length,
    unitsUpdated: plan.unitsToUpdate.length,
    unitsUnchanged: rowsByCode.size - plan.unitsToCreate.length - plan.unitsToUpdate.length,
    notInFile: options.units.filter((unit) => unit.code === null || !rowsByCode.has(unit.code)).length,
  };
  return plan;
}

function readUnitRows(rows: readonly ImportRow[], problems: ImportProblem[]): { rowsByCode: Map<string, UnitRow>; codes: Set<string> } {
  const byCode = new Map<string, UnitRow>();
  const firstLineByCode = new Map<string, number>();
  for (const row of rows) {
    const { code = '', name = '', parent_code: parentCode = '' } = row.values;
    const before = problems.length;
    if (code === '') problems.push({ line: row.line, column: 'code', problem: 'must not be empty' });
    else if (code.length > MAX_CODE_LENGTH)
      problems.push({ line: row.line, column: 'code', problem: `must be at most ${MAX_CODE_LENGTH} characters` });
    problems.push(...problemsOnLine(row.line, checkUnitName(name)));
    if (code !== '' && parentCode === code)
      problems.push({ line: row.line, column: 'parent_code', problem: 'a unit cannot be its own parent' });
    const firstLine = firstLineByCode.get(code);
    if (firstLine !== undefined) problems.push(duplicateProblem({ line: row.line, firstLine, column: 'code', value: code }));
    else if (code !== '') firstLineByCode.set(code, row.line);
    if (problems.length === before) byCode.set(code, { line: row.line, code, name: name.trim(), parentCode });
  }
  return { rowsByCode: byCode, codes: new Set(firstLineByCode.keys()) };
}

function checkTree(units: readonly Unit[], lineById: ReadonlyMap<string, number>): ImportProblem[] {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const nameOf = (id: string) => byId.get(id)?.code ?? byId.get(id)?.name ?? id;
  return findCycles(units).flatMap((cycle) => {
    // Read the circle from child to parent, closing it where it started: A → B → A.
    const circle = [...cycle, cycle[0] as string].map(nameOf).join(' → ');
    return cycle.flatMap((id) => {
      const line = lineById.get(id);
      return line === undefined ? [] : [{ line, column: 'parent_code', problem: `would make a cycle: ${circle}` }];
    });
  });
}

function checkSiblings(
  units: readonly Unit[],
  lineById: ReadonlyMap<string, number>,
  pathsBefore: ReadonlyMap<string, string>,
): ImportProblem[] {
  return findSiblingNameClashes(units).flatMap((group) =>
    group.flatMap((unit) => {
      const line = lineById.get(unit.id);
      if (line === undefined) return [];
      const others = group
        .filter((other) => other.id !== unit.id)
        .map((other) => {
          const otherLine = lineById.get(other.id);
          return otherLine === undefined ? `the existing unit "${pathsBefore.get(other.id) ?? other.name}"` : `line ${otherLine}`;
        });
      return [{ line, column: 'name', problem: `"${unit.name}" would have a sibling of the same name: ${others.join(', ')}` }];
    }),
  );
}

function describeUpdate(options: {
  before: Unit;
  after: Unit;
  label: string;
  pathsBefore: ReadonlyMap<string, string>;
  pathsAfter: ReadonlyMap<string, string>;
}): ImportChange {
  const { before, after } = options;
  const parts = [`code ${after.code}`];
  if (before.name !== after.name) parts.push(`renamed from "${before.name}"`);
  if (before.parentId !== after.parentId) {
    const parentPath = (paths: ReadonlyMap<string, string>, id: string | null) => (id === null ? 'the top' : (paths.get(id) ?? '?'));
    parts.push(`moved from ${parentPath(options.pathsBefore, before.parentId)} to ${parentPath(options.pathsAfter, after.parentId)}`);
  }
  return { kind: 'update', entity: 'unit', label: options.label, detail: parts.join('; ') };
}
