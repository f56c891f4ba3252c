import { api } from '../../shared/api-client';

/** A relationship provider unit → customer unit with the services it carries. */
export interface RelationshipView {
  id: string;
  providerUnitId: string;
  providerPath: string;
  customerUnitId: string;
  customerPath: string;
  services: { id: string; name: string }[];
}

/** Lists all relationships. */
export async function fetchRelationships(signal?: AbortSignal): Promise<RelationshipView[]> {
  const body = await api.get<{ relationships: RelationshipView[] }>('/api/relationships', signal);
  return body.relationships;
}

/** Creates a relationship through one or more services of the provider. */
export function createRelationship(input: {
  providerUnitId: string;
  customerUnitId: string;
  serviceIds: string[];
}): Promise<RelationshipView> {
  return api.post<RelationshipView>('/api/relationships', input);
}

/** Replaces the services a relationship carries. */
export function updateRelationship(id: string, changes: { serviceIds: string[] }): Promise<RelationshipView> {
  return api.patch<RelationshipView>(`/api/relationships/${encodeURIComponent(id)}`, changes);
}

/** Deletes a relationship. */
export function deleteRelationship(id: string): Promise<void> {
  return api.delete(`/api/relationships/${encodeURIComponent(id)}`);
}
