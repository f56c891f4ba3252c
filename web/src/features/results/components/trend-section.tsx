import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../../shared/ui/card';
import type { ProviderReport, ResultWave } from '../api';
import { buildTrendChartOption, panelColumns, trendChartHeight } from '../trend-chart-option';
import { dimensionLabel, formatInterval, formatMean, formatWaveShort } from '../format';
import { latestStep, listTrendWaves, trendWord } from '../provider-model';
import { ChartFrame, useChartTexts } from './chart-frame';
import { TrendBadge } from './trend-badge';

/** Each dimension over the closed waves: small charts with a confidence band, and the figures as a table. */
export function TrendSection({ report, waves }: { report: ProviderReport; waves: readonly ResultWave[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const texts = useChartTexts();
  const trendWaves = useMemo(
    () => listTrendWaves(report.dimensions, waves, (wave) => formatWaveShort(wave, language)),
    [report, waves, language],
  );
  const columns = panelColumns(typeof window === 'undefined' ? 1280 : window.innerWidth);
  const panels = useMemo(
    () =>
      report.dimensions.map((dimension) => {
        const word = trendWord(dimension, report.wave.id);
        const label = dimensionLabel(t, dimension.dimension);
        return { title: word === null ? label : `${label}: ${t(`results.trendLabels.${word}`)}`, points: dimension.trend.points };
      }),
    [report, t],
  );
  const option = useMemo(() => buildTrendChartOption({ panels, waves: trendWaves, texts, columns }), [panels, trendWaves, texts, columns]);
  const hasPoints = trendWaves.length > 0;
  return (
    <Card title={t('results.provider.trends')}>
      <p className="muted">{t('results.provider.trendsHint')}</p>
      {hasPoints && (
        <ChartFrame
          option={option}
          height={trendChartHeight(panels.length, columns)}
          label={t('results.provider.trendsChart', { count: trendWaves.length })}
          testId="trend-chart"
        />
      )}
      <div className="table-wrap">
        <table className="table results-table" data-testid="trend-table">
          <caption className="visually-hidden">{t('results.provider.trendsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results.provider.dimension')}</th>
              {trendWaves.map((wave) => (
                <th key={wave.id} scope="col" className="table__number">
                  {wave.name}
                </th>
              ))}
              <th scope="col">{t('results.provider.trend')}</th>
            </tr>
          </thead>
          <tbody>
            {report.dimensions.map((dimension) => (
              <tr key={dimension.dimension}>
                <th scope="row">{dimensionLabel(t, dimension.dimension)}</th>
                {trendWaves.map((wave) => {
                  const point = dimension.trend.points.find((candidate) => candidate.waveId === wave.id);
                  return (
                    <td key={wave.id} className="table__number">
                      {point && point.mean !== null ? (
                        <>
                          {formatMean(point.mean, language)}{' '}
                          <span className="muted results-nowrap">({formatInterval(point.confidenceInterval, language)})</span>
                          <span className="muted results-table__n">{t('results.count', { n: point.n })}</span>
                        </>
                      ) : (
                        <span className="muted">{t('results.notShown')}</span>
                      )}
                    </td>
                  );
                })}
                <td>
                  <TrendBadge word={trendWord(dimension, report.wave.id)} step={latestStep(dimension, report.wave.id)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
