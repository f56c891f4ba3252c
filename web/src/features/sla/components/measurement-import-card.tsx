import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../../shared/ui/card';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { readFileAsText } from '../../imports/api';
import { importMeasurements, type MeasurementImportReport } from '../api';

interface ChosenFile {
  name: string;
  csv: string;
  /** Counts the choices; a report belongs to the file of the same generation. */
  generation: number;
}

const EXAMPLE = `objective,at,value
<objective id>,2026-05-04,3.5
relationship,metric,at,value
<relationship id>,resolution-time,2026-05-04T09:30:00Z,6`;

/** CSV import of measurements: choose a file, check it (dry run), then import it. */
export function MeasurementImportCard({ onImported, onClose }: { onImported?: () => void; onClose?: () => void }) {
  const { t, i18n } = useTranslation();
  const [file, setFile] = useState<ChosenFile | null>(null);
  // The report remembers the file it is about: a check of an earlier file never enables importing a later one.
  const [result, setResult] = useState<{ generation: number; report: MeasurementImportReport } | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const [isBusy, setIsBusy] = useState(false);
  const generations = useRef(0);
  const report = result && file && result.generation === file.generation ? result.report : null;
  const isChecked = report?.dryRun === true;

  async function chooseFile(list: FileList | null) {
    generations.current += 1;
    const generation = generations.current;
    setResult(null);
    setError(undefined);
    const chosen = list?.[0];
    if (!chosen) {
      setFile(null);
      return;
    }
    try {
      const csv = await readFileAsText(chosen);
      // A file chosen while this one was read wins.
      if (generation === generations.current) setFile({ name: chosen.name, csv, generation });
    } catch (reason) {
      if (generation !== generations.current) return;
      setFile(null);
      setError(reason);
    }
  }

  async function send(dryRun: boolean) {
    if (!file) return;
    setIsBusy(true);
    setResult(null);
    setError(undefined);
    try {
      setResult({ generation: file.generation, report: await importMeasurements({ csv: file.csv, dryRun }) });
      if (!dryRun) onImported?.();
    } catch (reason) {
      setError(reason);
    } finally {
      setIsBusy(false);
    }
  }

  function handleCheck(event: FormEvent) {
    event.preventDefault();
    void send(true);
  }

  const format = (value: number) => value.toLocaleString(i18n.language);
  return (
    <Card
      title={t('sla.import.title')}
      actions={
        onClose && (
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t('common.close')}
          </button>
        )
      }
    >
      <p className="sla-intro">{t('sla.import.description')}</p>
      <p className="field__hint" data-testid="measurement-columns">
        {t('sla.import.columns')}
      </p>
      <details>
        <summary>{t('sla.import.example')}</summary>
        <code className="sla-code">{EXAMPLE}</code>
      </details>
      <form className="form" onSubmit={handleCheck}>
        <div className="field">
          <label className="field__label" htmlFor="measurement-file">
            {t('sla.import.file')}
          </label>
          <p className="field__hint" id="measurement-file-hint">
            {t('sla.import.fileHint')}
          </p>
          <input
            id="measurement-file"
            className="input input--file"
            type="file"
            accept=".csv,text/csv,text/plain"
            aria-describedby="measurement-file-hint"
            onChange={(event) => void chooseFile(event.target.files)}
          />
          {file && <p className="field__hint">{t('sla.import.fileChosen', { name: file.name, lines: countLines(file.csv) })}</p>}
        </div>
        <div className="button-row">
          <button type="submit" className="button" disabled={!file || isBusy}>
            {t('sla.import.preview')}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={!file || isBusy || !isChecked}
            onClick={() => void send(false)}
          >
            {t('sla.import.apply')}
          </button>
        </div>
        {file && !report && !error && <p className="field__hint">{t('sla.import.previewFirst')}</p>}
      </form>
      <ErrorSummary error={error} />
      {isBusy && (
        <p role="status" className="status">
          {t('sla.import.working')}
        </p>
      )}
      {report && (
        <div className="sla-stack">
          <h3 className="sla-subheading">{report.dryRun ? t('sla.import.previewTitle') : t('sla.import.appliedTitle')}</h3>
          <p role="status" className={report.dryRun ? 'notice' : 'notice notice--success'}>
            {report.dryRun ? t('sla.import.previewNote') : t('sla.import.appliedNote')}
          </p>
          <dl className="summary-list">
            <div className="summary-list__item">
              <dt>{t('sla.import.created')}</dt>
              <dd>{format(report.summary.measurementsCreated)}</dd>
            </div>
            <div className="summary-list__item">
              <dt>{t('sla.import.unchanged')}</dt>
              <dd>{format(report.summary.measurementsUnchanged)}</dd>
            </div>
          </dl>
          {report.changes.length === 0 ? (
            <p className="muted">{t('sla.import.noChanges')}</p>
          ) : (
            <div className="table-wrap">
              <table className="table">
                <caption className="table__caption">{t('sla.import.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('sla.import.objective')}</th>
                    <th scope="col">{t('sla.import.detail')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.changes.map((change, index) => (
                    <tr key={index}>
                      <th scope="row">{change.label}</th>
                      <td>{change.detail}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {report.changesTruncated && <p className="notice">{t('sla.import.truncated')}</p>}
        </div>
      )}
    </Card>
  );
}

function countLines(csv: string): number {
  return csv.split(/\r?\n/).filter((line) => line.trim() !== '').length;
}
