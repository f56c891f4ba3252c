import { canManageSurveys, type Actor } from '../../domain/access/policy.js';
import { createDraftWave } from '../../domain/wave/wave-edit.js';
import type { WaveScope } from '../../domain/wave/wave.js';
import { requirePermission } from '../authorize.js';
import type { AppContext } from '../ports.js';
import { checkWaveSettings } from './check-wave-settings.js';
import { ensureWaveNameIsFree } from './find-wave.js';
import { normaliseTime } from './settings.js';
import { describeWave, type WaveDetail } from './wave-views.js';

export interface WaveInput {
  name: string;
  questionnaireVersionId: string;
  scope: WaveScope;
  opensAt?: string | null | undefined;
  closesAt?: string | null | undefined;
}

/** A new draft wave; with `opensAt` it opens by itself at that time. */
export async function createWave(context: AppContext, actor: Actor, input: WaveInput): Promise<WaveDetail> {
  requirePermission(canManageSurveys(actor), 'manage surveys');
  const now = context.clock();
  const wave = createDraftWave(
    {
      id: context.newId(),
      name: input.name,
      questionnaireVersionId: input.questionnaireVersionId,
      scope: input.scope,
      opensAt: normaliseTime(input.opensAt ?? null),
      closesAt: normaliseTime(input.closesAt ?? null),
    },
    now,
  );
  return context.transaction(async (stores) => {
    await checkWaveSettings(stores, { questionnaireVersionId: wave.questionnaireVersionId, scope: wave.scope });
    await ensureWaveNameIsFree(stores, wave.name, wave.id);
    const stored = { ...wave, createdAt: now.toISOString() };
    await stores.waves.insertWave(stored);
    await stores.audit.record({
      at: now.toISOString(),
      accountId: actor.accountId,
      action: 'wave.create',
      subject: wave.id,
      details: { name: wave.name, opensAt: wave.opensAt, closesAt: wave.closesAt },
    });
    return describeWave(stores, stored, now);
  });
}
