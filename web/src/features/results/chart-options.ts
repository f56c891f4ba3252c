import type { BarSeriesOption, LineSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  MarkAreaComponentOption,
  MarkLineComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { escapeHtml } from '../service-map/chart-option';
import type { Interval } from './api';
import { SCALE_MAX, SCALE_MIN } from './colour-scale';

/** Only types come from echarts here: the builders stay pure, and echarts loads with the chart. */
export type ResultChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | ScatterSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | TitleComponentOption
  | MarkLineComponentOption
  | MarkAreaComponentOption
>;

/** Chart colours: the accent for means, a light blue band for intervals, text as on the page. */
export const ACCENT = '#0b5cad';
export const BAND = 'rgba(67, 147, 195, 0.35)';
export const MUTED = '#57606a';
export const TEXT = '#1f2328';

/** Number formats and words the charts print, already in the UI language. */
export interface ChartTexts {
  formatMean: (value: number) => string;
  formatInterval: (interval: Interval | null) => string;
  /** "n = 23" */
  count: (n: number) => string;
  mean: string;
  interval: string;
}

/** The part of the 1–5 scale the points and crosshairs need, widened to half points with some room. */
export function axisRange(values: readonly number[]): { min: number; max: number } {
  if (values.length === 0) return { min: SCALE_MIN, max: SCALE_MAX };
  const low = Math.min(...values) - 0.2;
  const high = Math.max(...values) + 0.2;
  return { min: Math.max(SCALE_MIN, Math.floor(low * 2) / 2), max: Math.min(SCALE_MAX, Math.ceil(high * 2) / 2) };
}

/** One dimension in the chart of means with confidence intervals. */
export interface DimensionBar {
  label: string;
  mean: number;
  interval: Interval | null;
  n: number;
}

/**
 * Means per dimension as dots with their 95 % confidence interval as a bar behind them,
 * on the full 1–5 scale (an invisible bar up to the lower bound carries the interval bar).
 */
export function buildDimensionChartOption(rows: readonly DimensionBar[], texts: ChartTexts): ResultChartOption {
  const describe = (index: number) => {
    const row = rows[index];
    if (!row) return '';
    return `<strong>${escapeHtml(row.label)}</strong><br>${escapeHtml(texts.mean)}: ${texts.formatMean(row.mean)}<br>${escapeHtml(
      texts.interval,
    )}: ${texts.formatInterval(row.interval)}<br>${escapeHtml(texts.count(row.n))}`;
  };
  const range = axisRange(rows.flatMap((row) => (row.interval ? [row.mean, row.interval.lower, row.interval.upper] : [row.mean])));
  // The mean is printed right of its interval (or of its dot, when there is no interval).
  const meanLabel = (index: number) => texts.formatMean(rows[index]?.mean ?? 0);
  return {
    animation: false,
    grid: { left: 8, right: 40, top: 8, bottom: 28 },
    tooltip: { trigger: 'item', confine: true, formatter: (params) => describe(indexOf(params)) },
    xAxis: {
      type: 'value',
      ...range,
      interval: 0.5,
      axisLabel: { color: MUTED, formatter: (value: number) => texts.formatMean(value) },
      splitLine: { lineStyle: { color: '#e6e9ec' } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((row) => row.label),
      axisTick: { show: false },
      axisLabel: { color: TEXT },
    },
    series: [
      {
        type: 'bar',
        stack: 'interval',
        silent: true,
        barWidth: 12,
        itemStyle: { color: 'transparent' },
        tooltip: { show: false },
        data: rows.map((row) => (row.interval ? row.interval.lower : '-')),
      },
      {
        type: 'bar',
        name: texts.interval,
        stack: 'interval',
        barWidth: 12,
        itemStyle: { color: BAND, borderColor: '#4393c3', borderWidth: 1 },
        label: { show: true, position: 'right', distance: 6, color: TEXT, fontSize: 11, formatter: (params) => meanLabel(indexOf(params)) },
        data: rows.map((row) => (row.interval ? row.interval.upper - row.interval.lower : '-')),
      },
      {
        type: 'scatter',
        name: texts.mean,
        symbolSize: 11,
        itemStyle: { color: ACCENT, borderColor: '#ffffff', borderWidth: 1.5 },
        data: rows.map((row, index) => ({
          value: [row.mean, index],
          label: { show: row.interval === null, position: 'right' as const, color: TEXT, fontSize: 11, formatter: meanLabel(index) },
        })),
      },
    ],
  };
}

/** The data index of the item a tooltip or label is about; −1 when there is none. */
export function indexOf(params: unknown): number {
  const item = (Array.isArray(params) ? params[0] : params) as { dataIndex?: number } | undefined;
  return item?.dataIndex ?? -1;
}
