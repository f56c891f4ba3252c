import type { ImportancePerformanceGrid, Quadrant } from '../../domain/results/importance-performance.js';
import { formatNumber, toWinAnsi, type PdfTexts } from './export-pdf-texts.js';
import type { ExportLocale } from './export-target.js';

/** The 1–5 scales both charts draw on. */
const SCALE = { min: 1, max: 5 };
const COLOURS = { bar: '#4a78b5', whisker: '#1f2937', grid: '#d1d5db', axis: '#6b7280', muted: '#9ca3af', point: '#b45309' };

export interface MeanChartRow {
  label: string;
  /** Null when hidden for anonymity. */
  mean: number | null;
  lower: number | null;
  upper: number | null;
}

/**
 * A bar per dimension from 1 to its mean, with the confidence interval as a whisker; a
 * hidden dimension gets its label and the word for hidden. Vector graphics only. Answers the
 * height used.
 */
export function drawMeanChart(
  doc: PDFKit.PDFDocument,
  options: { x: number; y: number; width: number; rows: readonly MeanChartRow[]; hiddenText: string; locale: ExportLocale },
): number {
  const { x, y, rows } = options;
  const rowHeight = 20;
  const labelWidth = 130;
  const plot = { left: x + labelWidth, right: x + options.width - 40, top: y, bottom: y + rows.length * rowHeight };
  const scaleX = (value: number) => plot.left + ((value - SCALE.min) / (SCALE.max - SCALE.min)) * (plot.right - plot.left);

  doc.save().lineWidth(0.5).strokeColor(COLOURS.grid);
  for (let tick = SCALE.min; tick <= SCALE.max; tick += 1) {
    doc.moveTo(scaleX(tick), plot.top).lineTo(scaleX(tick), plot.bottom).stroke();
    doc
      .fillColor(COLOURS.axis)
      .fontSize(8)
      .text(String(tick), scaleX(tick) - 10, plot.bottom + 3, { width: 20, align: 'center', lineBreak: false });
  }
  doc.restore();

  rows.forEach((row, index) => {
    const top = plot.top + index * rowHeight;
    const middle = top + rowHeight / 2;
    doc
      .fillColor('black')
      .fontSize(9)
      .text(toWinAnsi(row.label), x, middle - 5, { width: labelWidth - 8, lineBreak: false, ellipsis: true, height: 12 });
    if (row.mean === null) {
      const hidden = toWinAnsi(options.hiddenText);
      doc.fontSize(8);
      doc.rect(plot.left + 2, middle - 5, doc.widthOfString(hidden) + 4, 10).fill('white');
      doc.fillColor(COLOURS.muted).text(hidden, plot.left + 4, middle - 4, { lineBreak: false });
      return;
    }
    doc.rect(plot.left, middle - 5, scaleX(row.mean) - plot.left, 10).fill(COLOURS.bar);
    if (row.lower !== null && row.upper !== null) {
      const [lower, upper] = [scaleX(Math.max(SCALE.min, row.lower)), scaleX(Math.min(SCALE.max, row.upper))];
      doc.save().lineWidth(1).strokeColor(COLOURS.whisker);
      doc.moveTo(lower, middle).lineTo(upper, middle).stroke();
      doc
        .moveTo(lower, middle - 4)
        .lineTo(lower, middle + 4)
        .stroke();
      doc
        .moveTo(upper, middle - 4)
        .lineTo(upper, middle + 4)
        .stroke();
      doc.restore();
    }
    doc
      .fillColor('black')
      .fontSize(8)
      .text(formatNumber(row.mean, 2, options.locale), plot.right + 6, middle - 4, { lineBreak: false });
  });
  doc.fillColor('black');
  return rows.length * rowHeight + 16;
}

/**
 * The importance–performance grid as a scatter: performance across, importance up, each axis
 * zoomed to the half points around the data and the crosshairs (means of one company lie
 * close together), dashed crosshairs, the quadrants named in their corners and each
 * dimension a labelled point, labels moved apart where they would overlap. Answers the
 * height used.
 */
