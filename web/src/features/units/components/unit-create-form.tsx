import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { TextField } from '../../../shared/ui/field';
import { createUnit, type Unit } from '../api';
import { UnitSelect } from './unit-select';

interface UnitCreateFormProps {
  units: Unit[];
  defaultParentId?: string;
  onCreated: (unit: Unit) => void;
}

/** Creates a unit: name, optional code and parent. */
export function UnitCreateForm({ units, defaultParentId = '', onCreated }: UnitCreateFormProps) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [parentId, setParentId] = useState(defaultParentId);
  const [error, setError] = useState<unknown>(undefined);
  const [isBusy, setIsBusy] = useState(false);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setIsBusy(true);
    setError(undefined);
    try {
      const unit = await createUnit({
        name: name.trim(),
        parentId: parentId === '' ? null : parentId,
        code: code.trim() === '' ? null : code.trim(),
      });
      setName('');
      setCode('');
      onCreated(unit);
    } catch (reason) {
      setError(reason);
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={handleSubmit}>
      <ErrorSummary error={error} />
      <TextField label={t('units.name')} required value={name} onChange={(event) => setName(event.target.value)} />
      <UnitSelect label={t('units.parent')} units={units} value={parentId} onChange={setParentId} emptyLabel={t('units.noParent')} />
      <TextField label={t('units.code')} hint={t('units.codeHint')} value={code} onChange={(event) => setCode(event.target.value)} />
      <button type="submit" className="button button--primary" disabled={isBusy}>
        {t('units.create')}
      </button>
    </form>
  );
}
