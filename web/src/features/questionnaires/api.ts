import { api, requestJson } from '../../shared/api-client';
import type { Dimension } from '../../shared/dimensions';
import { QUESTIONNAIRE_BLOCKS, type QuestionnaireBlock } from '@contract/vocabulary';

export type Block = 'perception' | 'reverse';
export { QUESTIONNAIRE_BLOCKS, type QuestionnaireBlock };

export interface QuestionnaireItem {
  key: string;
  block: Block;
  dimension: Dimension;
  text: { de: string; en: string };
}

export interface QuestionnaireContent {
  items: QuestionnaireItem[];
  blocks: Record<QuestionnaireBlock, boolean>;
}

export type VersionStatus = 'draft' | 'frozen';

export interface VersionSummary {
  id: string;
  number: number;
  status: VersionStatus;
  createdAt: string;
  itemCount: number;
  waves: { id: string; name: string }[];
}

export interface Questionnaire {
  id: string;
  name: string;
  createdAt: string;
  versions: VersionSummary[];
}

export interface QuestionnaireVersion {
  id: string;
  questionnaireId: string;
  number: number;
  status: VersionStatus;
  createdAt: string;
  content: QuestionnaireContent;
}

/** Every questionnaire with its versions (the standard one is created on first use). */
export async function fetchQuestionnaires(signal?: AbortSignal): Promise<Questionnaire[]> {
  return (await api.get<{ questionnaires: Questionnaire[] }>('/api/questionnaires', signal)).questionnaires;
}

/** A new questionnaire, starting with the standard items as its first draft. */
export function createQuestionnaire(name: string): Promise<Questionnaire> {
  return api.post<Questionnaire>('/api/questionnaires', { name });
}

/** One version with its items. */
export function fetchVersion(
  questionnaireId: string,
  versionId: string,
  signal?: AbortSignal,
): Promise<{ questionnaire: Questionnaire; version: QuestionnaireVersion }> {
  return api.get(`/api/questionnaires/${encodeURIComponent(questionnaireId)}/versions/${encodeURIComponent(versionId)}`, signal);
}

/** Replaces the draft's items and blocks. */
export function saveDraft(questionnaireId: string, content: QuestionnaireContent): Promise<QuestionnaireVersion> {
  return requestJson<QuestionnaireVersion>('PUT', `/api/questionnaires/${encodeURIComponent(questionnaireId)}/draft`, { body: content });
}

/** Starts the next draft as a copy of the newest (frozen) version. */
export function startDraft(questionnaireId: string): Promise<QuestionnaireVersion> {
  return api.post<QuestionnaireVersion>(`/api/questionnaires/${encodeURIComponent(questionnaireId)}/draft`);
}
