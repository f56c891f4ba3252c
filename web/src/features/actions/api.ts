import { api, toQuery } from '../../shared/api-client';
import { ACTION_STATUSES, EFFECT_LABELS, type ActionStatus, type EffectLabel } from '@contract/vocabulary';

export { ACTION_STATUSES, EFFECT_LABELS, type ActionStatus, type EffectLabel };

/** One note on an action, by its author. */
export interface ActionComment {
  authorAccountId: string;
  at: string;
  text: string;
}

/** An action as the API presents it, with the overdue flag worked out by the server. */
export interface Action {
  id: string;
  title: string;
  description: string;
  ownerAccountId: string;
  dueDate: string;
  status: ActionStatus;
  providerUnitId: string;
  customerGroupId: string | null;
  dimension: string | null;
  sourceWaveId: string | null;
  createdByAccountId: string;
  createdAt: string;
  statusChangedAt: string;
  closedAt: string | null;
  comments: ActionComment[];
  isOverdue: boolean;
}

/** What a new action needs; with `sourceWaveId` it takes up a weak point of that closed wave. */
export interface ActionInput {
  title: string;
  description?: string;
  ownerAccountId: string;
  dueDate: string;
  providerUnitId: string;
  customerGroupId: string | null;
  dimension: string | null;
  sourceWaveId: string | null;
}

export type ActionChanges = Partial<Pick<ActionInput, 'title' | 'description' | 'ownerAccountId' | 'dueDate'>>;

/** Which actions the list asks for: one unit's (or the company's when empty), by status and overdue. */
export interface ActionFilter {
  unitId: string;
  status: ActionStatus | '';
  isOverdueOnly: boolean;
}

/** A group's released mean in one wave; `n` 0 and `mean` null when nothing was released. */
export interface GroupFigure {
  mean: number | null;
  n: number;
}

/** "Did it help?": the change for the target group next to the change for the comparison group. */
export interface ActionEffect {
  actionId: string;
  dimension: string;
  fromWave: { id: string; name: string };
  toWave: { id: string; name: string };
  comparisonGroup: 'other-customers-of-provider' | 'other-providers';
  target: { before: GroupFigure; after: GroupFigure };
  comparison: { before: GroupFigure; after: GroupFigure };
  effect: {
    targetChange: number | null;
    comparisonChange: number | null;
    difference: number | null;
    standardError: number | null;
    degreesOfFreedom: number | null;
    confidenceInterval: { lower: number; upper: number } | null;
    label: EffectLabel;
  };
}

const path = (id: string) => `/api/actions/${encodeURIComponent(id)}`;

/** The query string of the list (and of the export links, which know only the unit). */
export function actionListQuery(filter: ActionFilter): string {
  return toQuery({ unitId: filter.unitId, status: filter.status, overdue: filter.isOverdueOnly ? 'true' : undefined });
}

/** Actions by due date and how many of them are overdue. */
export function fetchActions(filter: ActionFilter, signal?: AbortSignal): Promise<{ actions: Action[]; overdue: number }> {
  return api.get(`/api/actions${actionListQuery(filter)}`, signal);
}

/** Where the CSV or XLSX export of one unit's (or all visible) actions downloads from. */
export function actionExportHref(extension: 'csv' | 'xlsx', unitId: string): string {
  return `/api/actions/export.${extension}${toQuery({ unitId })}`;
}

/** One action. */
export function fetchAction(id: string, signal?: AbortSignal): Promise<Action> {
  return api.get<Action>(path(id), signal);
}

/** A new open action. */
export function createAction(input: ActionInput): Promise<Action> {
  return api.post<Action>('/api/actions', input);
}

/** Changes title, description, owner or due date of an open or in-progress action. */
export function updateAction(id: string, changes: ActionChanges): Promise<Action> {
  return api.patch<Action>(path(id), changes);
}

/** Moves the action to another status. */
export function changeActionStatus(id: string, status: ActionStatus): Promise<Action> {
  return api.post<Action>(`${path(id)}/status`, { status });
}

/** Deletes an action created by mistake; the server refuses (409) one with history or in a retrospective. */
export function deleteAction(id: string): Promise<void> {
  return api.delete(path(id));
}

/** Adds a comment. */
export function commentOnAction(id: string, text: string): Promise<Action> {
  return api.post<Action>(`${path(id)}/comments`, { text });
}

/** The effect between the source wave and the next closed one. */
export function fetchActionEffect(id: string, signal?: AbortSignal): Promise<ActionEffect> {
  return api.get<ActionEffect>(`${path(id)}/effect`, signal);
}
