import type { Relationship, Service } from '../../domain/org/relationship.js';

export interface RelationshipView {
  id: string;
  providerUnitId: string;
  providerPath: string;
  customerUnitId: string;
  customerPath: string;
  services: { id: string; name: string }[];
}

/** Shapes relationships for display: unit paths and service names instead of bare ids. */
export function presentRelationships(options: {
  relationships: readonly Relationship[];
  paths: ReadonlyMap<string, string>;
  services: readonly Service[];
}): RelationshipView[] {
  const serviceNames = new Map(options.services.map((service) => [service.id, service.name]));
  return options.relationships
    .map((relationship) => ({
      id: relationship.id,
      providerUnitId: relationship.providerUnitId,
      providerPath: options.paths.get(relationship.providerUnitId) ?? '?',
      customerUnitId: relationship.customerUnitId,
      customerPath: options.paths.get(relationship.customerUnitId) ?? '?',
      services: relationship.serviceIds
        .map((id) => ({ id, name: serviceNames.get(id) ?? '?' }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    }))
    .sort((a, b) => a.providerPath.localeCompare(b.providerPath) || a.customerPath.localeCompare(b.customerPath));
}
