import type { Actor } from '../../domain/access/policy.js';
import { requireFound, requirePermission } from '../authorize.js';
import type { AppContext } from '../ports.js';
import { loadObjective, presentObjective, presentObjectives, type ObjectiveView } from './objective-views.js';
import { canViewRelationship, canViewUnit } from '../../domain/access/relationship-policy.js';

/** The objectives of one relationship, each with its versions. */
export async function listRelationshipObjectives(context: AppContext, actor: Actor, relationshipId: string): Promise<ObjectiveView[]> {
  const relationship = requireFound(await context.stores.relationships.findById(relationshipId), 'relationship');
  requirePermission(canViewRelationship(actor, relationship), "view this relationship's SLAs");
  return presentObjectives(await context.stores.sla.listVersionsByRelationships([relationship.id]));
}

/** The objectives of every relationship in which the unit is provider or customer. */
export async function listUnitObjectives(context: AppContext, actor: Actor, unitId: string): Promise<ObjectiveView[]> {
  requirePermission(canViewUnit(actor, unitId), "view this unit's SLAs");
  requireFound(await context.stores.units.findById(unitId), 'unit');
  const relationships = (await context.stores.relationships.listAll()).filter(
    (relationship) => relationship.providerUnitId === unitId || relationship.customerUnitId === unitId,
  );
  if (relationships.length === 0) return [];
  return presentObjectives(await context.stores.sla.listVersionsByRelationships(relationships.map((relationship) => relationship.id)));
}

/** One objective with its versions. */
export async function getSlaObjective(context: AppContext, actor: Actor, objectiveId: string): Promise<ObjectiveView> {
  const { versions, relationship } = await loadObjective(context.stores, objectiveId);
  requirePermission(canViewRelationship(actor, relationship), "view this relationship's SLAs");
  return presentObjective(versions);
}
