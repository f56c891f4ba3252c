import type { RelationshipView } from '../relationships/api';
import type { WaveScope } from './api';

/** A unit that appears on one side of the service map. */
export interface SideUnit {
  id: string;
  path: string;
}

/** The units that are a provider, and those that are a customer, in some relationship, by path. */
export function unitsBySide(relationships: readonly RelationshipView[]): { providers: SideUnit[]; customers: SideUnit[] } {
  const providers = new Map<string, string>();
  const customers = new Map<string, string>();
  for (const relationship of relationships) {
    providers.set(relationship.providerUnitId, relationship.providerPath);
    customers.set(relationship.customerUnitId, relationship.customerPath);
  }
  const sorted = (units: Map<string, string>) =>
    [...units].map(([id, path]) => ({ id, path })).sort((left, right) => left.path.localeCompare(right.path));
  return { providers: sorted(providers), customers: sorted(customers) };
}

/** The scope the form describes: everything, or the chosen sides (an empty side means every unit on it). */
export function buildScope(isAll: boolean, providerIds: readonly string[], customerIds: readonly string[]): WaveScope {
  if (isAll) return { providerUnitIds: null, customerUnitIds: null };
  return {
    providerUnitIds: providerIds.length === 0 ? null : [...providerIds],
    customerUnitIds: customerIds.length === 0 ? null : [...customerIds],
  };
}

/** The relationships a scope selects, as the server will (for the preview in the form). */
export function countInScope(relationships: readonly RelationshipView[], scope: WaveScope): number {
  return relationships.filter(
    (relationship) =>
      (scope.providerUnitIds === null || scope.providerUnitIds.includes(relationship.providerUnitId)) &&
      (scope.customerUnitIds === null || scope.customerUnitIds.includes(relationship.customerUnitId)),
  ).length;
}

/** The value of a datetime-local input (the browser's local time) as an ISO time; null when empty or invalid. */
export function localInputToIso(value: string): string | null {
  if (value.trim() === '') return null;
  const time = new Date(value);
  return Number.isNaN(time.getTime()) ? null : time.toISOString();
}

/** An ISO time as the value of a datetime-local input, in the browser's local time. */
export function isoToLocalInput(iso: string | null): string {
  if (iso === null) return '';
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return '';
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}T${pad(time.getHours())}:${pad(time.getMinutes())}`;
}

/** A share as a whole percentage, or an en dash when nobody was invited. */
export function formatRate(submitted: number, invited: number): string {
  return invited === 0 ? '–' : `${Math.round((submitted / invited) * 100)} %`;
}
