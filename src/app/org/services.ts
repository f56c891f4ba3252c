import { canManageOrganisation, canViewOrganisation, type Actor } from '../../domain/access/policy.js';
import { DomainError, assertNoProblems } from '../../domain/errors.js';
import { checkServiceName, type Service } from '../../domain/org/relationship.js';
import { computeUnitPaths } from '../../domain/org/unit.js';
import { requireFound, requirePermission } from '../authorize.js';
import type { AppContext, Stores } from '../ports.js';

export interface ServiceView extends Service {
  providerPath: string;
  relationshipCount: number;
}

/** Every service with its provider's path and how many relationships run through it. */
export async function listServices(context: AppContext, actor: Actor): Promise<ServiceView[]> {
  requirePermission(canViewOrganisation(actor), 'view the organisation');
  const [services, units, counts] = await Promise.all([
    context.stores.services.listAll(),
    context.stores.units.listAll(),
    context.stores.services.countRelationshipsByService(),
  ]);
  const paths = computeUnitPaths(units);
  return services
    .map((service) => ({
      ...service,
      providerPath: paths.get(service.providerUnitId) ?? '?',
      relationshipCount: counts.get(service.id) ?? 0,
    }))
    .sort((a, b) => a.providerPath.localeCompare(b.providerPath) || a.name.localeCompare(b.name));
}

/** Adds a service that a provider unit delivers. */
export async function createService(
  context: AppContext,
  actor: Actor,
  input: { providerUnitId: string; name: string; description?: string | undefined },
): Promise<Service> {
  requirePermission(canManageOrganisation(actor), 'change the organisation');
  assertNoProblems(checkServiceName(input.name));
  return context.transaction(async (stores) => {
    if (!(await stores.units.findById(input.providerUnitId))) {
      throw new DomainError('validation', 'providerUnitId: no such unit', [{ field: 'providerUnitId', problem: 'no such unit' }]);
    }
    const service: Service = {
      id: context.newId(),
      providerUnitId: input.providerUnitId,
      name: input.name.trim(),
      description: input.description?.trim() ?? '',
    };
    await ensureNameIsFree(stores, service);
    await stores.services.insertMany([service]);
    await stores.audit.record({
      at: context.clock().toISOString(),
      accountId: actor.accountId,
      action: 'service.create',
      subject: service.id,
    });
    return service;
  });
}

/** Renames a service or changes its description. */
export async function updateService(
  context: AppContext,
  actor: Actor,
  input: { id: string; name?: string | undefined; description?: string | undefined },
): Promise<Service> {
  requirePermission(canManageOrganisation(actor), 'change the organisation');
  if (input.name !== undefined) assertNoProblems(checkServiceName(input.name));
  return context.transaction(async (stores) => {
    const existing = requireFound(await stores.services.findById(input.id), 'service');
    const service = {
      ...existing,
      name: input.name?.trim() ?? existing.name,
      description: input.description?.trim() ?? existing.description,
    };
    await ensureNameIsFree(stores, service);
    await stores.services.update(service);
    await stores.audit.record({
      at: context.clock().toISOString(),
      accountId: actor.accountId,
      action: 'service.update',
      subject: service.id,
    });
    return service;
  });
}

/** Deletes a service; relationships keep their other services. */
export async function deleteService(context: AppContext, actor: Actor, id: string): Promise<void> {
  requirePermission(canManageOrganisation(actor), 'change the organisation');
  await context.transaction(async (stores) => {
    requireFound(await stores.services.findById(id), 'service');
    const isLastServiceSomewhere = (await stores.relationships.listAll()).some(
      (relationship) => relationship.serviceIds.length === 1 && relationship.serviceIds[0] === id,
    );
    if (isLastServiceSomewhere) {
      throw new DomainError('conflict', 'the service is the only service of a relationship; delete that relationship first');
    }
    await stores.services.delete(id);
    await stores.audit.record({ at: context.clock().toISOString(), accountId: actor.accountId, action: 'service.delete', subject: id });
  });
}

async function ensureNameIsFree(stores: Stores, service: Service): Promise<void> {
  const clash = (await stores.services.listAll()).find(
    (other) =>
      other.id !== service.id && other.providerUnitId === service.providerUnitId && other.name.toLowerCase() === service.name.toLowerCase(),
  );
  if (clash)
    throw new DomainError('conflict', `name: the unit already provides "${service.name}"`, [{ field: 'name', problem: 'already taken' }]);
}