export function drawImportancePerformanceGrid(
  doc: PDFKit.PDFDocument,
  options: {
    x: number;
    y: number;
    size: number;
    grid: ImportancePerformanceGrid;
    labelOf: (dimension: string) => string;
    texts: PdfTexts;
    locale: ExportLocale;
  },
): number {
  const { grid, texts, size } = options;
  const plot = { left: options.x + 36, top: options.y, size };
  const across = axisRange([...grid.points.map((point) => point.performance), grid.crosshairs.performance]);
  const up = axisRange([...grid.points.map((point) => point.importance), grid.crosshairs.importance]);
  const toX = (value: number) => plot.left + ((value - across.min) / (across.max - across.min)) * size;
  const toY = (value: number) => plot.top + size - ((value - up.min) / (up.max - up.min)) * size;

  doc.save().lineWidth(0.75).strokeColor(COLOURS.axis).rect(plot.left, plot.top, size, size).stroke();
  doc.fillColor(COLOURS.axis).fontSize(8);
  for (const tick of ticksOf(across)) {
    doc.text(formatNumber(tick, 1, options.locale), toX(tick) - 12, plot.top + size + 3, { width: 24, align: 'center', lineBreak: false });
  }
  for (const tick of ticksOf(up)) {
    doc.text(formatNumber(tick, 1, options.locale), plot.left - 24, toY(tick) - 4, { width: 20, align: 'right', lineBreak: false });
  }
  doc.text(toWinAnsi(texts.performance), plot.left, plot.top + size + 14, { width: size, align: 'center', lineBreak: false });
  doc
    .save()
    .rotate(-90, { origin: [options.x + 4, plot.top + size / 2] })
    .text(toWinAnsi(texts.importance), options.x + 4 - size / 2, plot.top + size / 2 - 4, {
      width: size,
      align: 'center',
      lineBreak: false,
    })
    .restore();

  doc.lineWidth(0.75).strokeColor(COLOURS.axis).dash(3, { space: 3 });
  doc
    .moveTo(toX(grid.crosshairs.performance), plot.top)
    .lineTo(toX(grid.crosshairs.performance), plot.top + size)
    .stroke();
  doc
    .moveTo(plot.left, toY(grid.crosshairs.importance))
    .lineTo(plot.left + size, toY(grid.crosshairs.importance))
    .stroke();
  doc.undash();

  const corners: [Quadrant, number, number, 'left' | 'right'][] = [
    ['concentrate-here', plot.left + 4, plot.top + 4, 'left'],
    ['keep-up-the-good-work', plot.left + size / 2, plot.top + 4, 'right'],
    ['low-priority', plot.left + 4, plot.top + size - 12, 'left'],
    ['possible-overkill', plot.left + size / 2, plot.top + size - 12, 'right'],
  ];
  doc.fillColor(COLOURS.muted).fontSize(7);
  for (const [quadrant, left, top, align] of corners) {
    doc.text(toWinAnsi(texts.quadrants[quadrant]), left, top, { width: size / 2 - 4, align, lineBreak: false });
  }

  const placed: { left: number; top: number; right: number; bottom: number }[] = [];
  doc.fontSize(7);
  for (const point of [...grid.points].sort((a, b) => b.importance - a.importance)) {
    const [px, py] = [toX(point.performance), toY(point.importance)];
    doc.circle(px, py, 3).fill(COLOURS.point);
    const label = toWinAnsi(options.labelOf(point.dimension));
    const width = doc.widthOfString(label);
    // The first of these offsets whose label box meets no other label.
    const offsets = [0, 8, -8, 16, -16, 24, -24, 32];
    const box = (offset: number) => ({ left: px + 5, top: py - 4 + offset, right: px + 5 + width, bottom: py + 4 + offset });
    const isFree = (offset: number) =>
      placed.every((other) => {
        const mine = box(offset);
        return mine.right < other.left || mine.left > other.right || mine.bottom < other.top || mine.top > other.bottom;
      });
    const offset = offsets.find(isFree) ?? 0;
    placed.push(box(offset));
    doc.fillColor('black').text(label, px + 5, py - 3 + offset, { lineBreak: false });
  }
  doc.restore();
  return size + 30;
}

/** An axis from the half point below the smallest value to the one above the largest, at least one point wide, within 1–5. */
function axisRange(values: readonly number[]): { min: number; max: number } {
  let min = Math.max(SCALE.min, Math.floor((Math.min(...values) - 0.1) * 2) / 2);
  let max = Math.min(SCALE.max, Math.ceil((Math.max(...values) + 0.1) * 2) / 2);
  while (max - min < 1) {
    if (min > SCALE.min) min -= 0.5;
    if (max - min < 1 && max < SCALE.max) max += 0.5;
  }
  return { min, max };
}

/** Ticks every half point on a narrow axis, every point on a wide one. */
function ticksOf(range: { min: number; max: number }): number[] {
  const step = range.max - range.min > 2 ? 1 : 0.5;
  const ticks: number[] = [];
  for (let tick = Math.ceil(range.min / step) * step; tick <= range.max + 1e-9; tick += step) ticks.push(tick);
  return ticks;
}
