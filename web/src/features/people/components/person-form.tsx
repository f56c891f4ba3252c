import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { CheckboxField, SelectField, TextField } from '../../../shared/ui/field';
import type { Unit } from '../../units/api';
import { UnitSelect } from '../../units/components/unit-select';
import type { PersonInput } from '../api';

interface PersonFormProps {
  initial?: PersonInput;
  units: Unit[];
  submitLabel: string;
  onSubmit: (input: PersonInput) => Promise<void>;
}

const emptyPerson: PersonInput = { email: '', name: '', unitId: '', locale: 'de', isLead: false };

/** The person fields: email, name, unit, locale and lead. */
export function PersonForm({ initial = emptyPerson, units, submitLabel, onSubmit }: PersonFormProps) {
  const { t } = useTranslation();
  const [person, setPerson] = useState<PersonInput>(initial);
  const [error, setError] = useState<unknown>(undefined);
  const [isBusy, setIsBusy] = useState(false);
  const change = (changes: Partial<PersonInput>) => setPerson((current) => ({ ...current, ...changes }));

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setIsBusy(true);
    setError(undefined);
    try {
      // Send exactly the person fields: the API rejects unknown keys.
      await onSubmit({
        email: person.email.trim(),
        name: person.name.trim(),
        unitId: person.unitId,
        locale: person.locale,
        isLead: person.isLead,
      });
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
        label={t('people.email')}
        type="email"
        required
        autoComplete="off"
        value={person.email}
        onChange={(event) => change({ email: event.target.value })}
      />
      <TextField
        label={t('people.name')}
        required
        autoComplete="off"
        value={person.name}
        onChange={(event) => change({ name: event.target.value })}
      />
      <UnitSelect label={t('people.unit')} units={units} required value={person.unitId} onChange={(unitId) => change({ unitId })} />
      <SelectField
        label={t('people.locale')}
        value={person.locale}
        onChange={(event) => change({ locale: event.target.value === 'en' ? 'en' : 'de' })}
      >
        <option value="de">Deutsch</option>
        <option value="en">English</option>
      </SelectField>
      <CheckboxField label={t('people.isLead')} checked={person.isLead} onChange={(event) => change({ isLead: event.target.checked })} />
      <button type="submit" className="button button--primary" disabled={isBusy}>
        {submitLabel}
      </button>
    </form>
  );
}
