import { describe, expect, it } from 'vitest';
import type { Person } from '../org/person.js';
import type { Unit } from '../org/unit.js';
import type { ImportRow } from './import-plan.js';
import { planPeopleImport } from './plan-people-import.js';

const units: Unit[] = [
  { id: 'u-company', name: 'Company', parentId: null, code: null },
  { id: 'u-it', name: 'IT', parentId: 'u-company', code: null },
];
const anna: Person = { id: 'p-anna', email: 'anna@example.com', name: 'Anna Müller', unitId: 'u-it', locale: 'de', isLead: false };

const row = (line: number, values: Record<string, string>): ImportRow => ({ line, values: { locale: '', lead: '', ...values } });
const sequence = () => {
  let next = 0;
  return () => `new-${++next}`;
};
const plan = (rows: ImportRow[], people: Person[] = [anna]) => planPeopleImport({ units, people, rows, newId: sequence() });

describe('planPeopleImport', () => {
  it('creates people and the units along their paths, once per path', () => {
    const result = plan([
      row(2, { email: 'Bob@Example.com ', name: 'Bob', unit: 'Company/Qualität/Prüfung', lead: 'ja' }),
      row(3, { email: 'carla@example.com', name: 'Carla', unit: 'company/qualität/prüfung', locale: 'EN' }),
    ]);
    expect(result.problems).toEqual([]);
    expect(result.unitsToCreate.map((unit) => unit.name)).toEqual(['Qualität', 'Prüfung']);
    expect(result.unitsToCreate[0]?.parentId).toBe('u-company');
    expect(result.peopleToCreate).toMatchObject([
      { email: 'bob@example.com', isLead: true, locale: 'de', unitId: result.unitsToCreate[1]?.id },
      { email: 'carla@example.com', isLead: false, locale: 'en' },
    ]);
    expect(result.summary).toEqual({ unitsCreated: 2, peopleCreated: 2, peopleUpdated: 0, peopleUnchanged: 0, notInFile: 1 });
    expect(result.changes[0]).toEqual({ kind: 'create', entity: 'unit', label: 'Company/Qualität' });
    expect(result.changes[2]).toEqual({
      kind: 'create',
      entity: 'person',
      label: 'bob@example.com',
      detail: 'Company/Qualität/Prüfung, de, lead',
    });
  });

  it.each([
    [
      'the same values',
      { email: 'ANNA@example.com', name: ' Anna Müller ', unit: 'Company / IT', lead: 'nein' },
      'peopleUnchanged',
      undefined,
    ],
    [
      'a new name',
      { email: 'anna@example.com', name: 'Anna Schmidt', unit: 'Company/IT' },
      'peopleUpdated',
      'name: Anna Müller → Anna Schmidt',
    ],
    ['a new unit', { email: 'anna@example.com', name: 'Anna Müller', unit: 'Company' }, 'peopleUpdated', 'unit: Company/IT → Company'],
    [
      'a new locale',
      { email: 'anna@example.com', name: 'Anna Müller', unit: 'Company/IT', locale: 'en' },
      'peopleUpdated',
      'locale: de → en',
    ],
    ['the lead flag', { email: 'anna@example.com', name: 'Anna Müller', unit: 'Company/IT', lead: 'X' }, 'peopleUpdated', 'now a lead'],
  ])('matches an existing person by email: %s', (_case, values, counted, detail) => {
    const result = plan([row(2, values)]);
    expect(result.problems).toEqual([]);
    expect(result.summary[counted]).toBe(1);
    expect(result.changes[0]?.detail).toBe(detail);
    expect(result.peopleToUpdate.map((person) => person.id)).toEqual(detail ? ['p-anna'] : []);
  });

  it('keeps locale and lead of existing people when the file has no such columns', () => {
    const lead = { ...anna, locale: 'en' as const, isLead: true };
    const result = plan([{ line: 2, values: { email: 'anna@example.com', name: 'Anna Müller', unit: 'Company/IT' } }], [lead]);
    expect(result.summary.peopleUnchanged).toBe(1);
  });

  it.each([
    ['a bad email', { email: 'anna(at)example.com', name: 'A', unit: 'Company' }, 'email', '"anna(at)example.com" is not an email address'],
    ['an empty name', { email: 'a@example.com', name: '', unit: 'Company' }, 'name', 'must not be empty'],
    ['an empty unit', { email: 'a@example.com', name: 'A', unit: '' }, 'unit', 'must not be empty'],
    [
      'an empty path segment',
      { email: 'a@example.com', name: 'A', unit: 'Company//IT' },
      'unit',
      '"Company//IT" is not a unit path like Company/IT/Support',
    ],
    [
      'a bad locale',
      { email: 'a@example.com', name: 'A', unit: 'Company', locale: 'fr' },
      'locale',
      'must be one of de, en or empty, not "fr"',
    ],
    [
      'a bad lead flag',
      { email: 'a@example.com', name: 'A', unit: 'Company', lead: 'maybe' },
      'lead',
      'must be yes, no, true, false, 1, 0, ja, nein, x or empty, not "maybe"',
    ],
  ])('reports %s by line and column', (_case, values, column, problem) => {
    const result = plan([row(7, values)]);
    expect(result.problems).toEqual([{ line: 7, column, problem }]);
    expect(result.changes).toEqual([]);
    expect(result.peopleToCreate).toEqual([]);
  });

  it('names both lines of a duplicate email, whatever its case', () => {
    const result = plan([
      row(2, { email: 'bob@example.com', name: 'Bob', unit: 'Company' }),
      row(5, { email: 'BOB@example.com', name: 'Bobby', unit: 'Company' }),
    ]);
    expect(result.problems).toEqual([{ line: 5, column: 'email', problem: '"bob@example.com" appears twice: on line 2 and on line 5' }]);
  });

  it('lists every bad row, not only the first', () => {
    const result = plan([
      row(2, { email: 'x', name: 'X', unit: 'Company' }),
      row(3, { email: 'ok@example.com', name: 'Ok', unit: 'Company' }),
      row(4, { email: 'y@example.com', name: '', unit: 'Company', locale: 'it' }),
    ]);
    expect(result.problems.map((problem) => [problem.line, problem.column])).toEqual([
      [2, 'email'],
      [4, 'name'],
      [4, 'locale'],
    ]);
  });
});
