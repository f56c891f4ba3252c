import type { AppContext } from '../ports.js';
import { advanceWaves, type AdvanceReport } from './advance-waves.js';
import type { SurveySettings } from './settings.js';

const SESSION_SWEEP_MS = 3_600_000;

export interface WaveScheduler {
  /** Stops the timer and waits for a run in flight. */
  stop(): Promise<void>;
}

/**
 * Once a minute (and once at start) opens and closes scheduled waves and moves submitted
 * responses out of the inbox (see RespondentStore.moveInbox); runs never overlap. Once a day
 * (the first run of a UTC day on any server) it rewrites the storage of every open wave in
 * random order (RespondentStore.shuffleOpenWaves; PostgreSQL only), so that where a response
 * is stored tells no more than its day, which the response states anyway. Once an hour it
 * deletes expired respondent sessions.
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
  let sweptAt = 0;
  // Respondent sessions end at most 30 days after a visit (see openInvitation); expired ones
  // are deleted within the hour, so that none keeps the day of a visit longer.
  const sweepSessions = async () => {
    const now = context.clock();
    if (now.getTime() - sweptAt < SESSION_SWEEP_MS) return;
    await context.stores.responding.deleteExpiredSessions(now.toISOString());
    sweptAt = now.getTime();
  };
  // Each step runs whatever the one before did: a failing step is reported, not a reason to skip the others.
  const steps = [
    async () => {
      const report = await advanceWaves(context, settings);
      if (report.opened.length + report.closed.length + report.failed.length > 0) onReport?.(report);
    },
    () => context.stores.responding.moveInbox(context.newId),
    () => context.stores.responding.shuffleOpenWaves(context.clock().toISOString()),
    sweepSessions,
  ];
  const run = () => {
    running ??= (async () => {
      for (const step of steps) await step().catch(onError);
    })().finally(() => {
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
