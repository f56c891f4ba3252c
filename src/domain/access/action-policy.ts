import type { Actor } from './policy.js';
import type { Action } from '../actions/action.js';

/**
 * Who may do what with actions: admins everything; executives read all; a lead works on the
 * actions of their own unit, as provider or as customer; the owner of an action works on it
 * too (status, comments, edits), whatever their role.
 */
export function canViewAction(actor: Actor, action: Pick<Action, 'providerUnitId' | 'customerGroupId' | 'ownerAccountId'>): boolean {
  return actor.role === 'admin' || actor.role === 'executive' || canWorkOnAction(actor, action);
}

export function canWorkOnAction(actor: Actor, action: Pick<Action, 'providerUnitId' | 'customerGroupId' | 'ownerAccountId'>): boolean {
  if (actor.role === 'admin') return true;
  if (actor.accountId === action.ownerAccountId) return true;
  return (
    actor.role === 'lead' && actor.unitId !== null && (actor.unitId === action.providerUnitId || actor.unitId === action.customerGroupId)
  );
}

/**
 * Deleting an action created by mistake: whoever may create one for its units (admins, the
 * leads of either unit). Its owner alone drops it instead.
 */
export function canDeleteAction(actor: Actor, action: Pick<Action, 'providerUnitId' | 'customerGroupId'>): boolean {
  return canCreateAction(actor, action);
}

/** Creating an action for a provider (and customer group): admins, and the leads of either unit. */
export function canCreateAction(actor: Actor, action: { providerUnitId: string; customerGroupId: string | null }): boolean {
  if (actor.role === 'admin') return true;
  return (
    actor.role === 'lead' && actor.unitId !== null && (actor.unitId === action.providerUnitId || actor.unitId === action.customerGroupId)
  );
}
