import { canViewOrganisation, type Actor } from '../../domain/access/policy.js';
import type { Relationship } from '../../domain/org/relationship.js';
import { requirePermission } from '../authorize.js';
import type { AppContext } from '../ports.js';

export interface ServiceMap {
  units: { id: string; name: string; parentId: string | null }[];
  services: { id: string; name: string; providerUnitId: string }[];
  relationships: Relationship[];
}

/** The whole graph in compact form: units are the nodes, relationships the edges. */
export async function getServiceMap(context: AppContext, actor: Actor): Promise<ServiceMap> {
  requirePermission(canViewOrganisation(actor), 'view the service map');
  const [units, services, relationships] = await Promise.all([
    context.stores.units.listAll(),
    context.stores.services.listAll(),
    context.stores.relationships.listAll(),
  ]);
  return {
    units: units.map(({ id, name, parentId }) => ({ id, name, parentId })),
    services: services.map(({ id, name, providerUnitId }) => ({ id, name, providerUnitId })),
    relationships,
  };
}
