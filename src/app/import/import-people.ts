import type { Actor } from '../../domain/access/policy.js';
import type { ImportReport } from '../../domain/import/import-plan.js';
import { PEOPLE_COLUMNS, planPeopleImport, type PeopleImportPlan } from '../../domain/import/plan-people-import.js';
import type { AppContext } from '../ports.js';
import { runImport, writeInSlices, type ImportInput, type ImportKind } from './run-import.js';

/** Imports people from an HR export (email, name, unit path, locale, lead), creating missing units. */
export async function importPeople(context: AppContext, actor: Actor, input: ImportInput): Promise<ImportReport> {
  const kind: ImportKind<PeopleImportPlan> = {
    name: 'people',
    columns: PEOPLE_COLUMNS,
    plan: async (stores, rows) => {
      const [units, people] = await Promise.all([stores.units.listAll(), stores.people.listAll()]);
      return planPeopleImport({ units, people, rows, newId: context.newId });
    },
    countWrites: (plan) => plan.unitsToCreate.length + plan.peopleToCreate.length + plan.peopleToUpdate.length,
    write: async (stores, plan, step) => {
      const now = context.clock().toISOString();
      await stores.units.insertMany(plan.unitsToCreate);
      step(plan.unitsToCreate.length);
      await writeInSlices(plan.peopleToCreate, (slice) => stores.people.insertMany(slice, now), step);
      await writeInSlices(plan.peopleToUpdate, (slice) => stores.people.updateMany(slice, now), step);
    },
  };
  return runImport(context, actor, input, kind);
}
