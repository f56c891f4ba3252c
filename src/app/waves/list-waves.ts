import { canManageSurveys, type Actor } from '../../domain/access/policy.js';
import { requirePermission } from '../authorize.js';
import type { AppContext } from '../ports.js';
import { presentWaves, type WaveView } from './wave-views.js';

/** Every wave, newest first. */
export async function listWaves(context: AppContext, actor: Actor): Promise<WaveView[]> {
  requirePermission(canManageSurveys(actor), 'manage surveys');
  return presentWaves(context.stores, await context.stores.waves.listWaves());
}
