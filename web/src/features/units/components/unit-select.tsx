import { useMemo, type SelectHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../shared/ui/field';

interface UnitSelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> {
  label: string;
  units: readonly { id: string; path: string }[];
  value: string;
  onChange: (unitId: string) => void;
  /** Text of the empty first option (e.g. "All units", "No parent"); omit for a required choice. */
  emptyLabel?: string;
  excludeId?: string;
  hint?: string;
}

/** A select of units, shown by path and sorted by path. */
export function UnitSelect({ label, units, value, onChange, emptyLabel, excludeId, hint, ...select }: UnitSelectProps) {
  const { t } = useTranslation();
  const options = useMemo(
    () => units.filter((unit) => unit.id !== excludeId).sort((left, right) => left.path.localeCompare(right.path)),
    [units, excludeId],
  );
  return (
    <SelectField label={label} hint={hint} value={value} onChange={(event) => onChange(event.target.value)} {...select}>
      {emptyLabel !== undefined ? (
        <option value="">{emptyLabel}</option>
      ) : (
        value === '' && (
          <option value="" disabled>
            {t('units.choose')}
          </option>
        )
      )}
      {options.map((unit) => (
        <option key={unit.id} value={unit.id}>
          {unit.path}
        </option>
      ))}
    </SelectField>
  );
}
