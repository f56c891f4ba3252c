import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../../shared/ui/card';
import { LoadState } from '../../../shared/ui/status';
import { useResource } from '../../../shared/use-resource';
import { fetchResponseRates } from '../api';
import { formatRate } from '../wave-form';

const REFRESH_MS = 30_000;

/** Invited and answered per unit, only for groups of at least k; refreshed every 30 s while the wave is open. */
export function ResponseRatesCard({ waveId, isLive }: { waveId: string; isLive: boolean }) {
  const { t } = useTranslation();
  const rates = useResource((signal) => fetchResponseRates(waveId, signal), [waveId]);
  const { reload } = rates;
  useEffect(() => {
    if (!isLive) return;
    const timer = setInterval(reload, REFRESH_MS);
    return () => clearInterval(timer);
  }, [isLive, reload]);

  const data = rates.data;
  return (
    <Card title={t('waves.rates')}>
      <LoadState isLoading={rates.isLoading && !data} error={rates.error} />
      {data && (
        <>
          <p className="muted">
            {t('waves.ratesHint', { k: data.threshold })} {isLive && t('waves.ratesLive')}
          </p>
          {data.total.invited === 0 && data.hiddenUnitCount === 0 ? (
            <p className="muted">{t('waves.noRates')}</p>
          ) : (
            <div className="table-wrap">
              <table className="table">
                <caption className="visually-hidden">{t('waves.ratesCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('waves.unit')}</th>
                    <th scope="col" className="table__number">
                      {t('waves.invited')}
                    </th>
                    <th scope="col" className="table__number">
                      {t('waves.submitted')}
                    </th>
                    <th scope="col" className="table__number">
                      {t('waves.rate')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.units.map((unit) => (
                    <tr key={unit.unitId}>
                      <th scope="row">{unit.unitPath}</th>
                      <td className="table__number">{unit.invited}</td>
                      <td className="table__number">{unit.submitted}</td>
                      <td className="table__number">{formatRate(unit.submitted, unit.invited)}</td>
                    </tr>
                  ))}
                  {data.otherUnits && (
                    <tr className="table__row--muted">
                      <th scope="row">{t('waves.otherUnits', { count: data.otherUnits.unitCount, k: data.threshold })}</th>
                      <td className="table__number">{data.otherUnits.invited}</td>
                      <td className="table__number">{data.otherUnits.submitted}</td>
                      <td className="table__number">{formatRate(data.otherUnits.submitted, data.otherUnits.invited)}</td>
                    </tr>
                  )}
                </tbody>
                <tfoot>
                  <tr className="table__total">
                    <th scope="row">{t('waves.total')}</th>
                    <td className="table__number">{data.total.invited}</td>
                    <td className="table__number">{data.total.submitted}</td>
                    <td className="table__number">{formatRate(data.total.submitted, data.total.invited)}</td>
                  </tr>
                </tfoot>
              </table>
            </div>
          )}
          {data.hiddenUnitCount > 0 && (
            <p className="notice">{t('waves.hiddenUnits', { count: data.hiddenUnitCount, k: data.threshold })}</p>
          )}
        </>
      )}
    </Card>
  );
}
