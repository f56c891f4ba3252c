import type { PeriodStatus } from '../../contract/vocabulary.js';
import type { FieldProblem } from '../errors.js';
import { metricKeyOf, objectiveInForce, type SlaDirection, type SlaObjective, type SlaTerms, type SlaUnit } from './objective.js';
import { isCalendarDate, periodOf, periodsBetween, type Period } from './periods.js';

/**
 * Compliance of an objective per period. Each measurement is one observed value: one case
 * (a ticket's resolution time, one delivery's delay) or one reading (a week's availability).
 * A period's measurements are aggregated as the objective says and held against its target:
 *
 * - mean, median: as usual (the median of an even count is the mean of the middle two);
 * - p90: the nearest-rank 90th percentile, the ⌈0.9·n⌉-th smallest value. It is always an
 *   observed value, and "p90 at most T" holds exactly when at least 90 % of the cases are at
 *   most T, which is how SLAs are read;
 * - share-within-target: the share of cases meeting the target on their own (at most or at
 *   least it, as the direction says); the period is met when that share reaches the
 *   objective's requiredShare. A case exactly on the target meets it, and a share exactly at
 *   requiredShare meets it.
 *
 * A period without measurements is `missing`, never met; a period before any agreed version
 * applies is `no-objective` and not judged.
 */

export interface Measurement {
  relationshipId: string;
  /** The objective's metric key (see metricKeyOf). */
  metric: string;
  /** ISO time of the observation; it counts in the period containing it. */
  at: string;
  value: number;
}

/** How a period with an objective in force fared. */
export type ComplianceStatus = Exclude<PeriodStatus, 'no-objective'>;

export interface PeriodCompliance {
  period: Period;
  /** The version the period is judged by; null when none was agreed for it yet. */
  objective: SlaObjective | null;
  status: PeriodStatus;
  /** Measurements in the period. */
  count: number;
  /** The aggregate in the objective's unit; for share-within-target the share 0 … 1 of cases within target; null without measurements. */
  value: number | null;
  /** The period contains `now`: its figures may still change. */
  isRunning: boolean;
}

// Aggregates are computed in binary floating point (the mean of 0.1 and 0.2 is 0.15000000000000002),
// so a value within a billionth of the target counts as on it.
const RELATIVE_TOLERANCE = 1e-9;
const P90 = 0.9;

/** The nearest-rank p-quantile (0 < p ≤ 1): the ⌈p·n⌉-th smallest value; null without values. */
export function nearestRankPercentile(values: readonly number[], p: number): number | null {
  if (!(p > 0 && p <= 1)) throw new RangeError('a percentile needs 0 < p ≤ 1');
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  // The small subtraction keeps ⌈0.9 · 10⌉ at 9 where 0.9 · 10 rounds above 9 in floating point.
  const rank = Math.max(1, Math.ceil(p * sorted.length - 1e-9));
  return sorted[rank - 1]!;
}

/** The median: the middle value, or the mean of the middle two; null without values. */
export function medianOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Whether a value meets a target in the direction (on the target meets it). */
export function meetsTarget(value: number, target: number, direction: SlaDirection): boolean {
  const tolerance = RELATIVE_TOLERANCE * Math.max(1, Math.abs(target));
  return direction === 'at-most' ? value <= target + tolerance : value >= target - tolerance;
}

/** A period's figure as the terms aggregate it: mean, median, p90, or the share of cases within target; null without values. */
export function aggregateMeasurements(
  values: readonly number[],
  terms: Pick<SlaTerms, 'aggregation' | 'target' | 'direction'>,
): number | null {
  if (values.length === 0) return null;
  switch (terms.aggregation) {
    case 'mean':
      return values.reduce((sum, value) => sum + value, 0) / values.length;
    case 'median':
      return medianOf(values);
    case 'p90':
      return nearestRankPercentile(values, P90);
    case 'share-within-target':
      return values.filter((value) => meetsTarget(value, terms.target, terms.direction)).length / values.length;
  }
}

