import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/app/authorize.js';
import { importUnits } from '../../src/app/import/import-units.js';
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

const run = (csv: string, dryRun = false) => importUnits(context, systemActor, { csv, dryRun });
const pathsByCode = async () => {
  const units = await context.stores.units.listAll();
  const paths = computeUnitPaths(units);
  return Object.fromEntries(units.map((unit) => [unit.code ?? unit.name, paths.get(unit.id)]));
};

describe('importUnits', () => {
  it('writes nothing in a dry run', async () => {
    const report = await run(readFixture('units.csv'), true);
    expect(report.summary).toEqual({ unitsCreated: 5, unitsUpdated: 0, unitsUnchanged: 0, notInFile: 0 });
    expect(await context.stores.units.listAll()).toEqual([]);
  });

  it('creates the tree of an HR export, then changes nothing when it comes again', async () => {
    const report = await run(readFixture('units.csv'));
    expect(report.changes).toContainEqual({ kind: 'create', entity: 'unit', label: 'Muster AG/Qualität/Prüfung', detail: 'code QM-P' });
    expect(await pathsByCode()).toEqual({
      MA: 'Muster AG',
      QM: 'Muster AG/Qualität',
      'QM-P': 'Muster AG/Qualität/Prüfung',
      IT: 'Muster AG/IT',
      'IT-S': 'Muster AG/IT/Support',
    });
    const before = await snapshotOrganisation(context);
    const again = await run(readFixture('units.csv'));
    expect(again.summary).toEqual({ unitsCreated: 0, unitsUpdated: 0, unitsUnchanged: 5, notInFile: 0 });
    expect(again.changes).toEqual([]);
    expect(await snapshotOrganisation(context)).toEqual(before);
  });

  it('renames and moves units matched by code', async () => {
    const report = await run('code,name,parent_code\nIT-S,Service Desk,QM\nNEU,Neu,IT-S\n');
    expect(report.summary).toEqual({ unitsCreated: 1, unitsUpdated: 1, unitsUnchanged: 0, notInFile: 4 });
    expect(await pathsByCode()).toMatchObject({ 'IT-S': 'Muster AG/Qualität/Service Desk', NEU: 'Muster AG/Qualität/Service Desk/Neu' });
  });

  it('rejects cycles, self-parents and unknown parents, listing each row, and writes nothing', async () => {
    const before = await snapshotOrganisation(context);
    expect(await importProblems(run(readFixture('units-cycle.csv')))).toEqual([
      { line: 3, column: 'parent_code', problem: 'would make a cycle: A → B → A' },
      { line: 4, column: 'parent_code', problem: 'would make a cycle: A → B → A' },
      { line: 5, column: 'parent_code', problem: 'a unit cannot be its own parent' },
    ]);
    expect(await importProblems(run('code;name;parent_code\nMA;Muster AG;QM-P\nX;X;NOPE\n'))).toEqual([
      { line: 2, column: 'parent_code', problem: 'would make a cycle: MA → QM-P → QM → MA' },
      { line: 3, column: 'parent_code', problem: 'no unit has the code "NOPE", neither in the file nor in eyelevel' },
    ]);
    expect(await importProblems(run('code;name;parent_code\nX;IT;MA\nX;Y;MA\n'))).toEqual([
      { line: 2, column: 'name', problem: '"IT" would have a sibling of the same name: the existing unit "Muster AG/IT"' },
      { line: 3, column: 'code', problem: '"X" appears twice: on line 2 and on line 3' },
    ]);
    expect(await snapshotOrganisation(context)).toEqual(before);
  });
});
