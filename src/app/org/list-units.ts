import { canViewOrganisation, type Actor } from '../../domain/access/policy.js';
import { computeUnitPaths, type Unit } from '../../domain/org/unit.js';
import { requirePermission } from '../authorize.js';
import type { AppContext } from '../ports.js';

export interface UnitView extends Unit {
  path: string;
  peopleCount: number;
}

/** Every unit with its path and head count, ordered by path. */
export async function listUnits(context: AppContext, actor: Actor): Promise<UnitView[]> {
  requirePermission(canViewOrganisation(actor), 'view the organisation');
  const [units, peopleCounts] = await Promise.all([context.stores.units.listAll(), context.stores.units.countPeopleByUnit()]);
  const paths = computeUnitPaths(units);
  return units
    .map((unit) => ({ ...unit, path: paths.get(unit.id) ?? unit.name, peopleCount: peopleCounts.get(unit.id) ?? 0 }))
    .sort((a, b) => a.path.localeCompare(b.path));
}
