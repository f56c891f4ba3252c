import { DomainError } from '../../domain/errors.js';
import { dueTransition } from '../../domain/wave/wave.js';
import type { AppContext } from '../ports.js';
import { changeWaveStatus } from './change-wave-status.js';
import { openWaveWith } from './open-wave.js';
import type { SurveySettings } from './settings.js';

export interface AdvanceReport {
  opened: string[];
  closed: string[];
  /** Scheduled openings that could not happen (an empty scope, for example); the wave stays a draft. */
  failed: { waveId: string; name: string; message: string }[];
}

/**
 * Opens and closes the waves whose scheduled time has come. Safe to run at any moment and
 * from several app instances: each transition re-checks the wave inside its transaction.
 */
export async function advanceWaves(context: AppContext, settings: SurveySettings): Promise<AdvanceReport> {
  const report: AdvanceReport = { opened: [], closed: [], failed: [] };
  const now = context.clock();
  const due = (await context.stores.waves.listWaves()).filter((wave) => dueTransition(wave, now) !== null);
  for (const candidate of due) {
    try {
      const transition = await context.transaction(async (stores) => {
        const wave = await stores.waves.findWave(candidate.id);
        const decision = wave ? dueTransition(wave, now) : null;
        if (!wave || decision !== 'open') return decision;
        const { invited } = await openWaveWith(context, stores, { wave, settings, now });
        await stores.audit.record({
          at: now.toISOString(),
          accountId: null,
          action: 'wave.open',
          subject: wave.id,
          details: { invited, scheduled: true },
        });
        return 'open' as const;
      });
      if (transition === 'open') report.opened.push(candidate.id);
      if (transition === 'close') {
        await changeWaveStatus(context, { actor: null, id: candidate.id, change: 'close' });
        report.closed.push(candidate.id);
      }
    } catch (error) {
      // Another instance advanced the wave first: nothing left to do.
      if (error instanceof DomainError && error.code === 'conflict') continue;
      if (error instanceof DomainError) report.failed.push({ waveId: candidate.id, name: candidate.name, message: error.message });
      else throw error;
    }
  }
  return report;
}
