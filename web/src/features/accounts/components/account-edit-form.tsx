import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { SelectField, TextField } from '../../../shared/ui/field';
import type { Role } from '../../session/api';
import type { Unit } from '../../units/api';
import { UnitSelect } from '../../units/components/unit-select';
import { roles, updateAccount, type AccountRecord } from '../api';

interface AccountEditFormProps {
  account: AccountRecord;
  units: Unit[];
  onSaved: () => void;
}

/** Changes role and unit of an account, and optionally sets a new password. */
export function AccountEditForm({ account, units, onSaved }: AccountEditFormProps) {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role>(account.role);
  const [unitId, setUnitId] = useState(account.unitId ?? '');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(undefined);
  const [isBusy, setIsBusy] = useState(false);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setIsBusy(true);
    setError(undefined);
    try {
      await updateAccount(account.id, { role, unitId: role === 'lead' ? unitId || null : null, ...(password === '' ? {} : { password }) });
      onSaved();
    } catch (reason) {
      setError(reason);
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={handleSubmit}>
      <ErrorSummary error={error} />
      <SelectField label={t('accounts.role')} value={role} onChange={(event) => setRole(event.target.value as Role)}>
        {roles.map((value) => (
          <option key={value} value={value}>
            {t(`roles.${value}`)}
          </option>
        ))}
      </SelectField>
      {role === 'lead' && <UnitSelect label={t('accounts.unit')} units={units} required value={unitId} onChange={setUnitId} />}
      <TextField
        label={t('accounts.newPassword')}
        hint={t('accounts.newPasswordHint')}
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      <button type="submit" className="button button--primary" disabled={isBusy}>
        {t('common.save')}
      </button>
    </form>
  );
}
