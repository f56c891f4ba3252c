import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/app/authorize.js';
import { importPeople } from '../../src/app/import/import-people.js';
import type { AppContext } from '../../src/app/ports.js';
import { computeUnitPaths } from '../../src/domain/org/unit.js';
import { createTestRuntime, type TestRuntime } from '../support/database.js';
import { importProblems, readFixture, snapshotOrganisation } from './import-support.js';

let database: TestRuntime;
let context: AppContext;
beforeAll(async () => {
  database = await createTestRuntime();
  context = database.runtime.context;
});
afterAll(async () => {
  await database?.cleanup();
});

const importFixture = (name: string, dryRun = false) => importPeople(context, systemActor, { csv: readFixture(name), dryRun });

async function peopleByEmail() {
  const [people, units] = await Promise.all([context.stores.people.listAll(), context.stores.units.listAll()]);
  const paths = computeUnitPaths(units);
  return new Map(people.map((person) => [person.email, { ...person, unitPath: paths.get(person.unitId) }]));
}

describe('importPeople', () => {
  describe('a good file', () => {
    beforeEach(async () => {
      // Each test starts from what the previous ones left; clear people to keep them apart.
      for (const person of await context.stores.people.listAll()) await context.stores.people.delete(person.id);
    });

    it('imports a ";" file with BOM, umlauts and a quoted ";" and creates the units on the way', async () => {
      const report = await importFixture('people-semicolon-bom.csv');
      expect(report.summary).toMatchObject({ peopleCreated: 3, peopleUpdated: 0, peopleUnchanged: 0, notInFile: 0 });
      expect(report.changes).toContainEqual({ kind: 'create', entity: 'unit', label: 'Muster AG/Qualität/Prüfung' });
      const people = await peopleByEmail();
      expect(people.get('anna.mueller@example.com')).toMatchObject({
        name: 'Anna Müller',
        unitPath: 'Muster AG/Qualität/Prüfung',
        locale: 'de',
        isLead: true,
      });
      expect(people.get('juergen.koenig@example.com')).toMatchObject({ name: 'König; Jürgen', locale: 'de', isLead: false });
      expect(people.get('zoe.weiss@example.com')).toMatchObject({ name: 'Zoë Weiß', unitPath: 'Muster AG/IT/Support', locale: 'en' });
    });

    it('imports a "," file with columns in another order and a quoted ","', async () => {
      const report = await importFixture('people-comma.csv');
      expect(report.summary).toMatchObject({ peopleCreated: 2 });
      const people = await peopleByEmail();
      expect(people.get('bernd.meier@example.com')).toMatchObject({ name: 'Meier, Bernd', unitPath: 'Muster AG/IT', isLead: true });
      expect(people.get('carla.schulz@example.com')).toMatchObject({ unitPath: 'Muster AG/IT/Support', isLead: false, locale: 'de' });
    });

    it('changes nothing when the same file comes again, and updates what differs', async () => {
      await importFixture('people-semicolon-bom.csv');
      const before = await snapshotOrganisation(context);
      const again = await importFixture('people-semicolon-bom.csv');
      expect(again).toEqual({
        dryRun: false,
        summary: { unitsCreated: 0, peopleCreated: 0, peopleUpdated: 0, peopleUnchanged: 3, notInFile: 0 },
        changes: [],
        changesTruncated: false,
      });
      expect(await snapshotOrganisation(context)).toEqual(before);

      const moved = readFixture('people-semicolon-bom.csv').replace(
        'Anna Müller;Muster AG/Qualität/Prüfung;de;ja',
        'Anna Schmidt;Muster AG/IT;en;nein',
      );
      const report = await importPeople(context, systemActor, { csv: moved, dryRun: false });
      expect(report.summary).toMatchObject({ peopleUpdated: 1, peopleUnchanged: 2 });
      expect(report.changes).toEqual([
        {
          kind: 'update',
          entity: 'person',
          label: 'anna.mueller@example.com',
          detail: 'name: Anna Müller → Anna Schmidt; unit: Muster AG/Qualität/Prüfung → Muster AG/IT; locale: de → en; no longer a lead',
        },
      ]);
      expect((await peopleByEmail()).get('anna.mueller@example.com')).toMatchObject({
        name: 'Anna Schmidt',
        unitPath: 'Muster AG/IT',
        locale: 'en',
        isLead: false,
      });
      expect((await context.stores.audit.list(1))[0]).toMatchObject({
        action: 'import.people',
        accountId: 'system',
        details: { peopleUpdated: 1 },
      });
    });

    it('keeps people missing from the file and counts them', async () => {
      await importFixture('people-semicolon-bom.csv');
      const report = await importFixture('people-comma.csv');
      expect(report.summary).toMatchObject({ peopleCreated: 2, notInFile: 3 });
      expect((await peopleByEmail()).size).toBe(5);
    });

    it('writes nothing in a dry run, and reports what a real run does', async () => {
      const before = await snapshotOrganisation(context);
      const dryRun = await importFixture('people-semicolon-bom.csv', true);
      expect(await snapshotOrganisation(context)).toEqual(before);
      const real = await importFixture('people-semicolon-bom.csv');
      expect(dryRun).toEqual({ ...real, dryRun: true });
    });
  });

  describe('a bad file', () => {
    it.each([
      ['an empty file', 'people-empty.csv', [{ line: 1, column: 'file', problem: 'is empty' }]],
      ['a header only', 'people-header-only.csv', [{ line: 1, column: 'file', problem: 'no data rows' }]],
      ['a tab-separated file', 'people-tab.csv', [{ line: 1, column: 'header', problem: 'expected columns separated by ";" or ","' }]],
      [
        'missing columns',
        'people-missing-column.csv',
        [
          { line: 1, column: 'header', problem: 'missing column "name"' },
          { line: 1, column: 'header', problem: 'missing column "unit"' },
        ],
      ],
      [
        'a duplicate email',
        'people-duplicate-email.csv',
        [{ line: 4, column: 'email', problem: '"anna@example.com" appears twice: on line 2 and on line 4' }],
      ],
      ['a bad locale', 'people-bad-locale.csv', [{ line: 2, column: 'locale', problem: 'must be one of de, en or empty, not "fr"' }]],
    ])('rejects %s and writes nothing', async (_case, fixture, problems) => {
      const before = await snapshotOrganisation(context);
      expect(await importProblems(importFixture(fixture))).toEqual(problems);
      expect(await snapshotOrganisation(context)).toEqual(before);
    });

    it('imports nothing of a file with bad rows among good ones, and lists every bad row', async () => {
      const before = await snapshotOrganisation(context);
      expect(await importProblems(importFixture('people-some-bad-rows.csv'))).toEqual([
        { line: 3, column: 'email', problem: '"not-an-email" is not an email address' },
        { line: 5, column: 'name', problem: 'must not be empty' },
        { line: 5, column: 'lead', problem: 'must be yes, no, true, false, 1, 0, ja, nein, x or empty, not "vielleicht"' },
        { line: 6, column: 'unit', problem: '"Muster AG//Vertrieb" is not a unit path like Company/IT/Support' },
      ]);
      expect(await snapshotOrganisation(context)).toEqual(before);
      expect(before.units.some((unit) => unit.name === 'Vertrieb')).toBe(false);
    });

    it('refuses an actor who may not change the organisation', async () => {
      const lead = { accountId: 'lead-1', role: 'lead' as const, unitId: 'u-1' };
      await expect(importPeople(context, lead, { csv: readFixture('people-comma.csv'), dryRun: true })).rejects.toMatchObject({
        code: 'forbidden',
      });
    });
  });
});
