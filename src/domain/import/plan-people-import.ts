import { checkPersonFields, normaliseEmail, type Locale, type Person } from '../org/person.js';
import type { Unit } from '../org/unit.js';
import { duplicateProblem, problemsOnLine, type ImportPlan, type ImportProblem, type ImportRow } from './import-plan.js';
import { parseLeadFlag, parseLocale } from './person-values.js';
import { createUnitPathIndex, splitUnitPath, type UnitPathIndex } from './unit-path-index.js';

export const PEOPLE_COLUMNS = { required: ['email', 'name', 'unit'], optional: ['locale', 'lead'] } as const;

export interface PeopleImportPlan extends ImportPlan {
  unitsToCreate: Unit[];
  peopleToCreate: Person[];
  peopleToUpdate: Person[];
}

/** The values of one row; locale and lead are undefined when the file has no such column. */
interface PersonRow {
  line: number;
  email: string;
  name: string;
  unitPath: string[];
  locale: Locale | undefined;
  isLead: boolean | undefined;
}

/**
 * Decides an import of people: matched by email, created or updated, their units created
 * along their paths. People missing from the file are kept and only counted.
 */
export function planPeopleImport(options: {
  units: readonly Unit[];
  people: readonly Person[];
  rows: readonly ImportRow[];
  newId: () => string;
}): PeopleImportPlan {
  const problems: ImportProblem[] = [];
  const firstLineByEmail = new Map<string, number>();
  const personRows: PersonRow[] = [];
  // A company has far fewer units than people: split each distinct path once.
  const pathsByText = new Map<string, string[] | string>();
  const splitOnce = (text: string) => {
    let segments = pathsByText.get(text);
    if (segments === undefined) pathsByText.set(text, (segments = splitUnitPath(text)));
    return segments;
  };
  for (const row of options.rows) {
    const parsed = readPersonRow(row, problems, splitOnce);
    if (!parsed) continue;
    const firstLine = firstLineByEmail.get(parsed.email);
    if (firstLine !== undefined) {
      problems.push(duplicateProblem({ line: row.line, firstLine, column: 'email', value: parsed.email }));
      continue;
    }
    firstLineByEmail.set(parsed.email, row.line);
    personRows.push(parsed);
  }
  const index = createUnitPathIndex(options.units, options.newId);
  const plan: PeopleImportPlan = {
    problems,
    changes: [],
    summary: {},
    unitsToCreate: index.created,
    peopleToCreate: [],
    peopleToUpdate: [],
  };
  // With a problem nothing is written, so the diff would only be noise.
  if (problems.length > 0) return plan;

  const existingByEmail = new Map(options.people.map((person) => [normaliseEmail(person.email), person]));
  // Rows of the same path share one segments array (see splitOnce), so it keys the unit well.
  const unitIdByPath = new Map<readonly string[], string>();
  let unchanged = 0;
  for (const row of personRows) {
    let unitId = unitIdByPath.get(row.unitPath);
    if (unitId === undefined) {
      const unitCount = index.created.length;
      unitIdByPath.set(row.unitPath, (unitId = index.ensure(row.unitPath)));
      const newUnits = index.created.slice(unitCount);
      plan.changes.push(...newUnits.map((unit) => ({ kind: 'create' as const, entity: 'unit' as const, label: index.pathOf(unit.id) })));
    }
    const existing = existingByEmail.get(row.email);
    if (!existing) {
      const person: Person = {
        id: options.newId(),
        email: row.email,
        name: row.name,
        unitId,
        locale: row.locale ?? 'de',
        isLead: row.isLead ?? false,
      };
      plan.peopleToCreate.push(person);
      plan.changes.push({ kind: 'create', entity: 'person', label: row.email, detail: describeNewPerson(person, index) });
      continue;
    }
    const next: Person = {
      ...existing,
      name: row.name,
      unitId,
      locale: row.locale ?? existing.locale,
      isLead: row.isLead ?? existing.isLead,
    };
    const differences = describeDifferences(existing, next, index);
    if (differences.length === 0) {
      unchanged += 1;
      continue;
    }
    plan.peopleToUpdate.push(next);
    plan.changes.push({ kind: 'update', entity: 'person', label: row.email, detail: differences.join('; ') });
  }
  plan.summary = {
    unitsCreated: index.created.length,
    peopleCreated: plan.peopleToCreate.length,
    peopleUpdated: plan.peopleToUpdate.length,
    peopleUnchanged: unchanged,
    notInFile: options.people.length - plan.peopleToUpdate.length - unchanged,
  };
  return plan;
}

function readPersonRow(row: ImportRow, problems: ImportProblem[], splitPath: (text: string) => string[] | string): PersonRow | undefined {
  const before = problems.length;
  const { email = '', name = '', unit = '' } = row.values;
  const locale = row.values.locale === undefined ? undefined : parseLocale(row.values.locale);
  const isLead = row.values.lead === undefined ? undefined : parseLeadFlag(row.values.lead);
  // The locale is checked here, with the import's wording (empty is allowed).
  problems.push(...problemsOnLine(row.line, checkPersonFields({ email, name, locale: 'de' })));
  if (typeof locale === 'object') problems.push({ line: row.line, column: 'locale', problem: locale.problem });
  if (typeof isLead === 'object') problems.push({ line: row.line, column: 'lead', problem: isLead.problem });
  const unitPath = splitPath(unit);
  if (typeof unitPath === 'string') problems.push({ line: row.line, column: 'unit', problem: unitPath });
  if (typeof unitPath === 'string' || typeof locale === 'object' || typeof isLead === 'object' || problems.length > before)
    return undefined;
  return { line: row.line, email: normaliseEmail(email), name: name.trim(), unitPath, locale, isLead };
}

function describeNewPerson(person: Person, index: UnitPathIndex): string {
  return [index.pathOf(person.unitId), person.locale, ...(person.isLead ? ['lead'] : [])].join(', ');
}

function describeDifferences(before: Person, after: Person, index: UnitPathIndex): string[] {
  const differences: string[] = [];
  if (before.name !== after.name) differences.push(`name: ${before.name} → ${after.name}`);
  if (before.unitId !== after.unitId) differences.push(`unit: ${index.pathOf(before.unitId)} → ${index.pathOf(after.unitId)}`);
  if (before.locale !== after.locale) differences.push(`locale: ${before.locale} → ${after.locale}`);
  if (before.isLead !== after.isLead) differences.push(after.isLead ? 'now a lead' : 'no longer a lead');
  return differences;
}
