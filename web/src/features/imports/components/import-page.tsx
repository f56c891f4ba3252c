import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../../shared/ui/card';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { PageHeader } from '../../../shared/ui/page-header';
import { importKinds, readFileAsText, runImport, type ImportKind, type ImportResult } from '../api';
import { ImportResultView } from './import-result-view';

interface ChosenFile {
  name: string;
  csv: string;
}

/** CSV import: choose kind and file, preview (dry run), then apply. */
export function ImportPage() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ImportKind>('people');
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const [isBusy, setIsBusy] = useState(false);
  const isPreviewed = result?.dryRun === true;

  function reset() {
    setResult(null);
    setError(undefined);
  }

  async function chooseFile(list: FileList | null) {
    reset();
    const chosen = list?.[0];
    if (!chosen) {
      setFile(null);
      return;
    }
    try {
      setFile({ name: chosen.name, csv: await readFileAsText(chosen) });
    } catch (reason) {
      setFile(null);
      setError(reason);
    }
  }

  async function send(dryRun: boolean) {
    if (!file) return;
    setIsBusy(true);
    reset();
    try {
      setResult(await runImport(kind, { csv: file.csv, dryRun }));
    } catch (reason) {
      setError(reason);
    } finally {
      setIsBusy(false);
    }
  }

  function handlePreview(event: FormEvent) {
    event.preventDefault();
    void send(true);
  }

  return (
    <>
      <PageHeader title={t('imports.title')} description={t('imports.description')} />
      <Card>
        <form className="form" onSubmit={handlePreview}>
          <fieldset className="fieldset">
            <legend className="field__label">{t('imports.kind')}</legend>
            {importKinds.map((value) => (
              <div key={value} className="field field--checkbox">
                <input
                  id={`import-kind-${value}`}
                  type="radio"
                  name="kind"
                  value={value}
                  checked={kind === value}
                  onChange={() => {
                    setKind(value);
                    reset();
                  }}
                />
                <label htmlFor={`import-kind-${value}`}>{t(`imports.kinds.${value}`)}</label>
              </div>
            ))}
          </fieldset>
          <p className="field__hint" data-testid="import-columns">
            {t(`imports.columns.${kind}`)}
          </p>
          <div className="field">
            <label className="field__label" htmlFor="import-file">
              {t('imports.file')}
            </label>
            <p className="field__hint" id="import-file-hint">
              {t('imports.fileHint')}
            </p>
            <input
              id="import-file"
              className="input input--file"
              type="file"
              accept=".csv,text/csv,text/plain"
              aria-describedby="import-file-hint"
              onChange={(event) => void chooseFile(event.target.files)}
            />
            {file && <p className="field__hint">{t('imports.fileChosen', { name: file.name, lines: countLines(file.csv) })}</p>}
          </div>
          <div className="button-row">
            <button type="submit" className="button" disabled={!file || isBusy}>
              {t('imports.preview')}
            </button>
            <button
              type="button"
              className="button button--primary"
              disabled={!file || isBusy || !isPreviewed}
              onClick={() => void send(false)}
            >
              {t('imports.apply')}
            </button>
          </div>
          {file && !isPreviewed && !result && <p className="field__hint">{t('imports.previewFirst')}</p>}
        </form>
      </Card>
      <ErrorSummary error={error} />
      {isBusy && (
        <p role="status" className="status">
          {t('imports.working')}
        </p>
      )}
      {result && <ImportResultView result={result} />}
    </>
  );
}

function countLines(csv: string): number {
  return csv.split(/\r?\n/).filter((line) => line.trim() !== '').length;
}
