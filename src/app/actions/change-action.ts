import type { Actor } from '../../domain/access/policy.js';
import {
  addActionComment,
  assertActionDeletable,
  changeActionStatus,
  editAction,
  type Action,
  type ActionStatus,
} from '../../domain/actions/action.js';
import { assertNoProblems, DomainError } from '../../domain/errors.js';
import { requireFound, requirePermission } from '../authorize.js';
import type { AppContext, Stores } from '../ports.js';
import { canDeleteAction, canViewAction, canWorkOnAction } from '../../domain/access/action-policy.js';
import { presentAction, type ActionView } from './action-views.js';
import { checkOwner } from './create-action.js';

export interface ActionChanges {
  title?: string | undefined;
  description?: string | undefined;
  ownerAccountId?: string | undefined;
  dueDate?: string | undefined;
}

/** Changes title, description, owner or due date of an open or in-progress action. */
export async function editExistingAction(
  context: AppContext,
  actor: Actor,
  input: { id: string; changes: ActionChanges },
): Promise<ActionView> {
  const now = context.clock();
  return context.transaction(async (stores) => {
    const action = await loadForWork(stores, actor, input.id);
    const changes = Object.fromEntries(Object.entries(input.changes).filter(([, value]) => value !== undefined)) as ActionChanges;
    if (changes.ownerAccountId !== undefined) assertNoProblems(await checkOwner(stores, changes.ownerAccountId));
    const edited = editAction(action, changes, { now });
    await store(stores, edited, action.status, now);
    await stores.audit.record({ at: now.toISOString(), accountId: actor.accountId, action: 'action.edit', subject: action.id });
    return presentAction(edited, now);
  });
}

/** Moves an action along its lifecycle (open, in progress, done, dropped, reopened). */
export async function changeStatusOfAction(
  context: AppContext,
  actor: Actor,
  input: { id: string; status: ActionStatus },
): Promise<ActionView> {
  const now = context.clock();
  return context.transaction(async (stores) => {
    const action = await loadForWork(stores, actor, input.id);
    const changed = changeActionStatus(action, input.status, now);
    await store(stores, changed, action.status, now);
    await stores.audit.record({
      at: now.toISOString(),
      accountId: actor.accountId,
      action: 'action.status',
      subject: action.id,
      details: { from: action.status, to: changed.status },
    });
    return presentAction(changed, now);
  });
}

/** Adds a comment, also to a closed action. */
export async function commentOnAction(context: AppContext, actor: Actor, input: { id: string; text: string }): Promise<ActionView> {
  const now = context.clock();
  return context.transaction(async (stores) => {
    // Locked for share: a deletion waiting for it then finds the comment, or it finds the action gone.
    const action = await loadForWork(stores, actor, input.id, 'share');
    const commented = addActionComment(action, { authorAccountId: actor.accountId, text: input.text, now });
    await stores.actions.addComment(action.id, commented.comments.at(-1) as Action['comments'][number]);
    return presentAction(commented, now);
  });
}

/**
 * Deletes an action created by mistake (twice, or on the wrong weak point): admins and the
 * leads of its units may, as long as it has no history and no retrospective
 * links it. Anything else is dropped instead. The deletion is audited.
 */
export async function deleteActionWithoutHistory(context: AppContext, actor: Actor, id: string): Promise<void> {
  const now = context.clock();
  await context.transaction(async (stores) => {
    // Locked for update: comments and links made meanwhile wait, or are seen below.
    const action = requireFound(await stores.actions.findById(id, 'update'), 'action');
    requirePermission(canDeleteAction(actor, action), 'delete this action');
    assertActionDeletable(action, await stores.retrospectives.linksAction(action.id));
    if (!(await stores.actions.deleteIfWithoutHistory(action.id))) {
      throw new DomainError('conflict', 'the action was changed or commented meanwhile; reload it');
    }
    await stores.audit.record({
      at: now.toISOString(),
      accountId: actor.accountId,
      action: 'action.delete',
      subject: action.id,
      details: { title: action.title, providerUnitId: action.providerUnitId, customerGroupId: action.customerGroupId },
    });
  });
}

/** One action with its comments. */
export async function getAction(context: AppContext, actor: Actor, id: string): Promise<ActionView> {
  const action = requireFound(await context.stores.actions.findById(id), 'action');
  requirePermission(canViewAction(actor, action), 'view this action');
  return presentAction(action, context.clock());
}

async function loadForWork(stores: Stores, actor: Actor, id: string, lock?: 'share'): Promise<Action> {
  const action = requireFound(await stores.actions.findById(id, lock), 'action');
  requirePermission(canWorkOnAction(actor, action), 'work on this action');
  return action;
}

async function store(stores: Stores, action: Action, expectedStatus: ActionStatus, now: Date): Promise<void> {
  if (!(await stores.actions.update(action, expectedStatus, now.toISOString()))) {
    throw new DomainError('conflict', 'the action was changed meanwhile; reload and try again');
  }
}
