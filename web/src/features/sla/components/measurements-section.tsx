import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { TextField } from '../../../shared/ui/field';
import { FormErrorSummary } from '../../../shared/ui/form-error-summary';
import { FormField } from '../../../shared/ui/form-field';
import { LoadState } from '../../../shared/ui/status';
import { useResource } from '../../../shared/use-resource';
import { fetchMeasurements, type SlaVersion } from '../api';
import { formatMoment, localToday } from '../../../shared/dates';
import { parseNumber } from '../propose-form';
import { recordMeasurementWithOutcome } from '../record-measurement';
import { formatValue } from '../terms';

const LATEST = 10;

interface MeasurementsSectionProps {
  objectiveId: string;
  terms: SlaVersion;
  canRecord: boolean;
  onRecorded: () => void;
}

/** The latest measurements and, for the two sides, a form to record one. */
export function MeasurementsSection({ objectiveId, terms, canRecord, onRecorded }: MeasurementsSectionProps) {
  const { t, i18n } = useTranslation();
  const measurements = useResource((signal) => fetchMeasurements(objectiveId, {}, signal), [objectiveId]);
  const [at, setAt] = useState(localToday());
  const [value, setValue] = useState('');
  const [error, setError] = useState<unknown>(undefined);
  const [message, setMessage] = useState('');
  const [isBusy, setIsBusy] = useState(false);
  const [valueError, setValueError] = useState('');
  const [attempt, setAttempt] = useState(0);
  const valueId = useId();
  const unitName = t(`sla.unitNames.${terms.unit}`);
  const valueLabel = t('sla.measurements.value', { unit: unitName });

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    setMessage('');
    const number = parseNumber(value);
    if (!Number.isFinite(number)) {
      setValueError(t('sla.measurements.valueNotNumber', { field: valueLabel }));
      setAttempt((previous) => previous + 1);
      return;
    }
    setValueError('');
    setIsBusy(true);
    try {
      const { isNew } = await recordMeasurementWithOutcome(objectiveId, { at, value: number });
      measurements.reload();
      onRecorded();
      setValue('');
      setMessage(isNew ? t('sla.measurements.recorded') : t('sla.measurements.unchanged'));
    } catch (reason) {
      setError(reason);
    } finally {
      setIsBusy(false);
    }
  }

  const latest = [...(measurements.data ?? [])].sort((a, b) => b.at.localeCompare(a.at)).slice(0, LATEST);
  return (
    <>
      <h3 className="sla-subheading">{t('sla.measurements.title')}</h3>
      {canRecord && (
        <form className="form form--inline" onSubmit={handleSubmit} noValidate>
          {valueError && (
            <FormErrorSummary title={t('sla.form.invalid')} items={[{ controlId: valueId, text: valueError }]} attempt={attempt} />
          )}
          <ErrorSummary error={error} />
          {terms.aggregation === 'share-within-target' && <p className="field__hint">{t('sla.measurements.shareHint')}</p>}
          <div className="sla-form-row">
            <TextField label={t('sla.measurements.date')} type="date" required value={at} onChange={(event) => setAt(event.target.value)} />
            <FormField id={valueId} label={valueLabel} error={valueError || undefined}>
              {(control) => (
                <input {...control} inputMode="decimal" required value={value} onChange={(event) => setValue(event.target.value)} />
              )}
            </FormField>
          </div>
          <div className="button-row">
            <button type="submit" className="button" disabled={isBusy || value.trim() === '' || at === ''}>
              {t('sla.measurements.record')}
            </button>
          </div>
          <p role="status" className={message ? 'notice notice--success' : 'visually-hidden'}>
            {message}
          </p>
        </form>
      )}
      <LoadState isLoading={measurements.isLoading && !measurements.data} error={measurements.error} />
      {measurements.data &&
        (latest.length === 0 ? (
          <p className="muted">{t('sla.measurements.none')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <caption className="table__caption">{t('sla.measurements.caption', { name: terms.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('sla.measurements.at')}</th>
                  <th scope="col" className="table__number">
                    {t('sla.compliance.value')}
                  </th>
                  <th scope="col">{t('sla.measurements.source')}</th>
                </tr>
              </thead>
              <tbody>
                {latest.map((measurement) => (
                  <tr key={measurement.id}>
                    <th scope="row">
                      <time dateTime={measurement.at}>{formatMoment(measurement.at, i18n.language)}</time>
                    </th>
                    <td className="table__number">{formatValue(t, measurement.value, terms.unit, i18n.language)}</td>
                    <td>{t(`sla.measurements.sources.${measurement.source}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </>
  );
}