/** Met or missed: the aggregated value against the target, or the share within target against requiredShare. */
export function judgePeriod(
  value: number,
  terms: Pick<SlaTerms, 'aggregation' | 'target' | 'direction' | 'requiredShare'>,
): 'met' | 'missed' {
  const isMet =
    terms.aggregation === 'share-within-target'
      ? meetsTarget(value, terms.requiredShare ?? 1, 'at-least')
      : meetsTarget(value, terms.target, terms.direction);
  return isMet ? 'met' : 'missed';
}

/**
 * Compliance of one objective (all its versions) in every period from the one containing `from`
 * to the one containing `to`, but none starting after `now`; each period judged by the version in force then.
 */
export function describeCompliance(options: {
  versions: readonly SlaObjective[];
  measurements: readonly Measurement[];
  from: Date;
  to: Date;
  now: Date;
}): PeriodCompliance[] {
  const { versions, now } = options;
  const first = versions[0];
  if (!first) return [];
  const kind = first.period;
  const metric = metricKeyOf(first);
  const valuesByPeriod = new Map<string, number[]>();
  for (const measurement of options.measurements) {
    if (measurement.relationshipId !== first.relationshipId || measurement.metric !== metric) continue;
    const label = periodOf(new Date(measurement.at), kind).label;
    const values = valuesByPeriod.get(label);
    if (values) values.push(measurement.value);
    else valuesByPeriod.set(label, [measurement.value]);
  }
  const nowMs = now.getTime();
  return periodsBetween(options.from, options.to, kind)
    .filter((period) => Date.parse(period.start) <= nowMs)
    .map((period) => {
      const objective = objectiveInForce(versions, period.start);
      const values = valuesByPeriod.get(period.label) ?? [];
      const isRunning = Date.parse(period.end) > nowMs;
      const value = objective ? aggregateMeasurements(values, objective) : null;
      const status = !objective ? 'no-objective' : value === null ? 'missing' : judgePeriod(value, objective);
      return { period, objective, status, count: values.length, value, isRunning };
    });
}

export interface ComplianceTrend {
  /** Ended periods with an objective in force. */
  judged: number;
  met: number;
  missed: number;
  missing: number;
  /** met / (met + missed): the share of met among the periods with data; null when none has data. */
  metShare: number | null;
  /** The last periods' statuses (at most the count asked for), oldest first. */
  recent: ComplianceStatus[];
  /** The status of the latest judged period and how many periods in a row ended that way; null before any. */
  streak: { status: ComplianceStatus; length: number } | null;
}

/** The trend over the ended, judged periods: how often met, the recent run and the current streak. */
export function describeComplianceTrend(periods: readonly PeriodCompliance[], recentCount = 6): ComplianceTrend {
  const statuses = periods.flatMap((entry) => (entry.isRunning || entry.status === 'no-objective' ? [] : [entry.status]));
  const count = (status: ComplianceStatus) => statuses.filter((entry) => entry === status).length;
  const [met, missed, missing] = [count('met'), count('missed'), count('missing')];
  const latest = statuses.at(-1);
  let length = 0;
  while (latest !== undefined && statuses[statuses.length - 1 - length] === latest) length += 1;
  return {
    judged: statuses.length,
    met,
    missed,
    missing,
    metShare: met + missed === 0 ? null : met / (met + missed),
    recent: recentCount > 0 ? statuses.slice(-recentCount) : [],
    streak: latest === undefined ? null : { status: latest, length },
  };
}

/** Problems with one measurement of a metric in the unit: a time and a number the unit allows. */
export function checkMeasurement(measurement: { at: string; value: number }, unit: SlaUnit): FieldProblem[] {
  const problems: FieldProblem[] = [];
  // Date.parse rolls 30 February over into March, so the day itself is checked as well.
  const isTime = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2}))?$/.test(measurement.at);
  if (!isTime || Number.isNaN(Date.parse(measurement.at)) || !isCalendarDate(measurement.at.slice(0, 10))) {
    problems.push({ field: 'at', problem: 'must be a date or an ISO time with zone, e.g. 2026-03-01T09:30:00Z' });
  }
  if (!Number.isFinite(measurement.value)) problems.push({ field: 'value', problem: 'must be a number' });
  else if (measurement.value < 0) problems.push({ field: 'value', problem: 'must not be negative' });
  else if (unit === 'percent' && measurement.value > 100) problems.push({ field: 'value', problem: 'must be at most 100 percent' });
  return problems;
}
