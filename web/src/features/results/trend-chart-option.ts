import type { LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TitleComponentOption } from 'echarts/components';
import { escapeHtml } from '../service-map/chart-option';
import type { TrendPoint } from './api';
import { ACCENT, BAND, MUTED, TEXT, type ChartTexts, type ResultChartOption } from './chart-options';
import { SCALE_MAX, SCALE_MIN } from './colour-scale';

/** A wave as the trend chart names it: a short axis label and the full name for the tooltip. */
export interface TrendWave {
  id: string;
  label: string;
  name: string;
}

/** One small chart of the trend: a dimension over the waves, with its title (name and trend word). */
export interface TrendPanel {
  title: string;
  points: readonly TrendPoint[];
}

/**
 * Small multiples of the trend, one panel per dimension on the same 1–5 scale: the mean as a
 * line with dots and the 95 % confidence interval as a band (two stacked lines, the first
 * invisible up to the lower bound, the second filled up to the upper bound).
 */
export function buildTrendChartOption(options: {
  panels: readonly TrendPanel[];
  waves: readonly TrendWave[];
  texts: ChartTexts;
  columns: number;
}): ResultChartOption {
  const { panels, waves, texts } = options;
  const columns = Math.max(1, Math.min(options.columns, panels.length));
  const rows = Math.max(1, Math.ceil(panels.length / columns));
  const cellWidth = 100 / columns;
  const cellHeight = 100 / rows;
  const percent = (value: number) => `${value.toFixed(2)}%`;
  const series: (LineSeriesOption & { tooltip?: { show: boolean } })[] = [];
  const grids: GridComponentOption[] = [];
  const titles: TitleComponentOption[] = [];
  panels.forEach((panel, index) => {
    const column = index % columns;
    const row = Math.floor(index / columns);
    grids.push({
      left: percent(column * cellWidth + cellWidth * 0.14),
      width: percent(cellWidth * 0.78),
      top: percent(row * cellHeight + cellHeight * 0.2),
      height: percent(cellHeight * 0.58),
    });
    titles.push({
      text: panel.title,
      left: percent(column * cellWidth + cellWidth * 0.03),
      top: percent(row * cellHeight + cellHeight * 0.02),
      textStyle: { fontSize: 12, fontWeight: 600, color: TEXT },
    });
    const byWave = new Map(panel.points.map((point) => [point.waveId, point]));
    const aligned = waves.map((wave) => byWave.get(wave.id));
    const axes = { xAxisIndex: index, yAxisIndex: index };
    series.push(
      {
        type: 'line',
        ...axes,
        stack: `interval-${index}`,
        silent: true,
        symbol: 'none',
        lineStyle: { opacity: 0 },
        tooltip: { show: false },
        data: aligned.map((point) => (point?.confidenceInterval ? point.confidenceInterval.lower : '-')),
      },
      {
        type: 'line',
        ...axes,
        stack: `interval-${index}`,
        silent: true,
        symbol: 'none',
        lineStyle: { opacity: 0 },
        areaStyle: { color: BAND },
        tooltip: { show: false },
        data: aligned.map((point) => (point?.confidenceInterval ? point.confidenceInterval.upper - point.confidenceInterval.lower : '-')),
      },
      {
        type: 'line',
        ...axes,
        name: panel.title,
        symbolSize: 7,
        connectNulls: true,
        itemStyle: { color: ACCENT },
        lineStyle: { color: ACCENT, width: 2 },
        data: aligned.map((point) => (point && point.mean !== null ? point.mean : '-')),
      },
    );
  });
  return {
    animation: false,
    title: titles,
    grid: grids,
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params) => {
        const { seriesIndex, dataIndex } = (params ?? {}) as { seriesIndex?: number; dataIndex?: number };
        if (seriesIndex === undefined || dataIndex === undefined) return '';
        const panel = panels[Math.floor(seriesIndex / 3)];
        const wave = waves[dataIndex];
        const point = panel?.points.find((candidate) => candidate.waveId === wave?.id);
        if (!panel || !wave || !point || point.mean === null) return '';
        return `<strong>${escapeHtml(wave.name)}</strong><br>${escapeHtml(panel.title)}<br>${escapeHtml(texts.mean)}: ${texts.formatMean(
          point.mean,
        )}<br>${escapeHtml(texts.interval)}: ${texts.formatInterval(point.confidenceInterval)}<br>${escapeHtml(texts.count(point.n))}`;
      },
    },
    xAxis: panels.map((_, index) => ({
      type: 'category' as const,
      gridIndex: index,
      data: waves.map((wave) => wave.label),
      boundaryGap: true,
      axisLabel: { color: MUTED, fontSize: 10, hideOverlap: true },
      axisTick: { alignWithLabel: true },
    })),
    yAxis: panels.map((_, index) => ({
      type: 'value' as const,
      gridIndex: index,
      min: SCALE_MIN,
      max: SCALE_MAX,
      interval: 1,
      axisLabel: { color: MUTED, fontSize: 10 },
      splitLine: { lineStyle: { color: '#eef0f2' } },
    })),
    series,
  };
}

/** How many trend panels fit side by side in a window this wide (in CSS pixels). */
export function panelColumns(windowWidth: number): number {
  if (windowWidth < 600) return 1;
  return windowWidth < 1100 ? 2 : 4;
}

/** Height in pixels the trend chart needs for its panels. */
export function trendChartHeight(panelCount: number, columns: number): number {
  return Math.max(1, Math.ceil(panelCount / Math.max(1, Math.min(columns, panelCount)))) * 190;
}
