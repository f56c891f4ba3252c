import { DomainError } from '../errors.js';
import { checkUnitName, computeUnitPaths, parseUnitPath, PATH_SEPARATOR, type Unit } from '../org/unit.js';

/**
 * Units by path, as an import file names them ("Company/IT/Support"). Segments compare
 * case-insensitively, as sibling names do, so "company/it" finds "Company/IT".
 */
export interface UnitPathIndex {
  /** The id of the unit at the path, if there is one. */
  find(segments: readonly string[]): string | undefined;
  /** The id of the unit at the path, creating the missing units along it. */
  ensure(segments: readonly string[]): string;
  /** The display path of a unit, existing or created. */
  pathOf(unitId: string): string;
  /** Units that `ensure` created, parents before children. */
  created: Unit[];
}

/** Splits a unit path of an import file; a string is the problem with it. */
export function splitUnitPath(text: string): string[] | string {
  if (text.trim().length === 0) return 'must not be empty';
  let segments: string[];
  try {
    segments = parseUnitPath(text);
  } catch (error) {
    if (error instanceof DomainError) return error.message;
    throw error;
  }
  const nameProblem = segments.flatMap((segment) => checkUnitName(segment))[0];
  return nameProblem ? `"${text}": a unit name ${nameProblem.problem}` : segments;
}

/** An index over the existing units; `newId` names the units it creates. */
export function createUnitPathIndex(units: readonly Unit[], newId: () => string): UnitPathIndex {
  const paths = computeUnitPaths(units);
  const idByKey = new Map<string, string>();
  for (const [id, path] of paths) {
    const key = path.toLowerCase();
    if (!idByKey.has(key)) idByKey.set(key, id);
  }
  const created: Unit[] = [];
  const keyOf = (segments: readonly string[]) => segments.join(PATH_SEPARATOR).toLowerCase();

  const ensure = (segments: readonly string[]): string => {
    let parentId: string | null = null;
    for (let depth = 1; depth <= segments.length; depth += 1) {
      const key = keyOf(segments.slice(0, depth));
      let id = idByKey.get(key);
      if (id === undefined) {
        const name = segments[depth - 1] as string;
        const unit: Unit = { id: newId(), name, parentId, code: null };
        created.push(unit);
        id = unit.id;
        idByKey.set(key, id);
        paths.set(id, parentId === null ? name : `${paths.get(parentId)}${PATH_SEPARATOR}${name}`);
      }
      parentId = id;
    }
    return parentId as string;
  };

  return {
    find: (segments) => idByKey.get(keyOf(segments)),
    ensure,
    pathOf: (unitId) => paths.get(unitId) ?? '?',
    created,
  };
}
