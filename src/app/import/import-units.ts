import type { Actor } from '../../domain/access/policy.js';
import type { ImportReport } from '../../domain/import/import-plan.js';
import { planUnitImport, UNIT_COLUMNS, type UnitImportPlan } from '../../domain/import/plan-unit-import.js';
import type { AppContext } from '../ports.js';
import { runImport, type ImportInput, type ImportKind } from './run-import.js';

/** Imports an HR org-unit export (code, name, parent code): new codes are created, known ones renamed or moved. */
export async function importUnits(context: AppContext, actor: Actor, input: ImportInput): Promise<ImportReport> {
  const kind: ImportKind<UnitImportPlan> = {
    name: 'units',
    columns: UNIT_COLUMNS,
    plan: async (stores, rows) => planUnitImport({ units: await stores.units.listAll(), rows, newId: context.newId }),
    countWrites: (plan) => plan.unitsToCreate.length + plan.unitsToUpdate.length,
    write: async (stores, plan, step) => {
      // New units first: a known unit may move below a new one.
      await stores.units.insertMany(plan.unitsToCreate);
      step(plan.unitsToCreate.length);
      // One at a time is fine here: an organisation has at most a few thousand units.
      for (const unit of plan.unitsToUpdate) {
        await stores.units.update(unit);
        step(1);
      }
    },
  };
  return runImport(context, actor, input, kind);
}
