import type { Actor } from '../../domain/access/policy.js';
import type { ActionStatus } from '../../domain/actions/action.js';
import { requirePermission } from '../authorize.js';
import type { AppContext } from '../ports.js';
import { canViewUnit } from '../../domain/access/relationship-policy.js';
import { presentAction, type ActionView } from './action-views.js';

/**
 * Actions by due date: of one unit (as provider or customer), or of the whole company for
 * admins and executives; optionally only one status, or only the overdue ones.
 */
export async function listActions(
  context: AppContext,
  actor: Actor,
  query: { unitId?: string | undefined; status?: ActionStatus | undefined; isOverdue?: boolean | undefined },
): Promise<{ actions: ActionView[]; overdue: number }> {
  if (query.unitId === undefined) requirePermission(actor.role === 'admin' || actor.role === 'executive', "list the company's actions");
  else requirePermission(canViewUnit(actor, query.unitId), "list this unit's actions");
  const now = context.clock();
  const all = (await context.stores.actions.list({ unitId: query.unitId, status: query.status })).map((action) =>
    presentAction(action, now),
  );
  const actions = query.isOverdue === undefined ? all : all.filter((action) => action.isOverdue === query.isOverdue);
  return { actions, overdue: all.filter((action) => action.isOverdue).length };
}
