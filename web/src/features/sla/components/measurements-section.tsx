import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { TextField } from '../../../shared/ui/field';
import { LoadState } from '../../../shared/ui/status';
import { useResource } from '../../../shared/use-resource';
import { fetchMeasurements, recordMeasurement, type SlaVersion } from '../api';
import { formatDateTime, localToday } from '../dates';
import { parseNumber } from '../propose-form';
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

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    setMessage('');
    setIsBusy(true);
    try {
      const recorded = await recordMeasurement(objectiveId, { at, value: parseNumber(value) });
      // The server answers the stored measurement when the same value was sent again.
      const isKnown = (measurements.data ?? []).some((measurement) => measurement.id === recorded.id);
      measurements.reload();
      onRecorded();
      setValue('');
      setMessage(isKnown ? t('sla.measurements.unchanged') : t('sla.measurements.recorded'));
    } catch (reason) {
      setError(reason);
    } finally {
      setIsBusy(false);
    }
  }

  const latest = [...(measurements.data ?? [])].sort((a, b) => b.at.localeCompare(a.at)).slice(0, LATEST);
  const unitName = t(`sla.unitNames.${terms.unit}`);
  return (
    <>
      <h4 className="sla-subheading">{t('sla.measurements.title')}</h4>
      {canRecord && (
        <form className="form form--inline" onSubmit={handleSubmit}>
          <ErrorSummary error={error} />
          {terms.aggregation === 'share-within-target' && <p className="field__hint">{t('sla.measurements.shareHint')}</p>}
          <div className="sla-form-row">
            <TextField label={t('sla.measurements.date')} type="date" required value={at} onChange={(event) => setAt(event.target.value)} />
            <TextField
              label={t('sla.measurements.value', { unit: unitName })}
              inputMode="decimal"
              required
              value={value}
              onChange={(event) => setValue(event.target.value)}
            />
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
                      <time dateTime={measurement.at}>{formatDateTime(measurement.at, i18n.language)}</time>
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
