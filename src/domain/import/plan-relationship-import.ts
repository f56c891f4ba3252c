import { checkServiceName, type Relationship, type Service } from '../org/relationship.js';
import type { Unit } from '../org/unit.js';
import { problemsOnLine, type ImportPlan, type ImportProblem, type ImportRow } from './import-plan.js';
import { createUnitPathIndex, splitUnitPath, type UnitPathIndex } from './unit-path-index.js';

export const RELATIONSHIP_COLUMNS = { required: ['provider', 'customer', 'service'], optional: [] } as const;

export interface RelationshipImportPlan extends ImportPlan {
  servicesToCreate: Service[];
  /** New relationships, each with the services it runs through. */
  relationshipsToCreate: Relationship[];
  /** New services of relationships that exist already. */
  linksToAdd: { relationshipId: string; serviceId: string }[];
}

/**
 * Decides an import of the service map: each row says that the customer unit depends on
 * the provider unit through one named service. Units must exist; services and
 * relationships are created when missing. Repeated rows change nothing.
 */
export function planRelationshipImport(options: {
  units: readonly Unit[];
  services: readonly Service[];
  relationships: readonly Relationship[];
  rows: readonly ImportRow[];
  newId: () => string;
}): RelationshipImportPlan {
  const index = createUnitPathIndex(options.units, options.newId);
  const problems: ImportProblem[] = [];
  const rows = options.rows.flatMap((row) => readRelationshipRow(row, index, problems));
  const plan: RelationshipImportPlan = {
    problems,
    changes: [],
    summary: {},
    servicesToCreate: [],
    relationshipsToCreate: [],
    linksToAdd: [],
  };
  if (problems.length > 0) return plan;

  // Names of services compare case-insensitively per provider, as sibling unit names do.
  const serviceKey = (providerUnitId: string, name: string) => `${providerUnitId}\u0000${name.toLowerCase()}`;
  const servicesByKey = new Map(options.services.map((service) => [serviceKey(service.providerUnitId, service.name), service]));
  const pairKey = (relationship: { providerUnitId: string; customerUnitId: string }) =>
    `${relationship.providerUnitId}\u0000${relationship.customerUnitId}`;
  const existingByPair = new Map(options.relationships.map((relationship) => [pairKey(relationship), relationship]));
  const createdByPair = new Map<string, Relationship>();
  const linked = new Set(
    options.relationships.flatMap((relationship) => relationship.serviceIds.map((serviceId) => `${relationship.id}\u0000${serviceId}`)),
  );
  const touched = new Set<string>();
  const updated = new Set<string>();

  for (const row of rows) {
    let service = servicesByKey.get(serviceKey(row.providerUnitId, row.service));
    if (!service) {
      service = { id: options.newId(), providerUnitId: row.providerUnitId, name: row.service, description: '' };
      servicesByKey.set(serviceKey(row.providerUnitId, row.service), service);
      plan.servicesToCreate.push(service);
      plan.changes.push({ kind: 'create', entity: 'service', label: `${index.pathOf(row.providerUnitId)}: ${service.name}` });
    }
    const key = pairKey(row);
    let relationship = existingByPair.get(key) ?? createdByPair.get(key);
    if (!relationship) {
      relationship = { id: options.newId(), providerUnitId: row.providerUnitId, customerUnitId: row.customerUnitId, serviceIds: [] };
      createdByPair.set(key, relationship);
    }
    touched.add(relationship.id);
    const link = `${relationship.id}\u0000${service.id}`;
    if (linked.has(link)) continue;
    linked.add(link);
    if (createdByPair.get(key) === relationship) {
      relationship.serviceIds.push(service.id);
      continue;
    }
    updated.add(relationship.id);
    plan.linksToAdd.push({ relationshipId: relationship.id, serviceId: service.id });
    plan.changes.push({ kind: 'update', entity: 'relationship', label: describePair(index, row), detail: `+ service ${service.name}` });
  }

  const serviceNames = new Map([...servicesByKey.values()].map((service) => [service.id, service.name]));
  for (const relationship of createdByPair.values()) {
    plan.relationshipsToCreate.push(relationship);
    const names = relationship.serviceIds.map((id) => serviceNames.get(id) ?? id).join(', ');
    plan.changes.push({ kind: 'create', entity: 'relationship', label: describePair(index, relationship), detail: `services: ${names}` });
  }
  plan.summary = {
    servicesCreated: plan.servicesToCreate.length,
    relationshipsCreated: plan.relationshipsToCreate.length,
    relationshipsUpdated: updated.size,
    relationshipsUnchanged: touched.size - createdByPair.size - updated.size,
    linksCreated:
      plan.linksToAdd.length + plan.relationshipsToCreate.reduce((sum, relationship) => sum + relationship.serviceIds.length, 0),
  };
  return plan;
}

interface RelationshipRow {
  providerUnitId: string;
  customerUnitId: string;
  service: string;
}

function readRelationshipRow(row: ImportRow, index: UnitPathIndex, problems: ImportProblem[]): RelationshipRow[] {
  const before = problems.length;
  const findUnit = (column: 'provider' | 'customer'): string | undefined => {
    const text = row.values[column] ?? '';
    const segments = splitUnitPath(text);
    if (typeof segments === 'string') problems.push({ line: row.line, column, problem: segments });
    else {
      const id = index.find(segments);
      if (id !== undefined) return id;
      problems.push({ line: row.line, column, problem: `no unit "${text}"; import it with the people or units first` });
    }
    return undefined;
  };
  const providerUnitId = findUnit('provider');
  const customerUnitId = findUnit('customer');
  if (providerUnitId !== undefined && providerUnitId === customerUnitId) {
    problems.push({ line: row.line, column: 'customer', problem: 'a unit cannot be its own internal customer' });
  }
  const service = row.values.service ?? '';
  problems.push(...problemsOnLine(row.line, checkServiceName(service, 'service')));
  if (problems.length > before || providerUnitId === undefined || customerUnitId === undefined) return [];
  return [{ providerUnitId, customerUnitId, service: service.trim() }];
}

function describePair(index: UnitPathIndex, pair: { providerUnitId: string; customerUnitId: string }): string {
  return `${index.pathOf(pair.providerUnitId)} → ${index.pathOf(pair.customerUnitId)}`;
}
