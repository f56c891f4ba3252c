import { isOverdue, type Action } from '../../domain/actions/action.js';

export interface ActionView extends Action {
  isOverdue: boolean;
}

/** An action as the API shows it: with whether it is overdue today. */
export function presentAction(action: Action, now: Date): ActionView {
  return { ...action, isOverdue: isOverdue(action, now) };
}
