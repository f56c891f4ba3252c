import { assertNoProblems, DomainError, type FieldProblem } from '../errors.js';
import { DIMENSIONS, type Dimension } from '../questionnaire/item-bank.js';
import { calendarDateOf, isCalendarDate, isPeriodKind, PERIOD_KINDS, type PeriodKind } from './periods.js';
import {
  RELATIONSHIP_SIDES,
  SLA_AGGREGATIONS,
  SLA_DIRECTIONS,
  SLA_METRICS,
  SLA_OBJECTIVE_STATUSES,
  SLA_UNITS,
  type RelationshipSide,
  type SlaAggregation,
  type SlaDirection,
  type SlaMetric,
  type SlaObjectiveStatus,
  type SlaUnit,
} from '../../contract/vocabulary.js';

/**
 * SLA objectives: what a provider unit promises a customer unit, measured per period. One
 * side proposes, the other side agrees; who agreed when is kept. A change is a new version of
 * the same objective that takes effect from its `validFrom` once agreed, so every period is
 * judged by the version in force when it began (see objectiveInForce).
 *
 * proposed → agreed → superseded (when a later version is agreed)
 * proposed → declined (by the other side) | withdrawn (by the proposing side)
 */

export { SLA_METRICS, SLA_UNITS, SLA_DIRECTIONS, SLA_AGGREGATIONS, SLA_OBJECTIVE_STATUSES, RELATIONSHIP_SIDES };
export type { SlaMetric, SlaUnit, SlaDirection, SlaAggregation, SlaObjectiveStatus, RelationshipSide };

/** What the two sides agree on. */
export interface SlaTerms {
  name: string;
  metric: SlaMetric;
  /** For the metric `custom`: a short key of what is measured (`report-errors`); null for the other metrics. */
  customMetric: string | null;
  unit: SlaUnit;
  /**
   * The value the aggregate is held against; with `share-within-target` the value each single
   * case is held against (e.g. resolved within 8 hours).
   */
  target: number;
  direction: SlaDirection;
  aggregation: SlaAggregation;
  /** With `share-within-target`: the share of cases (0 < share ≤ 1) that must meet the target; null otherwise. */
  requiredShare: number | null;
  period: PeriodKind;
  /**
   * For the metric `custom`: the survey dimensions it bears on, which SLA beside perception
   * compares it with (none chosen: no comparison). Empty for the other metrics, whose
   * dimensions are fixed (see METRIC_DIMENSIONS).
   */
  dimensions: Dimension[];
}

/** Someone acting for one side of a relationship. */
export interface Party {
  side: RelationshipSide;
  accountId: string;
}

/** Who did something for which side, and when. */
export interface Signature extends Party {
  at: string;
}

/** One version of an objective. */
export interface SlaObjective extends SlaTerms {
  /** This version's id. */
  id: string;
  /** The same for every version of the objective. */
  objectiveId: string;
  /** 1, 2, 3 … in the order proposed. */
  version: number;
  relationshipId: string;
  status: SlaObjectiveStatus;
  /** Calendar date (UTC) from which the version applies once agreed: to every period starting on or after it. */
  validFrom: string;
  proposedBy: Signature;
  agreedBy: Signature | null;
  /** Who declined or withdrew the proposal. */
  closedBy: Signature | null;
  /** When a later version was agreed; the version still judges the periods before that one's validFrom. */
  supersededAt: string | null;
}

export const MAX_OBJECTIVE_NAME = 160;
const CUSTOM_METRIC = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_CUSTOM_METRIC = 60;
// A change keeps these, so that one objective's measurements form one series in one unit.
const FIXED_ACROSS_VERSIONS = ['metric', 'customMetric', 'unit', 'period'] as const;

/** The key measurements of this objective carry: the metric, or `custom:<key>` for a custom metric. */
export function metricKeyOf(terms: Pick<SlaTerms, 'metric' | 'customMetric'>): string {
  return terms.metric === 'custom' ? `custom:${terms.customMetric ?? ''}` : terms.metric;
}

