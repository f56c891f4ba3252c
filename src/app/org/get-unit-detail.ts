import { canViewOrganisation, type Actor } from '../../domain/access/policy.js';
import type { Service } from '../../domain/org/relationship.js';
import { computeUnitPaths } from '../../domain/org/unit.js';
import { requireFound, requirePermission } from '../authorize.js';
import type { AppContext } from '../ports.js';
import type { UnitView } from './list-units.js';
import { presentRelationships, type RelationshipView } from './relationship-views.js';

export interface UnitDetail {
  unit: UnitView;
  children: UnitView[];
  services: Service[];
  asProvider: RelationshipView[];
  asCustomer: RelationshipView[];
  peopleCount: number;
}

/** One unit with its children, services, internal customers and providers. */
export async function getUnitDetail(context: AppContext, actor: Actor, id: string): Promise<UnitDetail> {
  requirePermission(canViewOrganisation(actor), 'view the organisation');
  const { stores } = context;
  const [units, peopleCounts, services, relationships] = await Promise.all([
    stores.units.listAll(),
    stores.units.countPeopleByUnit(),
    stores.services.listAll(),
    stores.relationships.listAll(),
  ]);
  const paths = computeUnitPaths(units);
  const view = (unitId: string): UnitView => {
    const unit = requireFound(
      units.find((candidate) => candidate.id === unitId),
      'unit',
    );
    return { ...unit, path: paths.get(unit.id) ?? unit.name, peopleCount: peopleCounts.get(unit.id) ?? 0 };
  };
  const unit = view(id);
  const present = (list: typeof relationships) => presentRelationships({ relationships: list, paths, services });
  return {
    unit,
    children: units.filter((candidate) => candidate.parentId === id).map((child) => view(child.id)),
    services: services.filter((service) => service.providerUnitId === id),
    asProvider: present(relationships.filter((relationship) => relationship.providerUnitId === id)),
    asCustomer: present(relationships.filter((relationship) => relationship.customerUnitId === id)),
    peopleCount: unit.peopleCount,
  };
}
