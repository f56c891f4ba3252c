import { describe, expect, it } from 'vitest';
import type { ImportancePerformanceGrid } from './api';
import { axisRange, buildDimensionChartOption, type ChartTexts } from './chart-options';
import { buildGridChartOption, placeGridLabels, type GridTexts } from './grid-chart-option';
import { buildTrendChartOption, panelColumns, trendChartHeight } from './trend-chart-option';

const texts: ChartTexts = {
  formatMean: (value) => value.toFixed(2),
  formatInterval: (interval) => (interval ? `${interval.lower.toFixed(2)}–${interval.upper.toFixed(2)}` : '–'),
  count: (n) => `n = ${n}`,
  mean: 'Mean',
  interval: '95 % CI',
};

type Series = Record<string, unknown> & { data: unknown[]; type: string };
const seriesOf = (option: { series?: unknown }) => option.series as Series[];
const tooltipOf = (option: { tooltip?: unknown }) => (option.tooltip as { formatter: (params: unknown) => string }).formatter;

describe('axisRange', () => {
  it.each([
    [[3.14, 3.81], { min: 2.5, max: 4.5 }],
    [[1.05, 4.95], { min: 1, max: 5 }],
    [[4.0], { min: 3.5, max: 4.5 }],
    [[], { min: 1, max: 5 }],
  ])('%j → %j', (values, range) => {
    expect(axisRange(values)).toEqual(range);
  });
});

describe('buildDimensionChartOption', () => {
  const rows = [
    { label: 'Reliability', mean: 3.25, interval: { lower: 3.15, upper: 3.34 }, n: 170 },
    { label: '<b>Speed</b>', mean: 3.5, interval: null, n: 1 },
  ];
  const option = buildDimensionChartOption(rows, texts);
  const [base, interval, means] = seriesOf(option);

  it('draws each interval as a bar from its lower bound, stacked on an invisible one', () => {
    expect(base?.data).toEqual([3.15, '-']);
    expect((interval?.data as number[])[0]).toBeCloseTo(0.19);
    expect(interval?.data[1]).toBe('-');
    expect(base?.stack).toBe(interval?.stack);
    expect(means?.data).toHaveLength(2);
    expect((option.yAxis as { data: string[] }).data).toEqual(['Reliability', '<b>Speed</b>']);
  });

  it('prints the mean beside the interval, or beside the dot when there is none', () => {
    const [withInterval, withoutInterval] = means?.data as { label: { show: boolean; formatter: string } }[];
    expect(withInterval?.label.show).toBe(false);
    expect(withoutInterval?.label).toMatchObject({ show: true, formatter: '3.50' });
  });

  it('zooms the axis to half points around the figures', () => {
    expect(option.xAxis).toMatchObject({ min: 2.5, max: 4 });
  });

  it('escapes names in the tooltip', () => {
    const html = tooltipOf(option)({ dataIndex: 1 });
    expect(html).toContain('&#60;b&#62;Speed&#60;/b&#62;');
    expect(html).toContain('n = 1');
  });
});

describe('buildGridChartOption', () => {
  const grid: ImportancePerformanceGrid = {
    crosshairs: { performance: 3.39, importance: 4.16 },
    points: [
      { dimension: 'reliability', performance: 3.25, importance: 4.59, quadrant: 'concentrate-here' },
      { dimension: 'helpfulness', performance: 3.81, importance: 3.94, quadrant: 'possible-overkill' },
      { dimension: 'competence', performance: 3.34, importance: 4.3, quadrant: 'concentrate-here' },
      { dimension: 'transparency', performance: 3.4, importance: 4.28, quadrant: 'keep-up-the-good-work' },
    ],
  };
  const gridTexts: GridTexts = {
    ...texts,
    performance: 'Performance',
    importance: 'Importance',
    quadrants: {
      'concentrate-here': 'Concentrate here',
      'keep-up-the-good-work': 'Keep up the good work',
      'low-priority': 'Low priority',
      'possible-overkill': 'Possible overkill',
    },
  };
  const option = buildGridChartOption(grid, (dimension) => dimension.toUpperCase(), gridTexts);
  const [scatter] = seriesOf(option);

  it('puts performance across and importance up, one point per dimension', () => {
    expect(option.xAxis).toMatchObject({ name: 'Performance', min: 3, max: 4.5 });
    expect(option.yAxis).toMatchObject({ name: 'Importance', min: 3.5, max: 5 });
    expect((scatter?.data as { name: string; value: number[] }[]).map((point) => [point.name, point.value])).toEqual([
      ['RELIABILITY', [3.25, 4.59]],
      ['HELPFULNESS', [3.81, 3.94]],
      ['COMPETENCE', [3.34, 4.3]],
      ['TRANSPARENCY', [3.4, 4.28]],
    ]);
  });

  it('draws the crosshairs at the grand means and names the four quadrants in their corners', () => {
    expect((scatter?.markLine as { data: unknown[] }).data).toEqual([{ xAxis: 3.39 }, { yAxis: 4.16 }]);
    const areas = (scatter?.markArea as { data: [{ name: string; xAxis: number; yAxis: number; label: { position: string } }, unknown][] })
      .data;
    expect(areas.map(([corner]) => [corner.name, corner.label.position])).toEqual([
      ['Concentrate here', 'insideTopLeft'],
      ['Keep up the good work', 'insideTopRight'],
      ['Low priority', 'insideBottomLeft'],
      ['Possible overkill', 'insideBottomRight'],
    ]);
    expect(areas[0]).toEqual([expect.objectContaining({ xAxis: 3, yAxis: 4.16 }), { xAxis: 3.39, yAxis: 5 }]);
  });

  it('says the quadrant in the tooltip', () => {
    expect(tooltipOf(option)({ dataIndex: 1 })).toContain('Possible overkill');
  });
});

