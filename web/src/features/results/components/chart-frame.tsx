import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartTexts, ResultChartOption } from '../chart-options';
import { formatInterval, formatMean } from '../format';

// echarts is big: load it only when a chart is shown, in its own chunk.
const ResultChart = lazy(() => import('./result-chart').then((module) => ({ default: module.ResultChart })));

interface ChartFrameProps {
  option: ResultChartOption;
  /** Height in pixels; the width follows the page. */
  height: number;
  /** What the chart shows, for screen readers; the table beside it carries the figures. */
  label: string;
  testId: string;
}

/** A chart of the provider page in a frame of fixed height; "Loading the chart…" until echarts is there. */
export function ChartFrame({ option, height, label, testId }: ChartFrameProps) {
  const { t } = useTranslation();
  return (
    <div className="result-chart" role="img" aria-label={label} style={{ height }} data-testid={testId}>
      <Suspense fallback={<p className="result-chart__loading">{t('results.provider.loadingChart')}</p>}>
        <ResultChart option={option} />
      </Suspense>
    </div>
  );
}

/** The number formats and words of the charts in the UI language. */
export function useChartTexts(): ChartTexts {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return useMemo(
    () => ({
      formatMean: (value) => formatMean(value, language),
      formatInterval: (interval) => formatInterval(interval, language),
      count: (n) => t('results.count', { n }),
      mean: t('results.provider.mean'),
      interval: t('results.provider.interval'),
    }),
    [t, language],
  );
}
