import type { Account } from '../session/api';
import { ACTION_STATUSES, type ActionFilter, type ActionStatus } from './api';
import { canChooseUnit, defaultUnitFilter } from './action-model';

/**
 * The list's filter from the address (`?unit=&status=&overdue=1`): admins and executives may
 * pick any unit or all; a lead always sees their own unit, whatever the address says.
 */
export function readListFilter(search: URLSearchParams, account: Pick<Account, 'role' | 'unitId'>): ActionFilter {
  const status = search.get('status') ?? '';
  return {
    unitId: canChooseUnit(account) ? (search.get('unit') ?? '') : defaultUnitFilter(account),
    status: (ACTION_STATUSES as readonly string[]).includes(status) ? (status as ActionStatus) : '',
    isOverdueOnly: search.get('overdue') === '1',
  };
}

/** The address query that keeps the filter, without the defaults. */
export function writeListFilter(filter: ActionFilter, account: Pick<Account, 'role'>): URLSearchParams {
  const search = new URLSearchParams();
  if (canChooseUnit(account) && filter.unitId !== '') search.set('unit', filter.unitId);
  if (filter.status !== '') search.set('status', filter.status);
  if (filter.isOverdueOnly) search.set('overdue', '1');
  return search;
}
