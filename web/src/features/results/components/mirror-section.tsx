import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card } from '../../../shared/ui/card';
import type { ProviderReport, SelfAssessmentReading } from '../api';
import { dimensionLabel, formatMean, formatSigned } from '../format';

const readingBadges: Record<SelfAssessmentReading, string> = {
  'blind-spot': 'badge badge--danger',
  'hidden-strength': 'badge badge--success',
  'in-line': 'badge',
};

interface MirrorSectionProps {
  report: ProviderReport;
  customerHref: (unitId: string) => string | null;
}

/** The mirror: the unit's self-image beside its customers' rating, and per customer both directions of the relationship. */
export function MirrorSection({ report, customerHref }: MirrorSectionProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const { self, customers } = report.mirror;
  const count = (n: number) => t('results.count', { n });
  return (
    <Card title={t('results.provider.mirror')}>
      <h3 className="results-subtitle">{t('results.provider.selfTitle')}</h3>
      <p className="muted">{t('results.provider.selfHint')}</p>
      {self.length === 0 ? (
        <p className="muted">{t('results.provider.noSelf')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="mirror-self">
            <caption className="visually-hidden">{t('results.provider.selfTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('results.provider.dimension')}</th>
                <th scope="col" className="table__number">
                  {t('results.provider.selfImage')}
                </th>
                <th scope="col" className="table__number">
                  {t('results.provider.customersView')}
                </th>
                <th scope="col" className="table__number">
                  {t('results.provider.gap')}
                </th>
                <th scope="col">{t('results.provider.reading')}</th>
              </tr>
            </thead>
            <tbody>
              {self.map((row) => (
                <tr key={row.dimension}>
                  <th scope="row">{dimensionLabel(t, row.dimension)}</th>
                  <td className="table__number">
                    {formatMean(row.self.mean, language)} <span className="muted">({count(row.self.n)})</span>
                  </td>
                  <td className="table__number">
                    {formatMean(row.customers.mean, language)} <span className="muted">({count(row.customers.n)})</span>
                  </td>
                  <td className="table__number">{formatSigned(row.gap, language)}</td>
                  <td>{row.reading ? <span className={readingBadges[row.reading]}>{t(`results.readings.${row.reading}`)}</span> : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3 className="results-subtitle">{t('results.provider.bothTitle')}</h3>
      <p className="muted">{t('results.provider.bothHint')}</p>
      {customers.length === 0 ? (
        <p className="muted">{t('results.provider.noBoth')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="mirror-customers">
            <caption className="visually-hidden">{t('results.provider.bothTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('results.provider.customer')}</th>
                <th scope="col" className="table__number">
                  {t('results.provider.weRateThem')}
                </th>
                <th scope="col" className="table__number">
                  {t('results.provider.theyRateUs')}
                </th>
                <th scope="col" className="table__number">
                  {t('results.provider.difference')}
                </th>
                <th scope="col">{t('results.provider.perDimension')}</th>
              </tr>
            </thead>
            <tbody>
              {customers.map(({ customerUnitId, customerName, view }) => {
                const href = customerHref(customerUnitId);
                return (
                  <tr key={customerUnitId}>
                    <th scope="row">{href ? <Link to={href}>{customerName}</Link> : customerName}</th>
                    <td className="table__number">{formatMean(view.providerRatesCustomer.mean, language)}</td>
                    <td className="table__number">{formatMean(view.customerRatesProvider.mean, language)}</td>
                    <td className="table__number">{formatSigned(view.difference, language)}</td>
                    <td>
                      <details className="mirror-details">
                        <summary>{t('results.provider.showDimensions', { name: customerName })}</summary>
                        <ul className="plain-list">
                          {view.providerRatesCustomer.dimensions.map((row) => (
                            <li key={`we-${row.dimension}`}>
                              {t('results.provider.weRate', { dimension: dimensionLabel(t, row.dimension) })}:{' '}
                              {formatMean(row.mean, language)} ({count(row.n)})
                            </li>
                          ))}
                          {view.customerRatesProvider.dimensions.map((row) => (
                            <li key={`they-${row.dimension}`}>
                              {t('results.provider.theyRate', { dimension: dimensionLabel(t, row.dimension) })}:{' '}
                              {formatMean(row.mean, language)} ({count(row.n)})
                            </li>
                          ))}
                        </ul>
                      </details>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <p className="field__hint">{t('results.provider.differenceHint')}</p>
    </Card>
  );
}
