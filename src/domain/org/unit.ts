import { DomainError, type FieldProblem } from '../errors.js';

export interface Unit {
  id: string;
  name: string;
  parentId: string | null;
  code: string | null;
}

export const PATH_SEPARATOR = '/';
const MAX_NAME_LENGTH = 120;

/** Problems with a unit name: empty, too long, or containing the path separator. */
export function checkUnitName(name: string, field = 'name'): FieldProblem[] {
  const trimmed = name.trim();
  if (trimmed.length === 0) return [{ field, problem: 'must not be empty' }];
  if (trimmed.length > MAX_NAME_LENGTH) return [{ field, problem: `must be at most ${MAX_NAME_LENGTH} characters` }];
  if (trimmed.includes(PATH_SEPARATOR)) return [{ field, problem: `must not contain "${PATH_SEPARATOR}"` }];
  return [];
}

/** Splits "Company/IT/Support" into trimmed segments; empty segments are an error. */
export function parseUnitPath(path: string): string[] {
  const segments = path.split(PATH_SEPARATOR).map((segment) => segment.trim());
  if (segments.some((segment) => segment.length === 0)) {
    throw new DomainError('validation', `"${path}" is not a unit path like Company/IT/Support`);
  }
  return segments;
}

/** The full path of every unit, e.g. "Company/IT/Support", keyed by unit id. */
export function computeUnitPaths(units: readonly Unit[]): Map<string, string> {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const paths = new Map<string, string>();
  const pathOf = (unit: Unit, depth: number): string => {
    const known = paths.get(unit.id);
    if (known !== undefined) return known;
    // A depth beyond the number of units means a cycle slipped into stored data; stop rather than loop.
    const parent = unit.parentId === null || depth > units.length ? undefined : byId.get(unit.parentId);
    const path = parent ? `${pathOf(parent, depth + 1)}${PATH_SEPARATOR}${unit.name}` : unit.name;
    paths.set(unit.id, path);
    return path;
  };
  for (const unit of units) pathOf(unit, 0);
  return paths;
}

/** True when making `newParentId` the parent of `unitId` would put the unit below itself. */
export function wouldCreateCycle(options: { units: readonly Unit[]; unitId: string; newParentId: string | null }): boolean {
  const parentOf = new Map(options.units.map((unit) => [unit.id, unit.parentId]));
  let current = options.newParentId;
  const seen = new Set<string>();
  while (current !== null && current !== undefined) {
    if (current === options.unitId || seen.has(current)) return true;
    seen.add(current);
    current = parentOf.get(current) ?? null;
  }
  return false;
}

/** The ids of a unit and every unit below it. */
export function collectSubtree(units: readonly Unit[], rootId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const unit of units) {
    if (unit.parentId === null) continue;
    const siblings = children.get(unit.parentId) ?? [];
    siblings.push(unit.id);
    children.set(unit.parentId, siblings);
  }
  const result = new Set<string>();
  const pending = [rootId];
  while (pending.length > 0) {
    const id = pending.pop() as string;
    if (result.has(id)) continue;
    result.add(id);
    pending.push(...(children.get(id) ?? []));
  }
  return result;
}

/**
 * Decides a rename or move of a unit: the name must be valid, the parent must exist, the
 * unit must not move below itself, and no sibling may carry the same name.
 */
export function decideUnitChange(options: { units: readonly Unit[]; unit: Unit; name: string; parentId: string | null }): Unit {
  const { units, unit } = options;
  const nameProblems = checkUnitName(options.name);
  if (nameProblems.length > 0) throw new DomainError('validation', `name: ${nameProblems[0]?.problem}`, nameProblems);
  if (options.parentId !== null && !units.some((candidate) => candidate.id === options.parentId)) {
    throw new DomainError('validation', 'parentId: no such unit', [{ field: 'parentId', problem: 'no such unit' }]);
  }
  if (wouldCreateCycle({ units, unitId: unit.id, newParentId: options.parentId })) {
    throw new DomainError('conflict', 'parentId: a unit cannot be moved below itself', [
      { field: 'parentId', problem: 'a unit cannot be moved below itself' },
    ]);
  }
  const name = options.name.trim();
  const isTaken = units.some(
    (other) => other.id !== unit.id && other.parentId === options.parentId && other.name.toLowerCase() === name.toLowerCase(),
  );
  if (isTaken) {
    throw new DomainError('conflict', `name: a unit named "${name}" already exists there`, [
      { field: 'name', problem: 'already exists under this parent' },
    ]);
  }
  return { ...unit, name, parentId: options.parentId };
}
