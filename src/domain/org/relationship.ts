import type { FieldProblem } from '../errors.js';

export interface Service {
  id: string;
  providerUnitId: string;
  name: string;
  description: string;
}

/** Provider unit → customer unit, through one or more services of the provider. */
export interface Relationship {
  id: string;
  providerUnitId: string;
  customerUnitId: string;
  serviceIds: string[];
}

/** Problems with a service name. */
export function checkServiceName(name: string, field = 'name'): FieldProblem[] {
  const trimmed = name.trim();
  if (trimmed.length === 0) return [{ field, problem: 'must not be empty' }];
  if (trimmed.length > 160) return [{ field, problem: 'must be at most 160 characters' }];
  return [];
}

/**
 * Problems with a relationship: two distinct existing units, at least one service, and
 * every service delivered by the provider.
 */
export function checkRelationship(options: {
  providerUnitId: string;
  customerUnitId: string;
  serviceIds: readonly string[];
  unitIds: ReadonlySet<string>;
  services: readonly Service[];
}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!options.unitIds.has(options.providerUnitId)) problems.push({ field: 'providerUnitId', problem: 'no such unit' });
  if (!options.unitIds.has(options.customerUnitId)) problems.push({ field: 'customerUnitId', problem: 'no such unit' });
  if (options.providerUnitId === options.customerUnitId) {
    problems.push({ field: 'customerUnitId', problem: 'a unit cannot be its own internal customer' });
  }
  if (options.serviceIds.length === 0) problems.push({ field: 'serviceIds', problem: 'name at least one service' });
  const servicesById = new Map(options.services.map((service) => [service.id, service]));
  for (const serviceId of options.serviceIds) {
    const service = servicesById.get(serviceId);
    if (!service) problems.push({ field: 'serviceIds', problem: `no such service: ${serviceId}` });
    else if (service.providerUnitId !== options.providerUnitId) {
      problems.push({ field: 'serviceIds', problem: `"${service.name}" is not a service of the provider unit` });
    }
  }
  return problems;
}
