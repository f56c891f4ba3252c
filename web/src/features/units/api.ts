import { api } from '../../shared/api-client';
import type { RelationshipView } from '../relationships/api';
import type { Service } from '../services/api';

/** A unit (department or team) with its full path, e.g. "Company/IT/Support". */
export interface Unit {
  id: string;
  name: string;
  parentId: string | null;
  code: string | null;
  path: string;
  peopleCount: number;
}

/** Everything the unit page shows about one unit. */
export interface UnitDetail {
  unit: Unit;
  children: Unit[];
  services: Service[];
  asProvider: RelationshipView[];
  asCustomer: RelationshipView[];
  peopleCount: number;
}

/** Lists all units. */
export async function fetchUnits(signal?: AbortSignal): Promise<Unit[]> {
  const body = await api.get<{ units: Unit[] }>('/api/units', signal);
  return body.units;
}

/** Loads one unit with its children, services and relationships. */
export function fetchUnitDetail(id: string, signal?: AbortSignal): Promise<UnitDetail> {
  return api.get<UnitDetail>(`/api/units/${encodeURIComponent(id)}`, signal);
}

/** Creates a unit under `parentId` (null for a root). */
export function createUnit(input: { name: string; parentId: string | null; code?: string | null }): Promise<Unit> {
  return api.post<Unit>('/api/units', input);
}

/** Renames and/or moves a unit; the server refuses moves that would create a cycle. */
export function updateUnit(id: string, changes: { name?: string; parentId?: string | null }): Promise<Unit> {
  return api.patch<Unit>(`/api/units/${encodeURIComponent(id)}`, changes);
}

/** Deletes an empty unit; the server refuses units with children, people or services. */
export function deleteUnit(id: string): Promise<void> {
  return api.delete(`/api/units/${encodeURIComponent(id)}`);
}
