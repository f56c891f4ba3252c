import { DomainError } from '../../domain/errors.js';
import type { Stores } from '../ports.js';
import type { StoredWave } from './ports.js';

/** A wave by id, or by its name (ignoring case) for people at the command line. */
export async function findWaveByReference(stores: Stores, reference: string): Promise<StoredWave> {
  const byId = await stores.waves.findWave(reference);
  if (byId) return byId;
  const name = reference.trim().toLowerCase();
  const matches = (await stores.waves.listWaves()).filter((wave) => wave.name.toLowerCase() === name);
  if (matches.length > 1) throw new DomainError('conflict', `${matches.length} waves are named "${reference}"; name the wave by its id`);
  const [match] = matches;
  if (!match) throw new DomainError('not_found', `wave "${reference}" not found`);
  return match;
}

/** Refuses a wave name that another wave has already (ignoring case), so that names identify waves. */
export async function ensureWaveNameIsFree(stores: Stores, name: string, waveId: string): Promise<void> {
  const trimmed = name.trim().toLowerCase();
  const clash = (await stores.waves.listWaves()).some((wave) => wave.id !== waveId && wave.name.toLowerCase() === trimmed);
  if (clash)
    throw new DomainError('conflict', `name: a wave named "${name.trim()}" exists already`, [{ field: 'name', problem: 'already taken' }]);
}
