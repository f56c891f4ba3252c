import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { TextField } from '../../../shared/ui/field';
import type { Unit } from '../../units/api';
import { UnitSelect } from '../../units/components/unit-select';

/** The values the service form edits; `providerUnitId` only when creating. */
export interface ServiceFormValues {
  providerUnitId: string;
  name: string;
  description: string;
}

interface ServiceFormProps {
  initial: ServiceFormValues;
  /** Units to choose the provider from; omit when editing (the provider is fixed). */
  units?: Unit[];
  submitLabel: string;
  onSubmit: (values: ServiceFormValues) => Promise<void>;
}

/** Creates or edits a service: provider (on create), name, description. */
export function ServiceForm({ initial, units, submitLabel, onSubmit }: ServiceFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [error, setError] = useState<unknown>(undefined);
  const [isBusy, setIsBusy] = useState(false);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setIsBusy(true);
    setError(undefined);
    try {
      await onSubmit({ ...values, name: values.name.trim(), description: values.description.trim() });
      if (units) setValues((current) => ({ ...current, name: '', description: '' }));
    } catch (reason) {
      setError(reason);
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={handleSubmit}>
      <ErrorSummary error={error} />
      {units && (
        <UnitSelect
          label={t('services.provider')}
          units={units}
          required
          value={values.providerUnitId}
          onChange={(providerUnitId) => setValues({ ...values, providerUnitId })}
        />
      )}
      <TextField
        label={t('services.name')}
        required
        value={values.name}
        onChange={(event) => setValues({ ...values, name: event.target.value })}
      />
      <TextField
        label={t('services.descriptionLabel')}
        value={values.description}
        onChange={(event) => setValues({ ...values, description: event.target.value })}
      />
      <button type="submit" className="button button--primary" disabled={isBusy}>
        {submitLabel}
      </button>
    </form>
  );
}
