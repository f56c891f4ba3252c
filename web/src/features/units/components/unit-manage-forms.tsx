import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../shared/ui/confirm-button';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { TextField } from '../../../shared/ui/field';
import { deleteUnit, updateUnit, type Unit } from '../api';
import { UnitSelect } from './unit-select';

interface UnitManageFormsProps {
  unit: Unit;
  units: Unit[];
  onChanged: (unit: Unit) => void;
  onDeleted: () => void;
}

/** Rename, move (new parent) and delete one unit; shows the server's problem when it refuses. */
export function UnitManageForms({ unit, units, onChanged, onDeleted }: UnitManageFormsProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(unit.name);
  const [parentId, setParentId] = useState(unit.parentId ?? '');
  const [error, setError] = useState<unknown>(undefined);
  const [notice, setNotice] = useState('');
  const [isBusy, setIsBusy] = useState(false);

  async function run(action: () => Promise<void>) {
    setIsBusy(true);
    setError(undefined);
    setNotice('');
    try {
      await action();
    } catch (reason) {
      setError(reason);
    } finally {
      setIsBusy(false);
    }
  }

  function handleRename(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      const updated = await updateUnit(unit.id, { name: name.trim() });
      setNotice(t('units.renamed', { name: updated.name }));
      onChanged(updated);
    });
  }

  function handleMove(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      const updated = await updateUnit(unit.id, { parentId: parentId === '' ? null : parentId });
      setNotice(t('units.moved', { path: updated.path }));
      onChanged(updated);
    });
  }

  return (
    <div className="stack">
      <ErrorSummary error={error} />
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <form className="form form--inline" onSubmit={handleRename}>
        <TextField label={t('units.newName')} required value={name} onChange={(event) => setName(event.target.value)} />
        <button type="submit" className="button" disabled={isBusy || name.trim() === '' || name.trim() === unit.name}>
          {t('units.rename')}
        </button>
      </form>
      <form className="form form--inline" onSubmit={handleMove}>
        <UnitSelect
          label={t('units.newParent')}
          units={units}
          excludeId={unit.id}
          value={parentId}
          onChange={setParentId}
          emptyLabel={t('units.noParent')}
        />
        <button type="submit" className="button" disabled={isBusy || parentId === (unit.parentId ?? '')}>
          {t('units.move')}
        </button>
      </form>
      <div>
        <ConfirmButton
          label={t('common.delete')}
          question={t('units.deleteQuestion', { name: unit.name })}
          disabled={isBusy}
          onConfirm={() =>
            run(async () => {
              await deleteUnit(unit.id);
              onDeleted();
            })
          }
        />
        <p className="field__hint">{t('units.deleteHint')}</p>
      </div>
    </div>
  );
}
