import { ACTION_STATUSES, type ActionStatus } from '../../contract/vocabulary.js';
import { assertNoProblems, DomainError, invalidField, type FieldProblem } from '../errors.js';
import { DIMENSIONS, type Dimension } from '../questionnaire/item-bank.js';
import { calendarDateOf, isCalendarDate } from '../sla/periods.js';

/**
 * Actions: improvement measures with an owner and a due date, usually taken on a weak point
 * (a provider's dimension as one customer group rates it), sometimes freely.
 *
 * open → in-progress → done | dropped, and open → done | dropped directly (a quick fix needs
 * no "in progress"). In progress may go back to open (paused). Done and dropped actions may be
 * reopened, to open: an improvement that did not hold, or a dropped idea taken up again, keeps
 * its history and comments instead of becoming a copy. Nothing else changes a closed action.
 * An action created by mistake (twice, or on the wrong weak point) may be deleted as long as
 * it has no history: still open, never moved, never commented, in no retrospective.
 */

export { ACTION_STATUSES, type ActionStatus };

export interface ActionComment {
  authorAccountId: string;
  at: string;
  text: string;
}

export interface Action {
  id: string;
  title: string;
  description: string;
  ownerAccountId: string;
  /** Calendar date (YYYY-MM-DD) by which the action should be done. */
  dueDate: string;
  status: ActionStatus;
  /** The provider unit whose service the action improves. */
  providerUnitId: string;
  /** The customer unit the action is for; null for all of the provider's customers. */
  customerGroupId: string | null;
  /** The dimension the action targets; null for an action on no one dimension. */
  dimension: Dimension | null;
  /** The wave whose weak point led to the action; null for a free action. */
  sourceWaveId: string | null;
  createdByAccountId: string;
  createdAt: string;
  statusChangedAt: string;
  /** When the action was done or dropped; null while open or in progress. */
  closedAt: string | null;
  /** Oldest first. */
  comments: ActionComment[];
}

/** What a person fills in; provider, customer group, dimension and wave come from the weak point when there is one. */
export interface ActionFields {
  title: string;
  description: string;
  ownerAccountId: string;
  dueDate: string;
  providerUnitId: string;
  customerGroupId: string | null;
  dimension: string | null;
}

export const MAX_ACTION_TITLE = 200;
export const MAX_ACTION_DESCRIPTION = 4000;
export const MAX_ACTION_COMMENT = 2000;

const transitions: Record<ActionStatus, readonly ActionStatus[]> = {
  open: ['in-progress', 'done', 'dropped'],
  'in-progress': ['open', 'done', 'dropped'],
  done: ['open'],
  dropped: ['open'],
};

/** Problems with an action's fields; the due date must not lie before `earliestDueDate` (a calendar date) unless that is null. */
export function checkAction(fields: ActionFields, earliestDueDate: string | null): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const title = fields.title.trim();
  if (title.length === 0 || title.length > MAX_ACTION_TITLE)
    problems.push({ field: 'title', problem: `must be 1–${MAX_ACTION_TITLE} characters` });
  if (fields.description.trim().length > MAX_ACTION_DESCRIPTION) {
    problems.push({ field: 'description', problem: `must be at most ${MAX_ACTION_DESCRIPTION} characters` });
  }
  if (fields.ownerAccountId.trim().length === 0) problems.push({ field: 'ownerAccountId', problem: 'name an owner' });
  problems.push(...checkDueDate(fields.dueDate, earliestDueDate));
  if (fields.providerUnitId.trim().length === 0) problems.push({ field: 'providerUnitId', problem: 'name the provider unit' });
  if (fields.customerGroupId !== null && fields.customerGroupId === fields.providerUnitId) {
    problems.push({ field: 'customerGroupId', problem: 'a unit cannot be its own internal customer' });
  }
  if (fields.dimension !== null && !(DIMENSIONS as readonly string[]).includes(fields.dimension)) {
    problems.push({ field: 'dimension', problem: `must be one of ${DIMENSIONS.join(', ')}` });
  }
  return problems;
}

/** A new open action; `timeZone` (UTC unless given) decides which day is today for the due date. */
export function createAction(options: {
  id: string;
  fields: ActionFields;
  sourceWaveId: string | null;
  createdByAccountId: string;
  now: Date;
  timeZone?: string | undefined;
}): Action {
  const { fields, now } = options;
  assertNoProblems(checkAction(fields, calendarDateOf(now, options.timeZone)));
  const nowIso = now.toISOString();
  return {
    id: options.id,
    title: fields.title.trim(),
    description: fields.description.trim(),
    ownerAccountId: fields.ownerAccountId,
    dueDate: fields.dueDate,
    status: 'open',
    providerUnitId: fields.providerUnitId,
    customerGroupId: fields.customerGroupId,
    dimension: fields.dimension as Dimension | null,
    sourceWaveId: options.sourceWaveId,
    createdByAccountId: options.createdByAccountId,
    createdAt: nowIso,
    statusChangedAt: nowIso,
    closedAt: null,
    comments: [],
  };
}

