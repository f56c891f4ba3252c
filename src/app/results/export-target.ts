import { DomainError } from '../../domain/errors.js';
import { computeUnitPaths, parseUnitPath, PATH_SEPARATOR } from '../../domain/org/unit.js';
import type { AppContext } from '../ports.js';
import { findWaveByReference } from '../waves/find-wave.js';
import type { StoredWave } from '../waves/ports.js';
import { resolveResultWaveId } from './list-result-waves.js';
import { findResultWave } from './provider-report.js';

/** The languages exports are written in: figures and layout stay the same, labels change. */
export type ExportLocale = 'de' | 'en';
export const EXPORT_LOCALES: readonly ExportLocale[] = ['en', 'de'];

/**
 * The wave an export is about: `latest` (the most recent closed wave), an id, or a name as
 * people type it at the command line. Throws `not_found`, or `invalid_state` for a wave
 * that is not closed yet.
 */
export async function findExportWave(context: AppContext, reference: string): Promise<StoredWave> {
  const id =
    reference === 'latest' ? await resolveResultWaveId(context, reference) : (await findWaveByReference(context.stores, reference)).id;
  return findResultWave(context, id);
}

/**
 * A unit by id or by path ("Muster AG/IT/Service Desk"; segments compare case-insensitively,
 * as import files do). Throws `not_found` naming the reference.
 */
export async function findUnitByReference(context: AppContext, reference: string): Promise<{ id: string; path: string }> {
  const units = await context.stores.units.listAll();
  const paths = computeUnitPaths(units);
  const byId = paths.get(reference);
  if (byId !== undefined) return { id: reference, path: byId };
  const wanted = parseUnitPath(reference).join(PATH_SEPARATOR).toLowerCase();
  const matches = [...paths].filter(([, path]) => path.toLowerCase() === wanted);
  if (matches.length > 1)
    throw new DomainError('conflict', `${matches.length} units have the path "${reference}"; name the unit by its id`);
  const [match] = matches;
  if (!match) throw new DomainError('not_found', `unit "${reference}" not found (give a unit id or a path like Company/IT/Support)`);
  return { id: match[0], path: match[1] };
}