describe('placeGridLabels', () => {
  const range = { min: 3, max: 4 };
  it.each([
    [
      'apart: all right',
      [
        [3.2, 3.5],
        [3.6, 3.9],
      ],
      ['right', 'right'],
    ],
    [
      'close and level: the left one goes left',
      [
        [3.4, 3.5],
        [3.34, 3.51],
      ],
      ['right', 'left'],
    ],
    [
      'close but far apart vertically',
      [
        [3.4, 3.5],
        [3.34, 3.8],
      ],
      ['right', 'right'],
    ],
    ['at the right edge: left', [[3.95, 3.5]], ['left']],
    [
      'close at the left edge: no room on the left',
      [
        [3.05, 3.5],
        [3.1, 3.5],
      ],
      ['right', 'right'],
    ],
  ] as const)('%s', (_name, pairs, sides) => {
    const points = pairs.map(([performance, importance]) => ({ performance, importance }));
    expect(placeGridLabels(points, range, range)).toEqual(sides);
  });
});

describe('buildTrendChartOption', () => {
  const waves = [
    { id: 'w1', label: 'May 2025', name: 'Spring 2025' },
    { id: 'w2', label: 'Nov 2025', name: 'Autumn 2025' },
    { id: 'w3', label: 'May 2026', name: 'Spring 2026' },
  ];
  const point = (waveId: string, mean: number | null) => ({
    waveId,
    n: mean === null ? 0 : 30,
    mean,
    confidenceInterval: mean === null ? null : { lower: mean - 0.1, upper: mean + 0.1 },
  });
  const panels = [
    { title: 'Responsiveness: improved', points: [point('w1', 2.08), point('w2', 2.97), point('w3', 3.5)] },
    { title: 'Reachability', points: [point('w2', 3.2), point('w3', 3.45)] },
    { title: 'Courtesy', points: [point('w1', 3.06)] },
  ];
  const option = buildTrendChartOption({ panels, waves, texts, columns: 2 });
  const series = seriesOf(option);

  it('draws one panel per dimension: a grid, a title, three series (band bottom, band, mean)', () => {
    expect(option.grid).toHaveLength(3);
    expect((option.title as { text: string }[]).map((title) => title.text)).toEqual([
      'Responsiveness: improved',
      'Reachability',
      'Courtesy',
    ]);
    expect(series).toHaveLength(9);
    expect(series.map((item) => item.xAxisIndex)).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2]);
  });

  it('aligns every panel to the same waves, with gaps where a wave has no figure', () => {
    expect(series[5]?.data).toEqual(['-', 3.2, 3.45]);
    expect(series[8]?.data).toEqual([3.06, '-', '-']);
    expect((series[3]?.data as unknown[])[0]).toBe('-');
    expect((series[4]?.data as number[])[1]).toBeCloseTo(0.2);
  });

  it('lays panels out in the given number of columns on the same 1–5 scale', () => {
    const grids = option.grid as { left: string; top: string }[];
    expect(grids.map((grid) => grid.left)).toEqual(['7.00%', '57.00%', '7.00%']);
    expect(grids[2]?.top).toBe('60.00%');
    expect((option.yAxis as { min: number; max: number }[]).every((axis) => axis.min === 1 && axis.max === 5)).toBe(true);
    expect(trendChartHeight(3, 2)).toBe(380);
    expect(trendChartHeight(8, 4)).toBe(380);
  });

  it('names the wave, the mean and its interval in the tooltip', () => {
    const html = tooltipOf(option)({ seriesIndex: 2, dataIndex: 1 });
    expect(html).toContain('Autumn 2025');
    expect(html).toContain('Mean: 2.97');
    expect(html).toContain('2.87–3.07');
    expect(tooltipOf(option)({ seriesIndex: 5, dataIndex: 0 })).toBe('');
  });
});

describe('panelColumns', () => {
  it.each([
    [390, 1],
    [800, 2],
    [1280, 4],
  ])('a %i px window holds %i columns of trend panels', (width, columns) => {
    expect(panelColumns(width)).toBe(columns);
  });
});
