import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../../shared/ui/card';
import { QUADRANTS, type ProviderReport } from '../api';
import { buildGridChartOption, type GridTexts } from '../grid-chart-option';
import { dimensionLabel, formatMean } from '../format';
import { ChartFrame, useChartTexts } from './chart-frame';

/** The importance–performance grid as a scatter chart with crosshairs, and the same placement as a table. */
export function GridSection({ report }: { report: ProviderReport }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const chartTexts = useChartTexts();
  const { grid } = report;
  const texts = useMemo<GridTexts>(
    () => ({
      ...chartTexts,
      performance: t('results.provider.performance'),
      importance: t('results.provider.importance'),
      quadrants: Object.fromEntries(QUADRANTS.map((quadrant) => [quadrant, t(`results.quadrants.${quadrant}`)])) as GridTexts['quadrants'],
    }),
    [chartTexts, t],
  );
  const option = useMemo(
    () => (grid ? buildGridChartOption(grid, (dimension) => dimensionLabel(t, dimension), texts) : null),
    [grid, t, texts],
  );
  return (
    <Card title={t('results.provider.grid')}>
      {!grid || !option ? (
        <p className="muted">{t('results.provider.noGrid')}</p>
      ) : (
        <>
          <p className="muted">
            {t('results.provider.gridHint', {
              performance: formatMean(grid.crosshairs.performance, language),
              importance: formatMean(grid.crosshairs.importance, language),
            })}
          </p>
          <div className="result-pair">
            <ChartFrame option={option} height={400} label={t('results.provider.gridChart')} testId="grid-chart" />
            <div className="stack">
              <div className="table-wrap">
                <table className="table" data-testid="grid-table">
                  <caption className="visually-hidden">{t('results.provider.gridCaption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('results.provider.dimension')}</th>
                      <th scope="col" className="table__number">
                        {t('results.provider.importance')}
                      </th>
                      <th scope="col" className="table__number">
                        {t('results.provider.performance')}
                      </th>
                      <th scope="col">{t('results.provider.quadrant')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {grid.points.map((point) => (
                      <tr key={point.dimension}>
                        <th scope="row">{dimensionLabel(t, point.dimension)}</th>
                        <td className="table__number">{formatMean(point.importance, language)}</td>
                        <td className="table__number">{formatMean(point.performance, language)}</td>
                        <td>{t(`results.quadrants.${point.quadrant}`)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <dl className="quadrant-list">
                {QUADRANTS.map((quadrant) => (
                  <div key={quadrant}>
                    <dt>{t(`results.quadrants.${quadrant}`)}</dt>
                    <dd>{t(`results.quadrantMeanings.${quadrant}`)}</dd>
                  </div>
                ))}
              </dl>
            </div>
          </div>
        </>
      )}
    </Card>
  );
}
