import type { Actor } from '../../domain/access/policy.js';
import type { ImportReport } from '../../domain/import/import-plan.js';
import { planRelationshipImport, RELATIONSHIP_COLUMNS, type RelationshipImportPlan } from '../../domain/import/plan-relationship-import.js';
import type { AppContext } from '../ports.js';
import { runImport, type ImportInput, type ImportKind } from './run-import.js';

/** Imports the service map (provider path, customer path, service name), creating missing services and relationships. */
export async function importRelationships(context: AppContext, actor: Actor, input: ImportInput): Promise<ImportReport> {
  const kind: ImportKind<RelationshipImportPlan> = {
    name: 'relationships',
    columns: RELATIONSHIP_COLUMNS,
    plan: async (stores, rows) => {
      const [units, services, relationships] = await Promise.all([
        stores.units.listAll(),
        stores.services.listAll(),
        stores.relationships.listAll(),
      ]);
      return planRelationshipImport({ units, services, relationships, rows, newId: context.newId });
    },
    countWrites: (plan) => plan.servicesToCreate.length + plan.relationshipsToCreate.length + plan.linksToAdd.length,
    write: async (stores, plan, step) => {
      await stores.services.insertMany(plan.servicesToCreate);
      step(plan.servicesToCreate.length);
      await stores.relationships.insertMany(plan.relationshipsToCreate);
      step(plan.relationshipsToCreate.length);
      await stores.relationships.addServices(plan.linksToAdd);
      step(plan.linksToAdd.length);
    },
  };
  return runImport(context, actor, input, kind);
}
