import type { Actor } from '../../domain/access/policy.js';
import { createAction, createActionFromWeakPoint, type Action } from '../../domain/actions/action.js';
import { assertNoProblems, DomainError, type FieldProblem } from '../../domain/errors.js';
import { canReleaseResults } from '../../domain/results/anonymity.js';
import { requirePermission } from '../authorize.js';
import type { AppContext, Stores } from '../ports.js';
import { canCreateAction } from '../../domain/access/action-policy.js';
import { presentAction, type ActionView } from './action-views.js';

export interface ActionInput {
  title: string;
  description?: string | undefined;
  ownerAccountId: string;
  dueDate: string;
  providerUnitId: string;
  customerGroupId: string | null;
  dimension: string | null;
  /** The closed wave whose weak point the action takes up; null for a free action. */
  sourceWaveId: string | null;
}

/** A new open action, free or on a weak point of a closed wave (then with its dimension). */
export async function createNewAction(context: AppContext, actor: Actor, input: ActionInput): Promise<ActionView> {
  requirePermission(canCreateAction(actor, input), 'create actions for this unit');
  const now = context.clock();
  return context.transaction(async (stores) => {
    await checkReferences(stores, input);
    const fields = {
      title: input.title,
      description: input.description ?? '',
      ownerAccountId: input.ownerAccountId,
      dueDate: input.dueDate,
    };
    let action: Action;
    if (input.sourceWaveId === null) {
      action = createAction({
        id: context.newId(),
        fields: { ...fields, providerUnitId: input.providerUnitId, customerGroupId: input.customerGroupId, dimension: input.dimension },
        sourceWaveId: null,
        createdByAccountId: actor.accountId,
        now,
      });
    } else {
      if (input.dimension === null) assertNoProblems([{ field: 'dimension', problem: 'an action on a weak point names its dimension' }]);
      action = createActionFromWeakPoint({
        id: context.newId(),
        weakPoint: { providerId: input.providerUnitId, customerGroupId: input.customerGroupId, dimension: input.dimension ?? '' },
        waveId: input.sourceWaveId,
        fields,
        createdByAccountId: actor.accountId,
        now,
      });
    }
    await stores.actions.insert(action);
    await stores.audit.record({ at: now.toISOString(), accountId: actor.accountId, action: 'action.create', subject: action.id });
    return presentAction(action, now);
  });
}

/** The owner is an enabled account; the units and the wave exist, and the wave's results are out. */
export async function checkOwner(stores: Stores, ownerAccountId: string): Promise<FieldProblem[]> {
  const owner = await stores.accounts.findById(ownerAccountId);
  return !owner || owner.isDisabled ? [{ field: 'ownerAccountId', problem: 'must name an enabled account' }] : [];
}

async function checkReferences(stores: Stores, input: ActionInput): Promise<void> {
  const problems = await checkOwner(stores, input.ownerAccountId);
  if (!(await stores.units.findById(input.providerUnitId))) problems.push({ field: 'providerUnitId', problem: 'no such unit' });
  if (input.customerGroupId !== null && !(await stores.units.findById(input.customerGroupId))) {
    problems.push({ field: 'customerGroupId', problem: 'no such unit' });
  }
  assertNoProblems(problems);
  if (input.sourceWaveId !== null) {
    const wave = await stores.waves.findWave(input.sourceWaveId);
    if (!wave) throw new DomainError('not_found', 'wave not found');
    if (!canReleaseResults(wave)) throw new DomainError('invalid_state', 'an action takes up a weak point of a closed wave');
  }
}
