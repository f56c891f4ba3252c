import { canManageSurveys, type Actor } from '../../domain/access/policy.js';
import { requirePermission } from '../authorize.js';
import type { AppContext } from '../ports.js';
import { changeWaveStatus } from './change-wave-status.js';
import type { WaveDetail } from './wave-views.js';

/** Archives a closed wave: nothing about it changes any more. */
export async function archiveWave(context: AppContext, actor: Actor, id: string): Promise<WaveDetail> {
  requirePermission(canManageSurveys(actor), 'manage surveys');
  return changeWaveStatus(context, { actor, id, change: 'archive' });
}
