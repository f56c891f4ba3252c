import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { SelectField, TextField } from '../../../shared/ui/field';
import type { Role } from '../../session/api';
import type { Unit } from '../../units/api';
import { UnitSelect } from '../../units/components/unit-select';
import { createAccount, roles } from '../api';

interface AccountCreateFormProps {
  units: Unit[];
  onCreated: () => void;
}

/** Creates an account: email, name, role, unit (for leads) and an initial password. */
export function AccountCreateForm({ units, onCreated }: AccountCreateFormProps) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('lead');
  const [unitId, setUnitId] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(undefined);
  const [isBusy, setIsBusy] = useState(false);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setIsBusy(true);
    setError(undefined);
    try {
      await createAccount({ email: email.trim(), name: name.trim(), role, unitId: role === 'lead' ? unitId || null : null, password });
      setEmail('');
      setName('');
      setPassword('');
      onCreated();
    } catch (reason) {
      setError(reason);
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={handleSubmit}>
      <ErrorSummary error={error} />
      <TextField
        label={t('accounts.email')}
        type="email"
        required
        autoComplete="off"
        value={email}
        onChange={(event) => setEmail(event.target.value)}
      />
      <TextField label={t('accounts.name')} required autoComplete="off" value={name} onChange={(event) => setName(event.target.value)} />
      <SelectField label={t('accounts.role')} value={role} onChange={(event) => setRole(event.target.value as Role)}>
        {roles.map((value) => (
          <option key={value} value={value}>
            {t(`roles.${value}`)}
          </option>
        ))}
      </SelectField>
      {role === 'lead' && <UnitSelect label={t('accounts.unit')} units={units} required value={unitId} onChange={setUnitId} />}
      <TextField
        label={t('accounts.initialPassword')}
        hint={t('accounts.passwordHint')}
        type="password"
        required
        autoComplete="new-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      <button type="submit" className="button button--primary" disabled={isBusy}>
        {t('accounts.create')}
      </button>
    </form>
  );
}
