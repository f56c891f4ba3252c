import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../../shared/ui/card';
import { Dialog } from '../../../shared/ui/dialog';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { PageHeader } from '../../../shared/ui/page-header';
import { LoadState } from '../../../shared/ui/status';
import { useResource } from '../../../shared/use-resource';
import { useSession } from '../../session/session-context';
import { fetchUnits } from '../../units/api';
import { fetchAccounts, updateAccount, type AccountRecord } from '../api';
import { AccountCreateForm } from './account-create-form';
import { AccountEditForm } from './account-edit-form';

/** Accounts (admins only): list, create, change role/unit, disable and enable. */
export function AccountsPage() {
  const { t } = useTranslation();
  const { account: me } = useSession();
  const accounts = useResource((signal) => fetchAccounts(signal), []);
  const units = useResource((signal) => fetchUnits(signal), []);
  const unitPaths = useMemo(() => new Map((units.data ?? []).map((unit) => [unit.id, unit.path])), [units.data]);
  const [editing, setEditing] = useState<AccountRecord | null>(null);
  const [error, setError] = useState<unknown>(undefined);

  async function toggleDisabled(account: AccountRecord) {
    setError(undefined);
    try {
      await updateAccount(account.id, { isDisabled: !account.isDisabled });
      accounts.reload();
    } catch (reason) {
      setError(reason);
    }
  }

  return (
    <>
      <PageHeader title={t('accounts.title')} description={t('accounts.description')} />
      <div className="columns">
        <Card title={t('accounts.list')}>
          <ErrorSummary error={error} />
          <LoadState isLoading={accounts.isLoading && !accounts.data} error={accounts.error} />
          {accounts.data && (
            <div className="table-wrap">
              <table className="table" data-testid="accounts-table">
                <thead>
                  <tr>
                    <th scope="col">{t('accounts.name')}</th>
                    <th scope="col">{t('accounts.email')}</th>
                    <th scope="col">{t('accounts.role')}</th>
                    <th scope="col">{t('accounts.unit')}</th>
                    <th scope="col">{t('accounts.status')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('common.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {accounts.data.map((account) => (
                    <tr key={account.id} className={account.isDisabled ? 'table__row--muted' : undefined}>
                      <th scope="row">{account.name}</th>
                      <td>{account.email}</td>
                      <td>{t(`roles.${account.role}`)}</td>
                      <td>{account.unitId ? (unitPaths.get(account.unitId) ?? '') : ''}</td>
                      <td>
                        {account.isDisabled ? (
                          <span className="badge badge--danger">{t('accounts.disabled')}</span>
                        ) : (
                          <span className="badge badge--success">{t('accounts.active')}</span>
                        )}
                      </td>
                      <td className="table__actions">
                        <button
                          type="button"
                          className="button button--small"
                          aria-label={t('accounts.editNamed', { name: account.name })}
                          onClick={() => setEditing(account)}
                        >
                          {t('common.edit')}
                        </button>
                        <button
                          type="button"
                          className="button button--small"
                          disabled={account.id === me?.id}
                          onClick={() => void toggleDisabled(account)}
                          aria-label={`${account.isDisabled ? t('accounts.enable') : t('accounts.disable')} ${account.name}`}
                        >
                          {account.isDisabled ? t('accounts.enable') : t('accounts.disable')}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>
        {units.data && (
          <Card title={t('accounts.createTitle')}>
            <AccountCreateForm units={units.data} onCreated={accounts.reload} />
          </Card>
        )}
      </div>
      {editing && units.data && (
        <Dialog title={t('accounts.editNamed', { name: editing.name })} onClose={() => setEditing(null)}>
          <AccountEditForm
            account={editing}
            units={units.data}
            onSaved={() => {
              setEditing(null);
              accounts.reload();
            }}
          />
        </Dialog>
      )}
    </>
  );
}
