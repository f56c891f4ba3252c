import { canManageSurveys, type Actor } from '../../domain/access/policy.js';
import { requireFound, requirePermission } from '../authorize.js';
import type { AppContext } from '../ports.js';
import { describeWave, type WaveDetail } from './wave-views.js';

/** One wave with what it covers and its mail counts. */
export async function getWave(context: AppContext, actor: Actor, id: string): Promise<WaveDetail> {
  requirePermission(canManageSurveys(actor), 'manage surveys');
  const wave = requireFound(await context.stores.waves.findWave(id), 'wave');
  return describeWave(context.stores, wave, context.clock());
}
