import type { Bilingual } from '../../i18n/bilingual';
import { api, requestJson, toQuery } from '../../shared/api-client';
import type { RelationshipSide } from '../relationships/relationship-access';
import { RETROSPECTIVE_SECTIONS, type RetrospectiveSection } from '@contract/vocabulary';

export { RETROSPECTIVE_SECTIONS, type RetrospectiveSection };
export type RetrospectiveNotes = Record<RetrospectiveSection, string>;

/** The three questions both sides answer, each with a title and a prompt. */
export type RetrospectiveTemplate = Record<RetrospectiveSection, { title: Bilingual; prompt: Bilingual }>;

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

/** Deletes a draft started by mistake, with its notes and links; the linked actions and SLA objectives stay. */
export function deleteRetrospective(id: string): Promise<void> {
  return api.delete(path(id));
}
