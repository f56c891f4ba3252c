import { collectSubtree, groupChildren } from '../units/unit-tree';
import type { ServiceMapData } from './api';

type MapRelationship = ServiceMapData['relationships'][number];

/** What the map shows: a unit (with its subtree and direct neighbours) and/or one service; '' means no filter. */
export interface ServiceMapFilter {
  unitId: string;
  serviceId: string;
}

/** The units and relationships in view after filtering. */
export interface FilteredServiceMap {
  unitIds: Set<string>;
  relationships: MapRelationship[];
}

/**
 * Applies the map filter. Unit filter: the unit, its subtree, the relationships touching
 * them and the units at their other end. Service filter: only relationships carrying the
 * service, and the units they join (plus the service's provider).
 */
export function filterServiceMap(map: ServiceMapData, filter: ServiceMapFilter): FilteredServiceMap {
  const knownUnits = new Set(map.units.map((unit) => unit.id));
  let relationships = map.relationships.filter(
    (relationship) => knownUnits.has(relationship.providerUnitId) && knownUnits.has(relationship.customerUnitId),
  );
  if (filter.serviceId !== '') relationships = relationships.filter((relationship) => relationship.serviceIds.includes(filter.serviceId));

  if (filter.unitId === '' && filter.serviceId === '') return { unitIds: knownUnits, relationships };

  const unitIds = new Set<string>();
  if (filter.unitId !== '' && knownUnits.has(filter.unitId)) {
    const focus = collectSubtree(filter.unitId, groupChildren(map.units));
    relationships = relationships.filter(
      (relationship) => focus.has(relationship.providerUnitId) || focus.has(relationship.customerUnitId),
    );
    for (const id of focus) unitIds.add(id);
  } else if (filter.unitId !== '') {
    relationships = [];
  }
  if (filter.serviceId !== '' && filter.unitId === '') {
    const provider = map.services.find((service) => service.id === filter.serviceId)?.providerUnitId;
    if (provider !== undefined && knownUnits.has(provider)) unitIds.add(provider);
  }
  for (const relationship of relationships) {
    unitIds.add(relationship.providerUnitId);
    unitIds.add(relationship.customerUnitId);
  }
  return { unitIds, relationships };
}

/** Number of shown relationships each unit takes part in (as provider or customer). */
export function countDegrees(relationships: readonly MapRelationship[]): Map<string, number> {
  const degrees = new Map<string, number>();
  for (const { providerUnitId, customerUnitId } of relationships) {
    degrees.set(providerUnitId, (degrees.get(providerUnitId) ?? 0) + 1);
    degrees.set(customerUnitId, (degrees.get(customerUnitId) ?? 0) + 1);
  }
  return degrees;
}
