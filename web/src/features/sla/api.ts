import { api, toQuery } from '../../shared/api-client';
import type { Bilingual } from '../../i18n/bilingual';
import type { RelationshipSide } from '../relationships/relationship-access';
import {
  PERIOD_KINDS,
  SLA_AGGREGATIONS,
  SLA_DIRECTIONS,
  SLA_METRICS,
  SLA_UNITS,
  type PeriodKind,
  type PeriodStatus,
  type SlaAggregation,
  type SlaDirection,
  type SlaMetric,
  type SlaObjectiveStatus,
  type SlaPerceptionFlag,
  type SlaUnit,
} from '@contract/vocabulary';

export { SLA_METRICS, SLA_UNITS, SLA_DIRECTIONS, SLA_AGGREGATIONS, PERIOD_KINDS };
export type { SlaMetric, SlaUnit, SlaDirection, SlaAggregation, PeriodKind };
export type VersionStatus = SlaObjectiveStatus;
export type ComplianceStatus = PeriodStatus;
export type PerceptionFlag = SlaPerceptionFlag;

/** What the two sides agree on. */
export interface SlaTerms {
  name: string;
  metric: SlaMetric;
  customMetric: string | null;
  unit: SlaUnit;
  target: number;
  direction: SlaDirection;
  aggregation: SlaAggregation;
  requiredShare: number | null;
  period: PeriodKind;
  /** Survey dimensions a custom metric bears on; empty for the other metrics (older servers may leave it out). */
  dimensions?: string[];
}

/** Who did something for which side, and when. */
export interface Signature {
  side: RelationshipSide;
  accountId: string;
  at: string;
}

/** One version of an objective. */
export interface SlaVersion extends SlaTerms {
  id: string;
  objectiveId: string;
  version: number;
  relationshipId: string;
  status: VersionStatus;
  validFrom: string;
  proposedBy: Signature;
  agreedBy: Signature | null;
  closedBy: Signature | null;
  supersededAt: string | null;
}

/** An objective: the version in force, an open proposal and every version. */
export interface SlaObjective {
  objectiveId: string;
  relationshipId: string;
  current: SlaVersion | null;
  proposal: SlaVersion | null;
  versions: SlaVersion[];
}

export interface Measurement {
  id: string;
  objectiveId: string;
  at: string;
  value: number;
  source: 'csv' | 'api' | 'form';
  recordedBy: string;
  recordedAt: string;
}

export interface PeriodCompliance {
  period: { kind: PeriodKind; label: string; start: string; end: string };
  status: ComplianceStatus;
  version: number | null;
  target: number | null;
  requiredShare: number | null;
  count: number;
  value: number | null;
  isRunning: boolean;
}

export type JudgedStatus = 'met' | 'missed' | 'missing';

export interface ComplianceTrend {
  judged: number;
  met: number;
  missed: number;
  missing: number;
  metShare: number | null;
  recent: JudgedStatus[];
  streak: { status: JudgedStatus; length: number } | null;
}

export interface Compliance {
  objective: SlaObjective;
  periods: PeriodCompliance[];
  trend: ComplianceTrend;
}

export interface PerceptionObjective {
  objectiveId: string;
  name: string;
  metric: string;
  compliance: PeriodCompliance;
  perceptions: { dimension: string; mean: number | null; n: number }[];
  comparison: {
    sla: ComplianceStatus;
    dimensions: string[];
    perceptions: { dimension: string; mean: number; isBelowThreshold: boolean }[];
    perceptionMean: number | null;
    threshold: number;
    flag: PerceptionFlag;
  };
  explanation: { title: Bilingual; meaning: Bilingual; advice: Bilingual };
}

export interface SlaBesidePerception {
  relationshipId: string;
  waves: {
    wave: { id: string; name: string; opensAt: string | null; closesAt: string | null };
    objectives: PerceptionObjective[];
  }[];
}

export interface MeasurementImportReport {
  dryRun: boolean;
  summary: { measurementsCreated: number; measurementsUnchanged: number };
  changes: { kind: 'create'; entity: 'measurement'; label: string; detail: string }[];
  changesTruncated: boolean;
}

