import { canManageSurveys, type Actor } from '../../domain/access/policy.js';
import { DomainError } from '../../domain/errors.js';
import { tokenExpiresAt } from '../../domain/wave/invitation.js';
import { applyWaveEdit, planWaveEdit, type WaveEdit } from '../../domain/wave/wave-edit.js';
import { requireFound, requirePermission } from '../authorize.js';
import type { AppContext } from '../ports.js';
import { checkWaveSettings } from './check-wave-settings.js';
import { ensureWaveNameIsFree } from './find-wave.js';
import { normaliseTime } from './settings.js';
import { describeWave, type WaveDetail } from './wave-views.js';

/**
 * Renames, reschedules, or changes the questionnaire or scope of a wave, as far as its state
 * allows (the domain decides). A later close time keeps the wave's links working until then.
 */
export async function updateWave(context: AppContext, actor: Actor, input: WaveEdit & { id: string }): Promise<WaveDetail> {
  requirePermission(canManageSurveys(actor), 'manage surveys');
  const now = context.clock();
  const edit: WaveEdit = { ...input, opensAt: normaliseTime(input.opensAt), closesAt: normaliseTime(input.closesAt) };
  return context.transaction(async (stores) => {
    const wave = requireFound(await stores.waves.findWave(input.id), 'wave');
    const changes = planWaveEdit(wave, edit);
    if (changes.length === 0) return describeWave(stores, wave, now);
    const changed = { ...applyWaveEdit(wave, edit, now), createdAt: wave.createdAt };
    await checkWaveSettings(stores, {
      questionnaireVersionId: changed.questionnaireVersionId === wave.questionnaireVersionId ? undefined : changed.questionnaireVersionId,
      scope: changes.some((change) => change.kind === 'set-scope') ? changed.scope : undefined,
    });
    if (changed.name !== wave.name) await ensureWaveNameIsFree(stores, changed.name, wave.id);
    if (!(await stores.waves.updateWave(changed, wave.status))) {
      throw new DomainError('conflict', 'the wave changed at the same moment; reload and try again');
    }
    if (changed.status === 'open' && changed.closesAt !== wave.closesAt) {
      await stores.waves.extendTokens(wave.id, tokenExpiresAt(changed.closesAt, now));
    }
    await stores.audit.record({
      at: now.toISOString(),
      accountId: actor.accountId,
      action: 'wave.update',
      subject: wave.id,
      details: { changes: changes.map((change) => change.kind) },
    });
    return describeWave(stores, changed, now);
  });
}