/** Problems with an objective's terms, each naming its field. */
export function checkObjective(terms: SlaTerms): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const name = terms.name.trim();
  if (name.length === 0 || name.length > MAX_OBJECTIVE_NAME) {
    problems.push({ field: 'name', problem: `must be 1–${MAX_OBJECTIVE_NAME} characters` });
  }
  if (!oneOf(SLA_METRICS, terms.metric)) problems.push({ field: 'metric', problem: `must be one of ${SLA_METRICS.join(', ')}` });
  if (terms.metric === 'custom') {
    const key = terms.customMetric ?? '';
    if (!CUSTOM_METRIC.test(key) || key.length > MAX_CUSTOM_METRIC) {
      problems.push({ field: 'customMetric', problem: `must be 1–${MAX_CUSTOM_METRIC} lower-case letters, digits and single hyphens` });
    }
  } else if (terms.customMetric !== null) {
    problems.push({ field: 'customMetric', problem: 'only for the metric custom' });
  }
  if (!oneOf(SLA_UNITS, terms.unit)) problems.push({ field: 'unit', problem: `must be one of ${SLA_UNITS.join(', ')}` });
  if (!Number.isFinite(terms.target)) problems.push({ field: 'target', problem: 'must be a number' });
  else if (terms.unit === 'percent' && (terms.target < 0 || terms.target > 100)) {
    problems.push({ field: 'target', problem: 'must be 0–100 percent' });
  } else if (terms.target < 0) problems.push({ field: 'target', problem: 'must not be negative' });
  if (!oneOf(SLA_DIRECTIONS, terms.direction)) {
    problems.push({ field: 'direction', problem: `must be one of ${SLA_DIRECTIONS.join(', ')}` });
  }
  if (!oneOf(SLA_AGGREGATIONS, terms.aggregation)) {
    problems.push({ field: 'aggregation', problem: `must be one of ${SLA_AGGREGATIONS.join(', ')}` });
  }
  if (terms.aggregation === 'share-within-target') {
    const share = terms.requiredShare;
    if (share === null || !Number.isFinite(share) || share <= 0 || share > 1) {
      problems.push({ field: 'requiredShare', problem: 'must be a share above 0 and at most 1' });
    }
  } else if (terms.requiredShare !== null) {
    problems.push({ field: 'requiredShare', problem: 'only for the aggregation share-within-target' });
  }
  if (!isPeriodKind(terms.period)) problems.push({ field: 'period', problem: `must be one of ${PERIOD_KINDS.join(', ')}` });
  const unknown = terms.dimensions.filter((dimension) => !oneOf(DIMENSIONS, dimension));
  if (unknown.length > 0)
    problems.push({ field: 'dimensions', problem: `unknown ${unknown.join(', ')}; must be of ${DIMENSIONS.join(', ')}` });
  else if (terms.metric !== 'custom' && terms.dimensions.length > 0) {
    problems.push({ field: 'dimensions', problem: 'only for the metric custom; the other metrics bear on fixed dimensions' });
  }
  return problems;
}

/** A new objective, proposed by one side at `now`; validFrom defaults to the day of the proposal. */
export function proposeObjective(options: {
  id: string;
  objectiveId: string;
  relationshipId: string;
  terms: SlaTerms;
  validFrom?: string | undefined;
  by: Party;
  now: Date;
}): SlaObjective {
  const { terms, now } = options;
  const validFrom = options.validFrom ?? calendarDateOf(now);
  assertNoProblems([...checkObjective(terms), ...checkValidFrom(validFrom, now)]);
  return {
    ...normalise(terms),
    id: options.id,
    objectiveId: options.objectiveId,
    version: 1,
    relationshipId: options.relationshipId,
    status: 'proposed',
    validFrom,
    proposedBy: sign(options.by, now),
    agreedBy: null,
    closedBy: null,
    supersededAt: null,
  };
}

/**
 * A changed version of an agreed objective, proposed by either side. Metric, unit and period
 * stay as they are (agree a new objective to measure something else); one proposal at a time.
 */
export function proposeChange(
  versions: readonly SlaObjective[],
  options: { id: string; terms: SlaTerms; validFrom: string; by: Party; now: Date },
): SlaObjective {
  const current = versions.find((version) => version.status === 'agreed');
  if (!current) throw new DomainError('invalid_state', 'only an agreed objective can be changed; withdraw or decline the proposal instead');
  if (versions.some((version) => version.status === 'proposed')) {
    throw new DomainError('conflict', 'a change is already proposed; agree, decline or withdraw it first');
  }
  const terms = normalise(options.terms);
  const problems = [...checkObjective(options.terms), ...checkValidFrom(options.validFrom, options.now)];
  for (const field of FIXED_ACROSS_VERSIONS) {
    if (terms[field] !== current[field]) problems.push({ field, problem: 'cannot change; agree a new objective instead' });
  }
  const changes =
    (['name', 'target', 'direction', 'aggregation', 'requiredShare'] as const).some((field) => terms[field] !== current[field]) ||
    terms.dimensions.join() !== current.dimensions.join();
  if (problems.length === 0 && !changes) problems.push({ problem: 'the proposal changes nothing' });
  assertNoProblems(problems);
  return {
    ...terms,
    id: options.id,
    objectiveId: current.objectiveId,
    version: Math.max(...versions.map((version) => version.version)) + 1,
    relationshipId: current.relationshipId,
    status: 'proposed',
    validFrom: options.validFrom,
    proposedBy: sign(options.by, options.now),
    agreedBy: null,
    closedBy: null,
    supersededAt: null,
  };
}

