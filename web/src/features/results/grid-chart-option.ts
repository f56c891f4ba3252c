import type { MarkAreaComponentOption } from 'echarts/components';
import { escapeHtml } from '../service-map/chart-option';
import type { ImportancePerformanceGrid, Quadrant } from './api';
import { ACCENT, axisRange, indexOf, MUTED, TEXT, type ChartTexts, type ResultChartOption } from './chart-options';

/** Names of the four quadrants and the axes, in the UI language. */
export interface GridTexts extends ChartTexts {
  performance: string;
  importance: string;
  quadrants: Record<Quadrant, string>;
}

/**
 * The importance–performance grid (Martilla & James): performance across, importance up,
 * dashed crosshairs at the grand means, and each quadrant shaded and named in its corner.
 */
export function buildGridChartOption(
  grid: ImportancePerformanceGrid,
  labelOf: (dimension: string) => string,
  texts: GridTexts,
): ResultChartOption {
  const { crosshairs, points } = grid;
  const x = axisRange([...points.map((point) => point.performance), crosshairs.performance]);
  const y = axisRange([...points.map((point) => point.importance), crosshairs.importance]);
  const area = (quadrant: Quadrant, from: [number, number], to: [number, number], position: string, colour: string) => [
    {
      name: texts.quadrants[quadrant],
      xAxis: from[0],
      yAxis: from[1],
      itemStyle: { color: colour },
      label: { position, color: MUTED, fontWeight: 600 as const, fontSize: 11 },
    },
    { xAxis: to[0], yAxis: to[1] },
  ];
  const { performance: cx, importance: cy } = crosshairs;
  const sides = placeGridLabels(points, x, y);
  return {
    animation: false,
    grid: { left: 56, right: 24, top: 16, bottom: 48 },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params) => {
        const point = points[indexOf(params)];
        if (!point) return '';
        return `<strong>${escapeHtml(labelOf(point.dimension))}</strong><br>${escapeHtml(texts.performance)}: ${texts.formatMean(
          point.performance,
        )}<br>${escapeHtml(texts.importance)}: ${texts.formatMean(point.importance)}<br>${escapeHtml(texts.quadrants[point.quadrant])}`;
      },
    },
    xAxis: {
      type: 'value',
      ...x,
      interval: 0.5,
      name: texts.performance,
      nameLocation: 'middle',
      nameGap: 28,
      nameTextStyle: { color: TEXT },
      axisLabel: { color: MUTED, formatter: (value: number) => texts.formatMean(value) },
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      ...y,
      interval: 0.5,
      name: texts.importance,
      nameLocation: 'middle',
      nameGap: 40,
      nameTextStyle: { color: TEXT },
      axisLabel: { color: MUTED, formatter: (value: number) => texts.formatMean(value) },
      splitLine: { show: false },
    },
    series: [
      {
        type: 'scatter',
        symbolSize: 11,
        itemStyle: { color: ACCENT, borderColor: '#ffffff', borderWidth: 1.5 },
        label: { show: true, position: 'right', color: TEXT, fontSize: 11, formatter: '{b}' },
        labelLayout: { moveOverlap: 'shiftY' },
        data: points.map((point, index) => ({
          name: labelOf(point.dimension),
          value: [point.performance, point.importance],
          label: { position: sides[index] ?? 'right' },
        })),
        markLine: {
          silent: true,
          symbol: 'none',
          label: { show: false },
          lineStyle: { type: 'dashed', color: MUTED, width: 1 },
          data: [{ xAxis: cx }, { yAxis: cy }],
        },
        markArea: {
          silent: true,
          data: [
            area('concentrate-here', [x.min, cy], [cx, y.max], 'insideTopLeft', 'rgba(179, 88, 6, 0.09)'),
            area('keep-up-the-good-work', [cx, cy], [x.max, y.max], 'insideTopRight', 'rgba(33, 102, 172, 0.08)'),
            area('low-priority', [x.min, y.min], [cx, cy], 'insideBottomLeft', 'rgba(140, 149, 159, 0.08)'),
            area('possible-overkill', [cx, y.min], [x.max, cy], 'insideBottomRight', 'rgba(140, 149, 159, 0.04)'),
          ] as NonNullable<MarkAreaComponentOption['data']>,
        },
      },
    ],
  };
}

/**
 * Which side of its point each name goes: right, unless a neighbour's name would run into
 * it (points close together across and nearly level) or the point sits at the right edge;
 * then the left one of a pair takes the left side, when there is room for it.
 */
export function placeGridLabels(
  points: readonly { performance: number; importance: number }[],
  x: { min: number; max: number },
  y: { min: number; max: number },
): ('left' | 'right')[] {
  const across = (value: number) => (value - x.min) / (x.max - x.min || 1);
  const up = (value: number) => (value - y.min) / (y.max - y.min || 1);
  const sides = points.map((point): 'left' | 'right' => (across(point.performance) > 0.8 ? 'left' : 'right'));
  points.forEach((first, i) => {
    points.forEach((second, j) => {
      if (j <= i) return;
      const isNear =
        Math.abs(up(first.importance) - up(second.importance)) < 0.06 &&
        Math.abs(across(first.performance) - across(second.performance)) < 0.25;
      if (!isNear) return;
      const leftIndex = first.performance <= second.performance ? i : j;
      const rightIndex = leftIndex === i ? j : i;
      const leftPoint = points[leftIndex] as { performance: number };
      if (sides[leftIndex] === 'right' && sides[rightIndex] === 'right' && across(leftPoint.performance) > 0.2) sides[leftIndex] = 'left';
    });
  });
  return sides;
}
