import { api } from '../../shared/api-client';

/** The compact service map: enough to draw 1,000 units and 10,000 relationships. */
export interface ServiceMapData {
  units: { id: string; name: string; parentId: string | null }[];
  services: { id: string; name: string; providerUnitId: string }[];
  relationships: { id: string; providerUnitId: string; customerUnitId: string; serviceIds: string[] }[];
}

/** Loads the whole service map. */
export function fetchServiceMap(signal?: AbortSignal): Promise<ServiceMapData> {
  return api.get<ServiceMapData>('/api/service-map', signal);
}
