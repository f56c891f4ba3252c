import type { TFunction } from 'i18next';
import type { ComplianceStatus, ComplianceTrend, PerceptionFlag, PeriodCompliance } from './api';

/** The trend in one sentence: "Met 9 of 12 judged periods; 3 missed in a row." */
export function trendSentence(t: TFunction, trend: ComplianceTrend): string {
  if (trend.judged === 0) return t('sla.trend.none');
  const met = t('sla.trend.met', { met: trend.met, count: trend.judged });
  if (!trend.streak || trend.streak.length < 2) return `${met}.`;
  return `${met}; ${t(`sla.trend.streak.${trend.streak.status}`, { count: trend.streak.length })}.`;
}

/** The status of a period in words; a running period that is judged says its result is provisional. */
export function periodStatusText(t: TFunction, period: Pick<PeriodCompliance, 'status' | 'isRunning'>): string {
  const status = t(`sla.status.${period.status}`);
  return period.isRunning && period.status !== 'no-objective' ? t('sla.status.running', { status }) : status;
}

const STATUS_TONES: Readonly<Record<ComplianceStatus, string>> = {
  met: 'good',
  missed: 'bad',
  missing: 'none',
  'no-objective': 'none',
};

/** The CSS class of a compliance status (colour only in addition to the text). */
export function statusClass(status: ComplianceStatus): string {
  return `sla-status sla-status--${STATUS_TONES[status]}`;
}

/** A small symbol beside the status text, hidden from screen readers. */
export function statusIcon(status: ComplianceStatus): string {
  return { met: '✓', missed: '✗', missing: '?', 'no-objective': '–' }[status];
}

const FLAG_TONES: Readonly<Record<PerceptionFlag, string>> = {
  'both-green': 'good',
  'green-sla-red-perception': 'warn',
  'red-sla-green-perception': 'warn',
  'both-red': 'bad',
  'no-data': 'none',
};

/** The CSS class of an SLA-beside-perception flag. */
export function flagClass(flag: PerceptionFlag): string {
  return `sla-status sla-status--${FLAG_TONES[flag]}`;
}

/** The period to show as "latest": the last finished one, else the running one; undefined for none. */
export function latestPeriod(periods: readonly PeriodCompliance[]): PeriodCompliance | undefined {
  const finished = periods.filter((period) => !period.isRunning);
  return finished.at(-1) ?? periods.at(-1);
}

/**
 * The day from which an agreed objective judges, when the newest period began before it (an
 * objective agreed in the middle of a period judges from the next one); null otherwise.
 */
export function notYetInForceFrom(
  periods: readonly Pick<PeriodCompliance, 'status'>[],
  versions: readonly { validFrom: string; agreedBy: unknown }[],
): string | null {
  if (periods.at(-1)?.status !== 'no-objective') return null;
  const agreed = versions.filter((version) => version.agreedBy !== null).map((version) => version.validFrom);
  return agreed.length === 0 ? null : agreed.sort()[0]!;
}
