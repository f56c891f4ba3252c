import { ApiError } from '../../shared/api-client';
import type { Account } from '../session/api';
import type { Action, ActionEffect, ActionStatus } from './api';

/** The button texts of the status moves, as keys under `actions.transitions`. */
export type TransitionName = 'start' | 'markDone' | 'drop' | 'backToOpen' | 'reopen';

/** A status move the lifecycle allows, with the name of its button. */
export interface Transition {
  to: ActionStatus;
  name: TransitionName;
}

// The server's lifecycle: open → in progress → done | dropped; back to open from any other.
const transitions: Record<ActionStatus, readonly Transition[]> = {
  open: [
    { to: 'in-progress', name: 'start' },
    { to: 'done', name: 'markDone' },
    { to: 'dropped', name: 'drop' },
  ],
  'in-progress': [
    { to: 'done', name: 'markDone' },
    { to: 'dropped', name: 'drop' },
    { to: 'open', name: 'backToOpen' },
  ],
  done: [{ to: 'open', name: 'reopen' }],
  dropped: [{ to: 'open', name: 'reopen' }],
};

/** The moves an action in `status` may make, in the order the buttons show. */
export function allowedTransitions(status: ActionStatus): readonly Transition[] {
  return transitions[status];
}

/** Whether title, description, owner and due date may still change (not once done or dropped). */
export function isEditable(status: ActionStatus): boolean {
  return status === 'open' || status === 'in-progress';
}

/** Actions by due date, then by title, without changing the input. */
export function sortByDueDate(actions: readonly Action[]): Action[] {
  return [...actions].sort((left, right) => left.dueDate.localeCompare(right.dueDate) || left.title.localeCompare(right.title));
}

/** Whether the account sees the whole company's actions and may pick a unit (admins and executives). */
export function canChooseUnit(account: Pick<Account, 'role'>): boolean {
  return account.role === 'admin' || account.role === 'executive';
}

/** The unit the list starts with: a lead's own unit, everyone else all units (''). */
export function defaultUnitFilter(account: Pick<Account, 'role' | 'unitId'>): string {
  return account.role === 'lead' ? (account.unitId ?? '') : '';
}

/** Whether the account may create actions at all (admins, and leads of a unit). */
export function canCreateActions(account: Pick<Account, 'role' | 'unitId'>): boolean {
  return account.role === 'admin' || (account.role === 'lead' && account.unitId !== null);
}

/**
 * Whether the account may create an action for this provider and customer group: admins, and the
 * leads of either unit (client copy of canCreateAction in src/domain/access/action-policy.ts).
 */
export function canCreateAction(
  account: Pick<Account, 'role' | 'unitId'>,
  action: Pick<Action, 'providerUnitId' | 'customerGroupId'>,
): boolean {
  if (account.role === 'admin') return true;
  return (
    account.role === 'lead' &&
    account.unitId !== null &&
    (account.unitId === action.providerUnitId || account.unitId === action.customerGroupId)
  );
}

/** Whether the account may change the action: admins, its owner, and leads of its provider or customer group. */
export function canWorkOnAction(
  account: Pick<Account, 'id' | 'role' | 'unitId'>,
  action: Pick<Action, 'providerUnitId' | 'customerGroupId' | 'ownerAccountId'>,
): boolean {
  return account.id === action.ownerAccountId || canCreateAction(account, action);
}

/** What the action page hands the list when it deleted an action: the list says so. */
export interface DeletedActionState {
  deletedTitle: string;
}

/** The title of the action just deleted, from the router's location state, if that is what it holds. */
export function deletedTitleOf(state: unknown): string | null {
  const title = (state as Partial<DeletedActionState> | null)?.deletedTitle;
  return typeof title === 'string' ? title : null;
}

/**
 * Whether the account may delete the action: whoever may create one for its units, admins and
 * the leads of either unit (client copy of canDeleteAction in src/domain/access/action-policy.ts).
 */
export function canDeleteAction(
  account: Pick<Account, 'role' | 'unitId'>,
  action: Pick<Action, 'providerUnitId' | 'customerGroupId'>,
): boolean {
  return canCreateAction(account, action);
}

/**
 * Whether the action has no history yet (still open, never moved, no comments): only such an
 * action may be deleted; the server also keeps one that a retrospective links.
 */
export function hasNoHistory(action: Pick<Action, 'status' | 'createdAt' | 'statusChangedAt' | 'comments'>): boolean {
  return action.status === 'open' && action.statusChangedAt === action.createdAt && action.comments.length === 0;
}

/**
 * Why "Did it help?" has nothing to show yet, or null when the effect can be asked for:
 * without a dimension there is nothing to measure, without a source wave nothing to start from.
 */
export function effectPrecondition(action: Pick<Action, 'dimension' | 'sourceWaveId'>): 'no-dimension' | 'no-source-wave' | null {
  if (action.dimension === null) return 'no-dimension';
  if (action.sourceWaveId === null) return 'no-source-wave';
  return null;
}

/**
 * Whether the effect endpoint's error means "not yet" rather than a failure: it answers 409
 * when no closed wave follows the source wave yet, 404 when the source wave is not closed.
 */
export function isEffectPending(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 409 || error.status === 404);
}

/** The sentence that reads the effect, as a key under `actions.effect.sentences`. */
export function effectSentenceKey(effect: Pick<ActionEffect, 'effect'>): 'helped' | 'fellBehind' | 'noClearDifference' | 'tooFewAnswers' {
  switch (effect.effect.label) {
    case 'helped':
      return 'helped';
    case 'fell-behind':
      return 'fellBehind';
    case 'no-clear-difference':
      return 'noClearDifference';
    case 'too-few-answers':
      return 'tooFewAnswers';
  }
}

/** The sentence that says what the comparison group is, as a key under `actions.effect.comparisonExplained`. */
export function comparisonKey(effect: Pick<ActionEffect, 'comparisonGroup'>): 'otherCustomers' | 'otherProviders' {
  return effect.comparisonGroup === 'other-customers-of-provider' ? 'otherCustomers' : 'otherProviders';
}
