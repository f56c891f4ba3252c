import type { AppContext } from '../ports.js';
import { buildMissingAggregates } from '../results/wave-results.js';
import { advanceWaves, type AdvanceReport } from './advance-waves.js';
import type { SurveySettings } from './settings.js';

export interface WaveScheduler {
  /** Stops the timer and waits for a run in flight. */
  stop(): Promise<void>;
}

/**
 * Once a minute (and once at start) opens and closes scheduled waves, moves submitted
 * responses out of the inbox (see RespondentStore.moveInbox), and builds the results of
 * closed waves that have none yet (see buildMissingAggregates); runs never overlap.
 */
export function startWaveScheduler(options: {
  context: AppContext;
  settings: SurveySettings;
  intervalMs?: number | undefined;
  /** Called with each run that changed something or could not open a wave. */
  onReport?: ((report: AdvanceReport) => void) | undefined;
  /** Called with the waves whose results a run built. */
  onResultsBuilt?: ((built: { waveId: string; cells: number; responses: number }[]) => void) | undefined;
  onError: (error: unknown) => void;
}): WaveScheduler {
  const { context, settings, intervalMs = 60_000, onReport, onResultsBuilt, onError } = options;
  let running: Promise<void> | undefined;
  const run = () => {
    running ??= advanceWaves(context, settings)
      .then((report) => {
        if (report.opened.length + report.closed.length + report.failed.length > 0) onReport?.(report);
      }, onError)
      .then(() => context.stores.responding.moveInbox(context.newId))
      .then(() => undefined, onError)
      .then(() => buildMissingAggregates(context))
      .then(({ built, failed }) => {
        if (built.length > 0) onResultsBuilt?.(built);
        for (const failure of failed) onError(new Error(`building the results of wave ${failure.waveId} failed`, { cause: failure.error }));
      }, onError)
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(run, intervalMs);
  timer.unref();
  run();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