/** A new action on a weak point of a wave: provider, customer group and dimension taken from it. */
export function createActionFromWeakPoint(options: {
  id: string;
  weakPoint: { providerId: string; customerGroupId: string | null; dimension: string };
  waveId: string;
  fields: Pick<ActionFields, 'title' | 'description' | 'ownerAccountId' | 'dueDate'>;
  createdByAccountId: string;
  now: Date;
  timeZone?: string | undefined;
}): Action {
  const { weakPoint } = options;
  return createAction({
    ...options,
    fields: {
      ...options.fields,
      providerUnitId: weakPoint.providerId,
      customerGroupId: weakPoint.customerGroupId,
      dimension: weakPoint.dimension,
    },
    sourceWaveId: options.waveId,
  });
}

/** Moves an action to another status, or refuses a move the lifecycle does not allow. */
export function changeActionStatus(action: Action, to: ActionStatus, now: Date): Action {
  if (!transitions[action.status].includes(to)) {
    throw new DomainError('invalid_state', `an action that is ${action.status} cannot become ${to}`);
  }
  const nowIso = now.toISOString();
  return { ...action, status: to, statusChangedAt: nowIso, closedAt: to === 'done' || to === 'dropped' ? nowIso : null };
}

/** Changes title, description, owner or due date of an open or in-progress action; a changed due date must not lie in the past. */
export function editAction(
  action: Action,
  changes: Partial<Pick<ActionFields, 'title' | 'description' | 'ownerAccountId' | 'dueDate'>>,
  options: { now: Date; timeZone?: string | undefined },
): Action {
  if (isClosed(action)) throw new DomainError('invalid_state', `an action that is ${action.status} cannot be edited; reopen it first`);
  const fields: ActionFields = { ...action, ...changes };
  // An unchanged due date may have passed: that is what "overdue" is for.
  const isNewDueDate = changes.dueDate !== undefined && changes.dueDate !== action.dueDate;
  assertNoProblems(checkAction(fields, isNewDueDate ? calendarDateOf(options.now, options.timeZone) : null));
  return {
    ...action,
    title: fields.title.trim(),
    description: fields.description.trim(),
    ownerAccountId: fields.ownerAccountId,
    dueDate: fields.dueDate,
  };
}

/** The action with one more comment (also on a closed action: why it was dropped is worth saying). */
export function addActionComment(action: Action, comment: { authorAccountId: string; text: string; now: Date }): Action {
  const text = comment.text.trim();
  if (text.length === 0 || text.length > MAX_ACTION_COMMENT) throw invalidField('text', `must be 1–${MAX_ACTION_COMMENT} characters`);
  return { ...action, comments: [...action.comments, { authorAccountId: comment.authorAccountId, at: comment.now.toISOString(), text }] };
}

/**
 * Why the action may not be deleted, or null when it may: only an action without history
 * goes (still open, its status never changed, no comments); anything else is dropped
 * instead, and keeps what happened to it. `isInRetrospective` says a retrospective links it.
 */
export function reasonNotDeletable(
  action: Pick<Action, 'status' | 'createdAt' | 'statusChangedAt' | 'comments'>,
  isInRetrospective: boolean,
): string | null {
  if (action.status !== 'open' || action.statusChangedAt !== action.createdAt) return 'it has a history of status changes; drop it instead';
  if (action.comments.length > 0) return 'it has comments; drop it instead';
  if (isInRetrospective) return 'a retrospective links it; unlink it there first, or drop it';
  return null;
}

/** Throws `invalid_state` with the reason when the action may not be deleted. */
export function assertActionDeletable(
  action: Pick<Action, 'status' | 'createdAt' | 'statusChangedAt' | 'comments'>,
  isInRetrospective: boolean,
): void {
  const reason = reasonNotDeletable(action, isInRetrospective);
  if (reason !== null) throw new DomainError('invalid_state', `the action cannot be deleted: ${reason}`);
}

/**
 * Whether the action is overdue: neither done nor dropped, and its due date before today. Days
 * are compared as calendar dates in the time zone (UTC unless given), so an action due today
 * is not overdue until the day is over.
 */
export function isOverdue(action: Pick<Action, 'status' | 'dueDate'>, now: Date, timeZone = 'UTC'): boolean {
  return !isClosed(action) && action.dueDate < calendarDateOf(now, timeZone);
}

function isClosed(action: Pick<Action, 'status'>): boolean {
  return action.status === 'done' || action.status === 'dropped';
}

function checkDueDate(dueDate: string, earliest: string | null): FieldProblem[] {
  if (!isCalendarDate(dueDate)) return [{ field: 'dueDate', problem: 'must be a date (YYYY-MM-DD)' }];
  if (earliest !== null && dueDate < earliest) return [{ field: 'dueDate', problem: 'must not be in the past' }];
  return [];
}
