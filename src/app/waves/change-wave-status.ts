import type { Actor } from '../../domain/access/policy.js';
import { DomainError } from '../../domain/errors.js';
import { decideWaveChange } from '../../domain/wave/wave.js';
import { requireFound } from '../authorize.js';
import type { AppContext } from '../ports.js';
import { buildWaveAggregates } from '../results/wave-results.js';
import { describeWave, type WaveDetail } from './wave-views.js';

/** Closes or archives a wave as the domain allows, and records who did it (null: the schedule). */
export async function changeWaveStatus(
  context: AppContext,
  options: { actor: Actor | null; id: string; change: 'close' | 'archive' },
): Promise<WaveDetail> {
  const now = context.clock();
  const detail = await context.transaction(async (stores) => {
    const wave = requireFound(await stores.waves.findWave(options.id), 'wave');
    const changed = { ...decideWaveChange(wave, { kind: options.change }, now), createdAt: wave.createdAt };
    if (!(await stores.waves.updateWave(changed, wave.status))) {
      throw new DomainError('conflict', 'the wave changed at the same moment; reload and try again');
    }
    const cancelledMails = options.change === 'close' ? await stores.outbox.clearClosedWave(wave.id) : 0;
    await stores.audit.record({
      at: now.toISOString(),
      accountId: options.actor?.accountId ?? null,
      action: `wave.${options.change}`,
      subject: wave.id,
      details: { ...(options.actor ? {} : { scheduled: true }), ...(cancelledMails > 0 ? { cancelledMails } : {}) },
    });
    return describeWave(stores, changed, now);
  });
  if (options.change === 'close') {
    // The results are built now rather than on the first request for them. Should this
    // fail, the wave is closed all the same and the first request builds them.
    const closed = await context.stores.waves.findWave(options.id);
    if (closed) await buildWaveAggregates(context, closed).catch(() => undefined);
  }
  return detail;
}
