import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MapEdge } from '../map-model';

const rowLimit = 200;

/** The text alternative of the map: provider → customer → services for the current filter (first 200 rows). */
export function RelationshipsShown({ edges }: { edges: readonly MapEdge[] }) {
  const { t } = useTranslation();
  const rows = edges.slice(0, rowLimit);
  return (
    <details className="card disclosure" data-testid="relationships-shown">
      <summary className="disclosure__summary">{t('serviceMap.relationshipsShown', { count: edges.length })}</summary>
      <div className="card__body">
        {edges.length > rowLimit && (
          <p className="notice" role="note">
            {t('serviceMap.rowLimit', { shown: rowLimit, total: edges.length })}
          </p>
        )}
        {rows.length === 0 ? (
          <p className="muted">{t('relationships.empty')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('serviceMap.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('relationships.provider')}</th>
                  <th scope="col">{t('relationships.customer')}</th>
                  <th scope="col">{t('relationships.services')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((edge) => (
                  <tr key={edge.id}>
                    <th scope="row">
                      <Link to={`/units/${edge.source}`}>{edge.providerPath}</Link>
                    </th>
                    <td>
                      <Link to={`/units/${edge.target}`}>{edge.customerPath}</Link>
                    </td>
                    <td>{edge.serviceNames.join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </details>
  );
}
