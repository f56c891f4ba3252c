import { canManageSurveys, type Actor } from '../../domain/access/policy.js';
import { requirePermission } from '../authorize.js';
import type { AppContext } from '../ports.js';
import { changeWaveStatus } from './change-wave-status.js';
import type { WaveDetail } from './wave-views.js';

/** Closes an open wave now: its links stop accepting answers. */
export async function closeWave(context: AppContext, actor: Actor, id: string): Promise<WaveDetail> {
  requirePermission(canManageSurveys(actor), 'manage surveys');
  return changeWaveStatus(context, { actor, id, change: 'close' });
}
