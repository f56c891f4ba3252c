import type { Actor } from '../../domain/access/policy.js';
import { assertNoProblems, type FieldProblem } from '../../domain/errors.js';
import {
  describeCompliance,
  describeComplianceTrend,
  type ComplianceTrend,
  type Measurement,
  type PeriodCompliance,
} from '../../domain/sla/compliance.js';
import { metricKeyOf, type SlaObjective } from '../../domain/sla/objective.js';
import { isCalendarDate, periodsBetween, type Period } from '../../domain/sla/periods.js';
import { requirePermission } from '../authorize.js';
import type { AppContext, Stores } from '../ports.js';
import { loadObjective, presentObjective, type ObjectiveView } from './objective-views.js';
import { canViewRelationship } from '../../domain/access/relationship-policy.js';

/** At most this many periods per request: ten years of weeks. */
export const MAX_COMPLIANCE_PERIODS = 520;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface PeriodComplianceView {
  period: Period;
  status: PeriodCompliance['status'];
  /** The version the period is judged by; null before one was agreed for it. */
  version: number | null;
  target: number | null;
  requiredShare: number | null;
  count: number;
  value: number | null;
  isRunning: boolean;
}

export interface ComplianceView {
  objective: ObjectiveView;
  periods: PeriodComplianceView[];
  trend: ComplianceTrend;
}

/**
 * Compliance of an objective per period, each judged by the version in force when it began,
 * and the trend over the ended periods. Without `from` the periods start at the first
 * version's validFrom; without `to` they end with the running period.
 */
export async function getCompliance(
  context: AppContext,
  actor: Actor,
  input: { objectiveId: string; from?: string | undefined; to?: string | undefined },
): Promise<ComplianceView> {
  const { versions, relationship } = await loadObjective(context.stores, input.objectiveId);
  requirePermission(canViewRelationship(actor, relationship), "view this relationship's SLAs");
  const now = context.clock();
  const first = versions[0] as SlaObjective;
  const from =
    input.from ?? versions.reduce((earliest, version) => (version.validFrom < earliest ? version.validFrom : earliest), first.validFrom);
  const to = input.to ?? now.toISOString().slice(0, 10);
  checkRange(from, to, first);
  const periods = await complianceOf(context.stores, {
    versions,
    from: new Date(`${from}T00:00:00Z`),
    to: new Date(`${to}T00:00:00Z`),
    now,
  });
  return { objective: presentObjective(versions), periods: periods.map(presentPeriod), trend: describeComplianceTrend(periods) };
}

/** Compliance of the objective's versions over the periods from `from` to `to`, reading only the measurements of those periods. */
export async function complianceOf(
  stores: Stores,
  options: { versions: readonly SlaObjective[]; from: Date; to: Date; now: Date },
): Promise<PeriodCompliance[]> {
  const first = options.versions[0];
  if (!first) return [];
  const periods = periodsBetween(options.from, options.to, first.period);
  const [start, end] = [periods[0]?.start, periods.at(-1)?.end];
  const stored = await stores.sla.listMeasurements([first.objectiveId], { from: start, to: end });
  const measurements: Measurement[] = stored.map((measurement) => ({
    relationshipId: first.relationshipId,
    metric: metricKeyOf(first),
    at: measurement.at,
    value: measurement.value,
  }));
  return describeCompliance({ versions: options.versions, measurements, from: options.from, to: options.to, now: options.now });
}

/** A period's compliance with the judging version's number and target instead of the whole version. */
export function presentPeriod(entry: PeriodCompliance): PeriodComplianceView {
  return {
    period: entry.period,
    status: entry.status,
    version: entry.objective?.version ?? null,
    target: entry.objective?.target ?? null,
    requiredShare: entry.objective?.requiredShare ?? null,
    count: entry.count,
    value: entry.value,
    isRunning: entry.isRunning,
  };
}

function checkRange(from: string, to: string, objective: SlaObjective): void {
  const problems: FieldProblem[] = [];
  if (!isCalendarDate(from)) problems.push({ field: 'from', problem: 'must be a date (YYYY-MM-DD)' });
  if (!isCalendarDate(to)) problems.push({ field: 'to', problem: 'must be a date (YYYY-MM-DD)' });
  assertNoProblems(problems);
  if (to < from) assertNoProblems([{ field: 'to', problem: 'must not be before from' }]);
  // Periods are labelled with four-digit years; a quarter is at most 92 days.
  if (from < '1001' || to > '9998')
    assertNoProblems([{ field: from < '1001' ? 'from' : 'to', problem: 'must lie in the years 1001–9998' }]);
  if ((Date.parse(to) - Date.parse(from)) / DAY_MS > MAX_COMPLIANCE_PERIODS * 92) {
    assertNoProblems([{ field: 'to', problem: `the range spans more than ${MAX_COMPLIANCE_PERIODS} periods` }]);
  }
  const count = periodsBetween(new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`), objective.period).length;
  if (count > MAX_COMPLIANCE_PERIODS) {
    assertNoProblems([
      { field: 'to', problem: `the range spans ${count} ${objective.period}s; ask for at most ${MAX_COMPLIANCE_PERIODS}` },
    ]);
  }
}
