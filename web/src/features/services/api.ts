import { api } from '../../shared/api-client';

/** Something a provider unit delivers to its internal customers. */
export interface Service {
  id: string;
  providerUnitId: string;
  providerPath: string;
  name: string;
  description: string | null;
  relationshipCount: number;
}

/** Lists all services. */
export async function fetchServices(signal?: AbortSignal): Promise<Service[]> {
  const body = await api.get<{ services: Service[] }>('/api/services', signal);
  return body.services;
}

/** Creates a service of a provider unit. */
export function createService(input: { providerUnitId: string; name: string; description?: string }): Promise<Service> {
  return api.post<Service>('/api/services', input);
}

/** Renames a service or changes its description. */
export function updateService(id: string, changes: { name?: string; description?: string }): Promise<Service> {
  return api.patch<Service>(`/api/services/${encodeURIComponent(id)}`, changes);
}

/** Deletes a service. */
export function deleteService(id: string): Promise<void> {
  return api.delete(`/api/services/${encodeURIComponent(id)}`);
}
