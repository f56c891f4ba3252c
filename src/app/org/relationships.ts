import { canManageOrganisation, canViewOrganisation, type Actor } from '../../domain/access/policy.js';
import { DomainError, assertNoProblems } from '../../domain/errors.js';
import { checkRelationship, type Relationship } from '../../domain/org/relationship.js';
import { computeUnitPaths } from '../../domain/org/unit.js';
import { requireFound, requirePermission } from '../authorize.js';
import type { AppContext, Stores } from '../ports.js';
import { presentRelationships, type RelationshipView } from './relationship-views.js';

/** Every relationship with unit paths and service names. */
export async function listRelationships(context: AppContext, actor: Actor): Promise<RelationshipView[]> {
  requirePermission(canViewOrganisation(actor), 'view the organisation');
  const [relationships, units, services] = await Promise.all([
    context.stores.relationships.listAll(),
    context.stores.units.listAll(),
    context.stores.services.listAll(),
  ]);
  return presentRelationships({ relationships, paths: computeUnitPaths(units), services });
}

/** Records that the customer unit depends on the provider unit through the given services. */
export async function createRelationship(
  context: AppContext,
  actor: Actor,
  input: { providerUnitId: string; customerUnitId: string; serviceIds: string[] },
): Promise<Relationship> {
  requirePermission(canManageOrganisation(actor), 'change the organisation');
  return context.transaction(async (stores) => {
    const relationship: Relationship = { id: context.newId(), ...input, serviceIds: [...new Set(input.serviceIds)] };
    await checkAgainstStore(stores, relationship);
    const existing = (await stores.relationships.listAll()).find(
      (other) => other.providerUnitId === input.providerUnitId && other.customerUnitId === input.customerUnitId,
    );
    if (existing) throw new DomainError('conflict', 'the relationship exists already; change its services instead');
    await stores.relationships.insertMany([relationship]);
    await stores.audit.record({
      at: context.clock().toISOString(),
      accountId: actor.accountId,
      action: 'relationship.create',
      subject: relationship.id,
    });
    return relationship;
  });
}

/** Replaces the services a relationship runs through. */
export async function updateRelationship(
  context: AppContext,
  actor: Actor,
  input: { id: string; serviceIds: string[] },
): Promise<Relationship> {
  requirePermission(canManageOrganisation(actor), 'change the organisation');
  return context.transaction(async (stores) => {
    const existing = requireFound(await stores.relationships.findById(input.id), 'relationship');
    const relationship = { ...existing, serviceIds: [...new Set(input.serviceIds)] };
    await checkAgainstStore(stores, relationship);
    await stores.relationships.setServices(relationship.id, relationship.serviceIds);
    await stores.audit.record({
      at: context.clock().toISOString(),
      accountId: actor.accountId,
      action: 'relationship.update',
      subject: relationship.id,
    });
    return relationship;
  });
}

/** Removes a relationship from the service map. */
export async function deleteRelationship(context: AppContext, actor: Actor, id: string): Promise<void> {
  requirePermission(canManageOrganisation(actor), 'change the organisation');
  await context.transaction(async (stores) => {
    requireFound(await stores.relationships.findById(id), 'relationship');
    await stores.relationships.delete(id);
    await stores.audit.record({
      at: context.clock().toISOString(),
      accountId: actor.accountId,
      action: 'relationship.delete',
      subject: id,
    });
  });
}

async function checkAgainstStore(stores: Stores, relationship: Relationship): Promise<void> {
  const [units, services] = await Promise.all([stores.units.listAll(), stores.services.listAll()]);
  assertNoProblems(
    checkRelationship({
      providerUnitId: relationship.providerUnitId,
      customerUnitId: relationship.customerUnitId,
      serviceIds: relationship.serviceIds,
      unitIds: new Set(units.map((unit) => unit.id)),
      services,
    }),
  );
}
