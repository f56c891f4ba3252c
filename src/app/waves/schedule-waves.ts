import type { AppContext } from '../ports.js';
import { advanceWaves, type AdvanceReport } from './advance-waves.js';
import type { SurveySettings } from './settings.js';

export interface WaveScheduler {
  /** Stops the timer and waits for a run in flight. */
  stop(): Promise<void>;
}

/**
 * Once a minute (and once at start) opens and closes scheduled waves and moves submitted
 * responses out of the inbox (see RespondentStore.moveInbox); runs never overlap. Once a day
 * (the first run of a UTC day on any server) it rewrites the storage of every open wave in
 * random order (RespondentStore.shuffleOpenWaves; PostgreSQL only), so that where a response
 * is stored tells no more than its day, which the response states anyway.
 */
export function startWaveScheduler(options: {
  context: AppContext;
  settings: SurveySettings;
  intervalMs?: number | undefined;
  /** Called with each run that changed something or could not open a wave. */
  onReport?: ((report: AdvanceReport) => void) | undefined;
  onError: (error: unknown) => void;
}): WaveScheduler {
  const { context, settings, intervalMs = 60_000, onReport, onError } = options;
  let running: Promise<void> | undefined;
  const run = () => {
    running ??= advanceWaves(context, settings)
      .then((report) => {
        if (report.opened.length + report.closed.length + report.failed.length > 0) onReport?.(report);
      }, onError)
      .then(() => context.stores.responding.moveInbox(context.newId))
      .then(() => context.stores.responding.shuffleOpenWaves(context.clock().toISOString().slice(0, 10)))
      .then(() => undefined, onError)
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
