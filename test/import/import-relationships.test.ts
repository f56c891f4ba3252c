import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/app/authorize.js';
import { importRelationships } from '../../src/app/import/import-relationships.js';
import { importUnits } from '../../src/app/import/import-units.js';
import type { AppContext } from '../../src/app/ports.js';
import { createTestRuntime, type TestRuntime } from '../support/database.js';
import { importProblems, readFixture, snapshotOrganisation } from './import-support.js';

let database: TestRuntime;
let context: AppContext;
beforeAll(async () => {
  database = await createTestRuntime();
  context = database.runtime.context;
  await importUnits(context, systemActor, { csv: readFixture('units.csv'), dryRun: false });
});
afterAll(async () => {
  await database?.cleanup();
});

const run = (csv: string, dryRun = false) => importRelationships(context, systemActor, { csv, dryRun });

describe('importRelationships', () => {
  it('rejects unknown units and a unit as its own customer, and writes nothing', async () => {
    const before = await snapshotOrganisation(context);
    expect(await importProblems(run(readFixture('relationships-unknown-unit.csv')))).toEqual([
      { line: 3, column: 'provider', problem: 'no unit "Muster AG/Einkauf"; import it with the people or units first' },
      { line: 4, column: 'customer', problem: 'a unit cannot be its own internal customer' },
    ]);
    expect(await snapshotOrganisation(context)).toEqual(before);
  });

  it('creates services and relationships; repeated rows and a second import change nothing', async () => {
    const dryRun = await run(readFixture('relationships.csv'), true);
    const report = await run(readFixture('relationships.csv'));
    expect(dryRun).toEqual({ ...report, dryRun: true });
    expect(report.summary).toEqual({
      servicesCreated: 4,
      relationshipsCreated: 3,
      relationshipsUpdated: 0,
      relationshipsUnchanged: 0,
      linksCreated: 4,
    });
    expect(report.changes).toContainEqual({ kind: 'create', entity: 'service', label: 'Muster AG/IT/Support: Drucker; Scanner' });
    expect(report.changes).toContainEqual({
      kind: 'create',
      entity: 'relationship',
      label: 'Muster AG/IT → Muster AG/Qualität',
      detail: 'services: Helpdesk, Laptops',
    });

    const before = await snapshotOrganisation(context);
    expect(before.relationships.map((relationship) => relationship.serviceIds.length).sort()).toEqual([1, 1, 2]);
    const again = await run(readFixture('relationships.csv'));
    expect(again.changes).toEqual([]);
    expect(again.summary).toMatchObject({ relationshipsUnchanged: 3, linksCreated: 0 });
    expect(await snapshotOrganisation(context)).toEqual(before);
  });

  it('links a new service to an existing relationship', async () => {
    const report = await run('Provider,Customer,Service\nMuster AG/IT,Muster AG/Qualität,Telefonie\n');
    expect(report.summary).toEqual({
      servicesCreated: 1,
      relationshipsCreated: 0,
      relationshipsUpdated: 1,
      relationshipsUnchanged: 0,
      linksCreated: 1,
    });
    const relationships = await context.stores.relationships.listAll();
    expect(relationships.map((relationship) => relationship.serviceIds.length).sort()).toEqual([1, 1, 3]);
  });
});
