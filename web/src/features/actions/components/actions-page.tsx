import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { Card } from '../../../shared/ui/card';
import { CheckboxField, SelectField } from '../../../shared/ui/field';
import { PageHeader } from '../../../shared/ui/page-header';
import { LoadState } from '../../../shared/ui/status';
import { useResource } from '../../../shared/use-resource';
import { useSession } from '../../session/session-context';
import { ACTION_STATUSES, actionExportHref, fetchActions, type ActionFilter, type ActionStatus } from '../api';
import { canChooseUnit, canCreateActions, deletedTitleOf } from '../action-model';
import { readListFilter, writeListFilter } from '../list-filter';
import { useActionNames } from '../use-action-names';
import { ActionsTable } from './actions-table';
import '../actions.css';

/** The actions of the company (admins, executives; filter by unit) or of the lead's unit, by due date, with filters and exports. */
export function ActionsPage() {
  const { t } = useTranslation();
  const { account } = useSession();
  const [searchParams, setSearchParams] = useSearchParams();
  const deletedTitle = deletedTitleOf(useLocation().state);
  const names = useActionNames();
  const viewer = account ?? { id: '', role: 'executive' as const, unitId: null };
  const filter = readListFilter(searchParams, viewer);
  const hasNoUnit = viewer.role === 'lead' && viewer.unitId === null;
  const list = useResource(
    (signal) => (hasNoUnit ? Promise.resolve({ actions: [], overdue: 0 }) : fetchActions(filter, signal)),
    [filter.unitId, filter.status, filter.isOverdueOnly, hasNoUnit],
  );
  const change = (changes: Partial<ActionFilter>) => setSearchParams(writeListFilter({ ...filter, ...changes }, viewer), { replace: true });
  const unitName = filter.unitId === '' ? null : names.unitName(filter.unitId);
  const overdue = list.data?.overdue ?? 0;

  return (
    <>
      <PageHeader
        title={t('actions.title')}
        description={t('actions.description')}
        actions={
          canCreateActions(viewer) && (
            <Link className="button button--primary" to="/actions/new">
              {t('actions.newAction')}
            </Link>
          )
        }
      />
      <p className="status" role="status">
        {deletedTitle !== null && t('actions.detail.deleted', { title: deletedTitle })}
      </p>
      <Card>
        <div className="stack">
          <div className="toolbar" role="group" aria-label={t('actions.filters')}>
            {canChooseUnit(viewer) && (
              <SelectField label={t('actions.unit')} value={filter.unitId} onChange={(event) => change({ unitId: event.target.value })}>
                <option value="">{t('actions.allUnits')}</option>
                {names.units.map((unit) => (
                  <option key={unit.id} value={unit.id}>
                    {unit.path}
                  </option>
                ))}
              </SelectField>
            )}
            <SelectField
              label={t('actions.status')}
              value={filter.status}
              onChange={(event) => change({ status: event.target.value as ActionStatus | '' })}
            >
              <option value="">{t('actions.allStatuses')}</option>
              {ACTION_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`actions.statuses.${status}`)}
                </option>
              ))}
            </SelectField>
            <CheckboxField
              label={t('actions.overdueOnly')}
              checked={filter.isOverdueOnly}
              onChange={(event) => change({ isOverdueOnly: event.target.checked })}
            />
          </div>
          {hasNoUnit && <p className="notice">{t('actions.noUnit')}</p>}
          <LoadState isLoading={list.isLoading && !list.data} error={list.error} />
          {list.data && !hasNoUnit && (
            <>
              <div className="actions-summary">
                <p className={overdue > 0 ? 'actions-overdue-count' : 'status'} role="status">
                  {overdue > 0 ? t('actions.overdueCount', { count: overdue }) : t('actions.noneOverdue')}{' '}
                  {t('actions.shown', { count: list.data.actions.length })}
                </p>
                <p className="actions-exports">
                  <span>{t('actions.export')}:</span>
                  <a
                    className="button button--small"
                    href={actionExportHref('csv', filter.unitId)}
                    download
                    aria-label={t('actions.exportCsvLabel')}
                  >
                    {t('actions.exportCsv')}
                  </a>
                  <a
                    className="button button--small"
                    href={actionExportHref('xlsx', filter.unitId)}
                    download
                    aria-label={t('actions.exportXlsxLabel')}
                  >
                    {t('actions.exportXlsx')}
                  </a>
                </p>
              </div>
              {list.data.actions.length === 0 ? (
                <p className="muted">{t('actions.empty')}</p>
              ) : (
                <ActionsTable
                  actions={list.data.actions}
                  caption={unitName === null ? t('actions.tableCaption') : t('actions.tableCaptionUnit', { unit: unitName })}
                  unitName={names.unitName}
                  accountName={names.accountName}
                />
              )}
            </>
          )}
        </div>
      </Card>
    </>
  );
}
