import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoment } from '../../../shared/dates';
import type { RetrospectiveRow } from '../retrospective-view';
import { RetrospectiveStatusBadge } from './retrospective-status-badge';

/** The list as a table: relationship, wave, status, who has written, started. */
export function RetrospectivesTable({ rows }: { rows: RetrospectiveRow[] }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('retrospectives.listCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('retrospectives.relationship')}</th>
            <th scope="col">{t('retrospectives.wave')}</th>
            <th scope="col">{t('retrospectives.status')}</th>
            <th scope="col">{t('retrospectives.written')}</th>
            <th scope="col">{t('retrospectives.started')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                <Link to={`/retrospectives/${row.id}`}>{row.relationshipLabel}</Link>
              </th>
              <td>{row.waveName}</td>
              <td>
                <RetrospectiveStatusBadge status={row.status} />
              </td>
              <td>{t(`retrospectives.writtenSides.${row.written}`)}</td>
              <td>
                <time dateTime={row.createdAt}>{formatMoment(row.createdAt, i18n.language, { withTime: false })}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
