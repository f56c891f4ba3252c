import { useTranslation } from 'react-i18next';
import { Card } from '../../../shared/ui/card';
import type { ImportResult } from '../api';

/** The summary counts and the list of changes of an import or its preview. */
export function ImportResultView({ result }: { result: ImportResult }) {
  const { t, i18n } = useTranslation();
  const entries = Object.entries(result.summary);
  return (
    <Card title={result.dryRun ? t('imports.previewTitle') : t('imports.appliedTitle')} className="import-result">
      <p role="status" className={result.dryRun ? 'notice' : 'notice notice--success'} data-testid="import-status">
        {result.dryRun ? t('imports.previewNote') : t('imports.appliedNote')}
      </p>
      {entries.length > 0 && (
        <dl className="summary-list" data-testid="import-summary">
          {entries.map(([key, value]) => (
            <div key={key} className="summary-list__item">
              <dt>{i18n.exists(`imports.summary.${key}`) ? t(`imports.summary.${key}` as 'imports.summary.created') : key}</dt>
              <dd>{value.toLocaleString(i18n.resolvedLanguage)}</dd>
            </div>
          ))}
        </dl>
      )}
      {result.changes.length === 0 ? (
        <p className="muted">{t('imports.noChanges')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="import-changes">
            <caption className="table__caption">{t('imports.changes', { count: result.changes.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('imports.change')}</th>
                <th scope="col">{t('imports.entity')}</th>
                <th scope="col">{t('imports.label')}</th>
                <th scope="col">{t('imports.detail')}</th>
              </tr>
            </thead>
            <tbody>
              {result.changes.map((change, index) => (
                <tr key={index}>
                  <td>
                    <span className={`badge badge--${change.kind}`}>{t(`imports.kindsOfChange.${change.kind}`)}</span>
                  </td>
                  <td>{t(`imports.entities.${change.entity}`)}</td>
                  <th scope="row">{change.label}</th>
                  <td>{change.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {result.changesTruncated && <p className="notice">{t('imports.truncated')}</p>}
    </Card>
  );
}
