import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { actionCreateHref } from '../../actions/links';
import { useSession } from '../../session/session-context';
import type { WeakPoint } from '../api';
import { dimensionLabel, formatMean, formatSigned } from '../format';

interface WeakPointsTableProps {
  points: readonly WeakPoint[];
  caption: string;
  referenceLabel: string;
  /** "?wave=…", kept on the links to provider pages. */
  query: string;
  /** The closed wave the points come from: an action created from one takes it up. */
  waveId: string;
  testId: string;
}

/**
 * Weak points worst first: provider (linked to its page), customers, dimension, mean,
 * reference, gap and importance, and for those who may act on it a link to plan an action.
 */
export function WeakPointsTable({ points, caption, referenceLabel, query, waveId, testId }: WeakPointsTableProps) {
  const { t, i18n } = useTranslation();
  const { account } = useSession();
  const mayAct = (point: WeakPoint) =>
    account?.role === 'admin' ||
    (account?.role === 'lead' &&
      account.unitId !== null &&
      (account.unitId === point.providerId || account.unitId === point.customerGroupId));
  const showActions = points.some(mayAct);
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <div className="table-wrap">
      <table className="table" data-testid={testId}>
        <caption className="table__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.overview.provider')}</th>
            <th scope="col">{t('results.overview.customerGroup')}</th>
            <th scope="col">{t('results.overview.dimension')}</th>
            <th scope="col" className="table__number">
              {t('results.overview.mean')}
            </th>
            <th scope="col" className="table__number">
              {referenceLabel}
            </th>
            <th scope="col" className="table__number">
              {t('results.overview.gap')}
            </th>
            <th scope="col" className="table__number">
              {t('results.overview.importance')}
            </th>
            {showActions && <th scope="col">{t('results.overview.action')}</th>}
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={`${point.providerId}|${point.customerGroupId ?? ''}|${point.dimension}`}>
              <th scope="row">
                <Link to={`/results/providers/${point.providerId}${query}`}>{point.providerName}</Link>
              </th>
              <td>{point.customerGroupName ?? t('results.allCustomers')}</td>
              <td>{dimensionLabel(t, point.dimension)}</td>
              <td className="table__number">{formatMean(point.performance, language)}</td>
              <td className="table__number">{formatMean(point.reference, language)}</td>
              <td className="table__number">{formatSigned(point.gap, language)}</td>
              <td className="table__number">{formatMean(point.weight, language)}</td>
              {showActions && (
                <td>
                  {mayAct(point) && (
                    <Link
                      to={actionCreateHref({
                        providerUnitId: point.providerId,
                        customerGroupId: point.customerGroupId,
                        dimension: point.dimension,
                        waveId,
                      })}
                      aria-label={t('results.overview.planActionFor', {
                        provider: point.providerName,
                        customers: point.customerGroupName ?? t('results.allCustomers'),
                        dimension: dimensionLabel(t, point.dimension),
                      })}
                    >
                      {t('results.overview.planAction')}
                    </Link>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
