import { api, requestJson, toQuery } from '../../shared/api-client';

export const RETROSPECTIVE_SECTIONS = ['whatWorks', 'whatToChange', 'whatWeAgree'] as const;
export type RetrospectiveSection = (typeof RETROSPECTIVE_SECTIONS)[number];
export type RetrospectiveNotes = Record<RetrospectiveSection, string>;

export const RELATIONSHIP_SIDES = ['provider', 'customer'] as const;
export type RelationshipSide = (typeof RELATIONSHIP_SIDES)[number];

export interface BilingualText {
  de: string;
  en: string;
}

/** The three questions both sides answer, each with a title and a prompt. */
export type RetrospectiveTemplate = Record<RetrospectiveSection, { title: BilingualText; prompt: BilingualText }>;

/** One side's part: who wrote it, when, and the notes. */
export interface RetrospectivePart {
  authorAccountId: string;
  notes: RetrospectiveNotes;
  writtenAt: string;
}

/** A relationship's retrospective after a closed wave. */
export interface Retrospective {
  id: string;
  relationshipId: string;
  waveId: string;
  status: 'draft' | 'completed';
  provider: RetrospectivePart | null;
  customer: RetrospectivePart | null;
  actionIds: string[];
  slaObjectiveIds: string[];
  createdAt: string;
  completedAt: string | null;
}

export type ActionStatus = 'open' | 'in-progress' | 'done' | 'dropped';

/** An action as the retrospective pages need it (the API sends more). */
export interface ActionSummary {
  id: string;
  title: string;
  status: ActionStatus;
  dueDate: string;
  providerUnitId: string;
  isOverdue: boolean;
}

interface SlaVersionSummary {
  name: string;
}

/** An SLA objective of a relationship with its agreed version and open proposal. */
export interface SlaObjectiveSummary {
  objectiveId: string;
  current: SlaVersionSummary | null;
  proposal: SlaVersionSummary | null;
  versions?: SlaVersionSummary[];
}

/** An enabled account in the directory of names. */
export interface DirectoryAccount {
  id: string;
  name: string;
}

const path = (id: string) => `/api/retrospectives/${encodeURIComponent(id)}`;

/** The three questions of every retrospective. */
export function fetchTemplate(signal?: AbortSignal): Promise<RetrospectiveTemplate> {
  return api.get<RetrospectiveTemplate>('/api/retrospectives/template', signal);
}

/** Retrospectives of one relationship, of one unit's relationships, or all (admins, executives). */
export async function fetchRetrospectives(
  filter: { relationshipId?: string; unitId?: string },
  signal?: AbortSignal,
): Promise<Retrospective[]> {
  const body = await api.get<{ retrospectives: Retrospective[] }>(`/api/retrospectives${toQuery(filter)}`, signal);
  return body.retrospectives;
}

/** One retrospective. */
export function fetchRetrospective(id: string, signal?: AbortSignal): Promise<Retrospective> {
  return api.get<Retrospective>(path(id), signal);
}

/** Starts the retrospective of a relationship after a closed wave; an admin names the side. */
export function startRetrospective(input: { relationshipId: string; waveId: string; side?: RelationshipSide }): Promise<Retrospective> {
  return api.post<Retrospective>('/api/retrospectives', input);
}

/** Writes (or rewrites) one side's notes of a draft. */
export function writeNotes(id: string, input: { side?: RelationshipSide; notes: RetrospectiveNotes }): Promise<Retrospective> {
  return requestJson<Retrospective>('PUT', `${path(id)}/notes`, { body: input });
}

/** Sets the linked actions and SLA objectives. */
export function writeLinks(
  id: string,
  input: { side?: RelationshipSide; actionIds: string[]; slaObjectiveIds: string[] },
): Promise<Retrospective> {
  return requestJson<Retrospective>('PUT', `${path(id)}/links`, { body: input });
}

/** Completes a draft both sides have written. */
export function completeRetrospective(id: string, input: { side?: RelationshipSide }): Promise<Retrospective> {
  return api.post<Retrospective>(`${path(id)}/complete`, input);
}

/** A unit's actions (as provider or customer). */
export async function fetchUnitActions(unitId: string, signal?: AbortSignal): Promise<ActionSummary[]> {
  return (await api.get<{ actions: ActionSummary[] }>(`/api/actions${toQuery({ unitId })}`, signal)).actions;
}

/** A relationship's SLA objectives. */
export async function fetchRelationshipObjectives(relationshipId: string, signal?: AbortSignal): Promise<SlaObjectiveSummary[]> {
  const body = await api.get<{ objectives: SlaObjectiveSummary[] }>(
    `/api/sla/relationships/${encodeURIComponent(relationshipId)}/objectives`,
    signal,
  );
  return body.objectives;
}

/** Names of the enabled accounts, for naming authors. */
export async function fetchDirectory(signal?: AbortSignal): Promise<DirectoryAccount[]> {
  return (await api.get<{ accounts: DirectoryAccount[] }>('/api/accounts/directory', signal)).accounts;
}