/**
 * The other side agrees to a proposal: it becomes the agreed version and the version agreed
 * before it, if any, is superseded. A version never applies before the day it was agreed, so
 * agreeing after the proposed validFrom moves validFrom to the day of agreement.
 */
export function agreeObjective(
  versions: readonly SlaObjective[],
  options: { versionId: string; by: Party; now: Date },
): { agreed: SlaObjective; superseded: SlaObjective | null } {
  const proposal = openProposal(versions, options.versionId);
  if (options.by.side === proposal.proposedBy.side) {
    throw new DomainError('forbidden', `the ${proposal.proposedBy.side} side proposed this; the other side agrees`);
  }
  const nowIso = options.now.toISOString();
  const today = calendarDateOf(options.now);
  const current = versions.find((version) => version.status === 'agreed' && version.objectiveId === proposal.objectiveId);
  return {
    agreed: {
      ...proposal,
      status: 'agreed',
      validFrom: proposal.validFrom < today ? today : proposal.validFrom,
      agreedBy: sign(options.by, options.now),
    },
    superseded: current ? { ...current, status: 'superseded', supersededAt: nowIso } : null,
  };
}

/** The other side declines a proposal. */
export function declineObjective(versions: readonly SlaObjective[], options: { versionId: string; by: Party; now: Date }): SlaObjective {
  const proposal = openProposal(versions, options.versionId);
  if (options.by.side === proposal.proposedBy.side) {
    throw new DomainError('forbidden', 'the proposing side withdraws its proposal; the other side declines it');
  }
  return { ...proposal, status: 'declined', closedBy: sign(options.by, options.now) };
}

/** The proposing side withdraws its proposal. */
export function withdrawObjective(versions: readonly SlaObjective[], options: { versionId: string; by: Party; now: Date }): SlaObjective {
  const proposal = openProposal(versions, options.versionId);
  if (options.by.side !== proposal.proposedBy.side) {
    throw new DomainError('forbidden', 'only the proposing side can withdraw a proposal; the other side declines it');
  }
  return { ...proposal, status: 'withdrawn', closedBy: sign(options.by, options.now) };
}

/**
 * The version that judges the period starting at `periodStart` (an ISO time, as in Period.start):
 * of the versions ever agreed whose validFrom is on or before that day, the latest. Versions are
 * agreed in the order of their numbers, so the latest is the highest. Null when none applies yet.
 */
export function objectiveInForce(versions: readonly SlaObjective[], periodStart: string): SlaObjective | null {
  const day = periodStart.slice(0, 10);
  let inForce: SlaObjective | null = null;
  for (const version of versions) {
    if (version.agreedBy === null || version.validFrom > day) continue;
    if (inForce === null || version.version > inForce.version) inForce = version;
  }
  return inForce;
}

function openProposal(versions: readonly SlaObjective[], versionId: string): SlaObjective {
  const proposal = versions.find((version) => version.id === versionId);
  if (!proposal) throw new DomainError('not_found', 'no such objective version');
  if (proposal.status !== 'proposed') throw new DomainError('invalid_state', `the version is ${proposal.status}, not proposed`);
  return proposal;
}

function checkValidFrom(validFrom: string, now: Date): FieldProblem[] {
  if (!isCalendarDate(validFrom)) return [{ field: 'validFrom', problem: 'must be a date (YYYY-MM-DD)' }];
  if (validFrom < calendarDateOf(now)) return [{ field: 'validFrom', problem: 'must not be in the past' }];
  return [];
}

function normalise(terms: SlaTerms): SlaTerms {
  return {
    name: terms.name.trim(),
    metric: terms.metric,
    customMetric: terms.customMetric,
    unit: terms.unit,
    target: terms.target,
    direction: terms.direction,
    aggregation: terms.aggregation,
    requiredShare: terms.requiredShare,
    period: terms.period,
    dimensions: DIMENSIONS.filter((dimension) => terms.dimensions.includes(dimension)),
  };
}

function sign(party: Party, now: Date): Signature {
  return { side: party.side, accountId: party.accountId, at: now.toISOString() };
}

function oneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}
