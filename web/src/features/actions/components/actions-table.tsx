import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dimensionLabel } from '../../results/format';
import type { Action } from '../api';
import { formatCalendarDate } from '../../../shared/dates';
import { sortByDueDate } from '../action-model';
import { actionHref } from '../links';
import { ActionStatusBadge, OverdueBadge } from './action-status-badge';

interface ActionsTableProps {
  actions: readonly Action[];
  caption: string;
  unitName: (id: string) => string | null;
  accountName: (id: string) => string | null;
}

/** Actions by due date: title (linked), provider, customer group, dimension, owner, due date and status; overdue rows marked in words. */
export function ActionsTable({ actions, caption, unitName, accountName }: ActionsTableProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const unknown = t('actions.unknown');
  return (
    <div className="table-wrap">
      <table className="table actions-table">
        <caption className="table__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('actions.columns.title')}</th>
            <th scope="col">{t('actions.columns.provider')}</th>
            <th scope="col">{t('actions.columns.customerGroup')}</th>
            <th scope="col">{t('actions.columns.dimension')}</th>
            <th scope="col">{t('actions.columns.owner')}</th>
            <th scope="col">{t('actions.columns.dueDate')}</th>
            <th scope="col">{t('actions.columns.status')}</th>
          </tr>
        </thead>
        <tbody>
          {sortByDueDate(actions).map((action) => (
            <tr key={action.id} className={action.isOverdue ? 'actions-table__row--overdue' : undefined}>
              <th scope="row">
                <Link to={actionHref(action.id)}>{action.title}</Link>
              </th>
              <td>{unitName(action.providerUnitId) ?? unknown}</td>
              <td>{action.customerGroupId === null ? t('actions.allCustomers') : (unitName(action.customerGroupId) ?? unknown)}</td>
              <td>{action.dimension === null ? t('actions.noDimension') : dimensionLabel(t, action.dimension)}</td>
              <td>{accountName(action.ownerAccountId) ?? unknown}</td>
              <td className="actions-nowrap">
                <time dateTime={action.dueDate}>{formatCalendarDate(action.dueDate, language)}</time>
              </td>
              <td>
                <span className="actions-badges">
                  <ActionStatusBadge status={action.status} />
                  {action.isOverdue && <OverdueBadge />}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
