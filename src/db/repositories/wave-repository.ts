import type { Kysely } from 'kysely';
import type { WaveStores } from '../../app/waves/ports.js';
import type { Database } from '../schema.js';

/** Questionnaires, waves and invitations. */
export function createWaveRepository(_db: Kysely<Database>): WaveStores {
  return {};
}
