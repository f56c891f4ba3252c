import type { Service } from './api';

/** The services of one provider unit. */
export interface ServiceGroupData {
  providerUnitId: string;
  providerPath: string;
  services: Service[];
}

/** Groups services by provider (sorted by provider path, then name), keeping those whose name or provider matches `filter`. */
export function groupServicesByProvider(services: readonly Service[], filter = ''): ServiceGroupData[] {
  const needle = filter.trim().toLowerCase();
  const groups = new Map<string, ServiceGroupData>();
  for (const service of services) {
    if (needle !== '' && !service.name.toLowerCase().includes(needle) && !service.providerPath.toLowerCase().includes(needle)) continue;
    let group = groups.get(service.providerUnitId);
    if (!group) {
      group = { providerUnitId: service.providerUnitId, providerPath: service.providerPath, services: [] };
      groups.set(service.providerUnitId, group);
    }
    group.services.push(service);
  }
  const sorted = [...groups.values()].sort((left, right) => left.providerPath.localeCompare(right.providerPath));
  for (const group of sorted) group.services.sort((left, right) => left.name.localeCompare(right.name));
  return sorted;
}
