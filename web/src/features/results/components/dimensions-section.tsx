import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../../shared/ui/card';
import type { ProviderReport } from '../api';
import { buildDimensionChartOption } from '../chart-options';
import { dimensionLabel, formatInterval, formatMean, formatShare } from '../format';
import { buildDimensionBars, latestStep, trendWord } from '../provider-model';
import { ChartFrame, useChartTexts } from './chart-frame';
import { TrendBadge } from './trend-badge';

/** Per dimension: mean, 95 % CI, n, top-2-box, importance and trend, as a table and as a chart of intervals. */
export function DimensionsSection({ report }: { report: ProviderReport }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const texts = useChartTexts();
  const bars = useMemo(() => buildDimensionBars(report.dimensions, (dimension) => dimensionLabel(t, dimension)), [report, t]);
  const option = useMemo(() => buildDimensionChartOption(bars, texts), [bars, texts]);
  const hiddenCount = report.dimensions.filter((dimension) => dimension.performance === null).length;
  const { k } = report.thresholds;
  return (
    <Card title={t('results.provider.dimensions')}>
      {hiddenCount > 0 && (
        <p className="notice" data-testid="hidden-dimensions">
          {t('results.provider.hiddenCount', { count: hiddenCount, k })}
        </p>
      )}
      {bars.length > 0 && (
        <ChartFrame
          option={option}
          height={bars.length * 34 + 60}
          label={t('results.provider.dimensionsChart', { name: report.provider.name })}
          testId="dimensions-chart"
        />
      )}
      <div className="table-wrap">
        <table className="table" data-testid="dimensions-table">
          <caption className="visually-hidden">{t('results.provider.dimensionsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results.provider.dimension')}</th>
              <th scope="col" className="table__number">
                {t('results.provider.mean')}
              </th>
              <th scope="col" className="table__number">
                {t('results.provider.interval')}
              </th>
              <th scope="col" className="table__number">
                {t('results.provider.n')}
              </th>
              <th scope="col" className="table__number">
                {t('results.provider.topTwo')}
              </th>
              <th scope="col" className="table__number">
                {t('results.provider.importance')}
              </th>
              <th scope="col">{t('results.provider.trend')}</th>
            </tr>
          </thead>
          <tbody>
            {report.dimensions.map((row) => {
              const performance = row.performance;
              return (
                <tr key={row.dimension} data-dimension={row.dimension}>
                  <th scope="row">{dimensionLabel(t, row.dimension)}</th>
                  {performance ? (
                    <>
                      <td className="table__number">{formatMean(performance.mean, language)}</td>
                      <td className="table__number">{formatInterval(performance.confidenceInterval, language)}</td>
                      <td className="table__number">{performance.n}</td>
                      <td className="table__number">{formatShare(performance.topTwoBox, language)}</td>
                    </>
                  ) : (
                    <td colSpan={4} className="results-hidden" data-testid="hidden-dimension">
                      {t('results.provider.hiddenRow', { k })}
                    </td>
                  )}
                  <td className="table__number">{formatMean(row.importance?.mean, language)}</td>
                  <td>
                    <TrendBadge word={trendWord(row, report.wave.id)} step={latestStep(row, report.wave.id)} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="field__hint">{t('results.provider.trendHint')}</p>
    </Card>
  );
}
