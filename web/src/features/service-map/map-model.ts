import type { ServiceMapData } from './api';
import type { FilteredServiceMap } from './filter';
import { countDegrees } from './filter';
import type { MapPosition } from './layout';

/** A unit as the chart draws it. */
export interface MapNode {
  id: string;
  name: string;
  path: string;
  x: number;
  y: number;
  depth: number;
  branch: number;
  degree: number;
}

/** A relationship as the chart draws it: provider (source) → customer (target). */
export interface MapEdge {
  id: string;
  source: string;
  target: string;
  providerPath: string;
  customerPath: string;
  serviceNames: string[];
}

/** Joins the filtered map with the layout and names into what the chart and the tables show. */
export function buildMapModel(options: {
  map: ServiceMapData;
  filtered: FilteredServiceMap;
  positions: ReadonlyMap<string, MapPosition>;
  paths: ReadonlyMap<string, string>;
}): { nodes: MapNode[]; edges: MapEdge[] } {
  const { map, filtered, positions, paths } = options;
  const degrees = countDegrees(filtered.relationships);
  const serviceNames = new Map(map.services.map((service) => [service.id, service.name]));
  const nodes: MapNode[] = [];
  for (const unit of map.units) {
    const position = positions.get(unit.id);
    if (!filtered.unitIds.has(unit.id) || !position) continue;
    nodes.push({ id: unit.id, name: unit.name, path: paths.get(unit.id) ?? unit.name, ...position, degree: degrees.get(unit.id) ?? 0 });
  }
  nodes.sort((left, right) => left.path.localeCompare(right.path));
  const edges = filtered.relationships.map((relationship) => ({
    id: relationship.id,
    source: relationship.providerUnitId,
    target: relationship.customerUnitId,
    providerPath: paths.get(relationship.providerUnitId) ?? '',
    customerPath: paths.get(relationship.customerUnitId) ?? '',
    serviceNames: relationship.serviceIds.map((id) => serviceNames.get(id) ?? id),
  }));
  edges.sort((left, right) => left.providerPath.localeCompare(right.providerPath) || left.customerPath.localeCompare(right.customerPath));
  return { nodes, edges };
}