export interface IntegrationToken {
  id: string;
  name: string;
  objectiveIds: string[];
  createdBy: string;
  createdAt: string;
  revokedAt: string | null;
}

const objectivePath = (id: string) => `/api/sla/objectives/${encodeURIComponent(id)}`;

/** The objectives of a unit's relationships, as provider or customer. */
export async function fetchUnitObjectives(unitId: string, signal?: AbortSignal): Promise<SlaObjective[]> {
  return (await api.get<{ objectives: SlaObjective[] }>(`/api/sla/units/${encodeURIComponent(unitId)}/objectives`, signal)).objectives;
}

/** A relationship's objectives with all versions. */
export async function fetchRelationshipObjectives(relationshipId: string, signal?: AbortSignal): Promise<SlaObjective[]> {
  const path = `/api/sla/relationships/${encodeURIComponent(relationshipId)}/objectives`;
  return (await api.get<{ objectives: SlaObjective[] }>(path, signal)).objectives;
}

/** Proposes a new objective for the relationship; the other side agrees or declines. */
export function proposeObjective(
  relationshipId: string,
  input: { side?: RelationshipSide; terms: SlaTerms; validFrom?: string },
): Promise<SlaObjective> {
  return api.post<SlaObjective>(`/api/sla/relationships/${encodeURIComponent(relationshipId)}/objectives`, input);
}

/** Proposes a change of an agreed objective from a day on. */
export function proposeChange(
  objectiveId: string,
  input: { side?: RelationshipSide; terms: SlaTerms; validFrom: string },
): Promise<SlaObjective> {
  return api.post<SlaObjective>(`${objectivePath(objectiveId)}/versions`, input);
}

export type ProposalDecision = 'agree' | 'decline' | 'withdraw';

/** The other side agrees or declines a proposal; the proposing side withdraws it. */
export function decideProposal(options: {
  objectiveId: string;
  versionId: string;
  decision: ProposalDecision;
  side?: RelationshipSide;
}): Promise<SlaObjective> {
  const path = `${objectivePath(options.objectiveId)}/versions/${encodeURIComponent(options.versionId)}/${options.decision}`;
  return api.post<SlaObjective>(path, options.side ? { side: options.side } : {});
}

/** The measurements of an objective, optionally between two dates. */
export async function fetchMeasurements(
  objectiveId: string,
  range: { from?: string; to?: string } = {},
  signal?: AbortSignal,
): Promise<Measurement[]> {
  const path = `${objectivePath(objectiveId)}/measurements${toQuery(range)}`;
  return (await api.get<{ measurements: Measurement[] }>(path, signal)).measurements;
}

/** Compliance per period and its trend. */
export function fetchCompliance(
  objectiveId: string,
  range: { from?: string; to?: string } = {},
  signal?: AbortSignal,
): Promise<Compliance> {
  return api.get<Compliance>(`${objectivePath(objectiveId)}/compliance${toQuery(range)}`, signal);
}

/** SLA compliance beside the perceived quality, per closed wave. */
export function fetchPerception(relationshipId: string, signal?: AbortSignal): Promise<SlaBesidePerception> {
  return api.get<SlaBesidePerception>(`/api/sla/relationships/${encodeURIComponent(relationshipId)}/perception`, signal);
}

/** Imports measurements from CSV; with dryRun nothing is stored. Bad rows answer 422 by line. */
export function importMeasurements(input: { csv: string; dryRun: boolean }): Promise<MeasurementImportReport> {
  return api.post<MeasurementImportReport>('/api/imports/measurements', input);
}

/** Integration tokens, newest first. */
export async function fetchTokens(signal?: AbortSignal): Promise<IntegrationToken[]> {
  return (await api.get<{ tokens: IntegrationToken[] }>('/api/integrations/tokens', signal)).tokens;
}

/** A new token; its secret is in this answer only. */
export function createToken(input: { name: string; objectiveIds: string[] }): Promise<IntegrationToken & { secret: string }> {
  return api.post<IntegrationToken & { secret: string }>('/api/integrations/tokens', input);
}

/** Revokes a token. */
export function revokeToken(id: string): Promise<IntegrationToken> {
  return api.post<IntegrationToken>(`/api/integrations/tokens/${encodeURIComponent(id)}/revoke`);
}
