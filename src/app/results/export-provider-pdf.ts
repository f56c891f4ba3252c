import type { Writable } from 'node:stream';
import PDFDocument from 'pdfkit';
import { measureLabel } from './export-aggregates.js';
import { drawImportancePerformanceGrid, drawMeanChart } from './export-pdf-charts.js';
import { formatNumber, PDF_TEXTS, toWinAnsi, writePdf, type PdfTexts } from './export-pdf-texts.js';
import type { ExportLocale } from './export-target.js';
import type { DimensionResult, ProviderReport } from './provider-report.js';

const MARGIN = 50;
const COLOURS = { heading: '#111827', muted: '#6b7280', rule: '#d1d5db' };

/**
 * Writes a provider's report of one wave (from getProviderReport, so with the API's figures
 * and access rule) as PDF (pdfkit, built-in Helvetica, so nothing to
 * install and ä ö ü ß shown through its Windows-1252 encoding): title, wave and k; overall
 * satisfaction, NPS and satisfaction index; the dimension table with mean, confidence
 * interval, n, importance and trend; a bar chart of the means with confidence whiskers; the
 * importance–performance grid; comments by topic; the mirror. `compress: false` writes
 * readable content streams (for tests). Ends the output.
 */
export async function writeProviderPdf(
  report: ProviderReport,
  output: Writable,
  options: { locale?: ExportLocale; providerPath?: string; compress?: boolean } = {},
): Promise<void> {
  const locale = options.locale ?? 'en';
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    compress: options.compress ?? true,
    info: { Title: toWinAnsi(`${report.provider.name} – ${report.wave.name}`), Author: 'eyelevel', Creator: 'eyelevel' },
  });
  await writePdf(doc, output, () => drawReport(doc, report, { locale, providerPath: options.providerPath }));
}

function drawReport(
  doc: PDFKit.PDFDocument,
  report: ProviderReport,
  options: { locale: ExportLocale; providerPath?: string | undefined },
): void {
  const { locale } = options;
  const texts = PDF_TEXTS[locale];
  const page = { left: MARGIN, width: doc.page.width - 2 * MARGIN };
  const format = (value: number | null | undefined, digits = 2) =>
    value === null || value === undefined ? '–' : formatNumber(value, digits, locale);
  const write = (text: string, textOptions: PDFKit.Mixins.TextOptions = {}, left = page.left) =>
    doc.text(toWinAnsi(text), left, undefined, { width: page.width - (left - page.left), ...textOptions });
  const heading = (text: string, spaceNeeded = 60) => {
    if (doc.y + spaceNeeded > doc.page.height - MARGIN) doc.addPage();
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(13).fillColor(COLOURS.heading);
    write(text);
    doc.font('Helvetica').fontSize(10).fillColor('black').moveDown(0.3);
  };

  doc.font('Helvetica').fontSize(10).fillColor(COLOURS.muted);
  write(texts.title);
  doc.font('Helvetica-Bold').fontSize(20).fillColor(COLOURS.heading);
  write(report.provider.name);
  doc.font('Helvetica').fontSize(10).fillColor(COLOURS.muted);
  if (options.providerPath && options.providerPath !== report.provider.name) write(options.providerPath);
  doc.fillColor('black').moveDown(0.5);
  write(`${texts.wave}: ${report.wave.name}`);
  const closes = report.wave.closesAt === null ? '' : ` – ${formatDate(report.wave.closesAt)}`;
  write(`${texts.period}: ${formatDate(report.wave.opensAt)}${closes}`);
  doc.fillColor(COLOURS.muted).fontSize(9);
  write(texts.thresholds(report.thresholds.k, report.thresholds.kComments));
  doc.fillColor('black').fontSize(10);

  heading(texts.summary);
  const summary: [string, string][] = [
    [texts.overall, report.overall?.mean == null ? texts.notShown : `${format(report.overall.mean)} (n = ${report.overall.n})`],
    [texts.nps, report.nps?.score == null ? texts.notShown : `${format(report.nps.score, 1)} (n = ${report.nps.n})`],
    [texts.satisfactionIndex, report.satisfactionIndex === null ? texts.notShown : format(report.satisfactionIndex, 1)],
  ];
  drawTable(doc, { x: page.left, widths: [330, 165], rows: summary });

  heading(texts.dimensions, 40 + 18 * report.dimensions.length);
  const { columns } = texts;
  drawTable(doc, {
    x: page.left,
    widths: [130, 50, 95, 35, 70, 115],
    header: [columns.dimension, columns.mean, columns.interval, columns.n, columns.importance, columns.trend],
    rows: report.dimensions.map((row) => dimensionCells(row, { texts, format, k: report.thresholds.k, locale, waveId: report.wave.id })),
  });

  heading(texts.barChart, 40 + 20 * report.dimensions.length);
  const chartTop = doc.y + 4;
  doc.y =
    chartTop +
    drawMeanChart(doc, {
      x: page.left,
      y: chartTop,
      width: page.width,
      locale,
      hiddenText: texts.hidden(report.thresholds.k),
      rows: report.dimensions.map((row) => ({
        label: measureLabel(row.dimension, locale),
        mean: row.performance?.mean ?? null,
        lower: row.performance?.confidenceInterval?.lower ?? null,
        upper: row.performance?.confidenceInterval?.upper ?? null,
      })),
    });

  if (report.grid) {
    heading(texts.grid, 330);
    doc.fillColor(COLOURS.muted).fontSize(9);
    write(texts.gridNote);
    doc.fillColor('black').fontSize(10);
    const gridTop = doc.y + 8;
    doc.y =
      gridTop +
      drawImportancePerformanceGrid(doc, {
        x: page.left,
        y: gridTop,
        size: 260,
        grid: report.grid,
        labelOf: (dimension) => measureLabel(dimension, locale),
        texts,
        locale,
      });
  }

  heading(texts.comments);
  if (report.comments.length === 0) write(texts.noComments(report.thresholds.kComments));
  for (const topic of Object.keys(texts.topics)) {
    const comments = report.comments.filter((comment) => comment.topic === topic);
    if (comments.length === 0) continue;
    doc.font('Helvetica-Bold').moveDown(0.4);
    write(texts.topics[topic] ?? topic);
    doc.font('Helvetica');
    for (const comment of comments) {
      write(`• ${comment.text}`);
      doc.fillColor(COLOURS.muted).fontSize(8);
      write(comment.group ?? texts.allOthers, {}, page.left + 10);
      doc.fillColor('black').fontSize(10).moveDown(0.3);
    }
  }

  heading(texts.mirror);
  drawMirror(doc, { report, texts, format, locale, x: page.left });
}

function dimensionCells(
  row: DimensionResult,
  options: {
    texts: PdfTexts;
    format: (value: number | null | undefined, digits?: number) => string;
    k: number;
    locale: ExportLocale;
    waveId: string;
  },
): string[] {
  const { texts, format } = options;
  const label = measureLabel(row.dimension, options.locale);
  const performance = row.performance;
  const step = row.trend.steps.at(-1);
  const trend =
    performance === null
      ? texts.trend.none
      : step && step.toWaveId === options.waveId
        ? texts.trend[step.label]
        : texts.trend['first-wave'];
  if (!performance || performance.mean === null) return [label, texts.hidden(options.k), '', '', format(row.importance?.mean), trend];
  const interval = performance.confidenceInterval;
  return [
    label,
    format(performance.mean),
    interval ? `${format(interval.lower)} – ${format(interval.upper)}` : '–',
    String(performance.n),
    format(row.importance?.mean),
    trend,
  ];
}

function drawMirror(
  doc: PDFKit.PDFDocument,
  options: {
    report: ProviderReport;
    texts: PdfTexts;
    format: (value: number | null | undefined) => string;
    locale: ExportLocale;
    x: number;
  },
): void {
  const { report, texts, format, x } = options;
  const subheading = (text: string) => {
    if (doc.y + 60 > doc.page.height - MARGIN) doc.addPage();
    doc.font('Helvetica-Bold').text(toWinAnsi(text), x).font('Helvetica').moveDown(0.3);
  };
  subheading(texts.selfAssessment);
  if (report.mirror.self.length === 0) doc.text(toWinAnsi(texts.noMirror), x);
  else
    drawTable(doc, {
      x,
      widths: [150, 70, 70, 70, 135],
      header: [
        texts.columns.dimension,
        texts.selfColumns.self,
        texts.selfColumns.customers,
        texts.selfColumns.gap,
        texts.selfColumns.reading,
      ],
      rows: report.mirror.self.map((row) => [
        measureLabel(row.dimension, options.locale),
        format(row.self.mean),
        format(row.customers.mean),
        format(row.gap),
        row.reading ? texts.readings[row.reading] : '–',
      ]),
    });
  doc.moveDown(0.8);
  subheading(texts.reciprocal);
  const columns = texts.reciprocalColumns;
  if (report.mirror.customers.length === 0) doc.text(toWinAnsi(texts.noMirror), x);
  else
    drawTable(doc, {
      x,
      widths: [185, 100, 110, 100],
      header: [columns.customer, columns.youRateThem, columns.theyRateYou, columns.difference],
      rows: report.mirror.customers.map((row) => [
        row.customerName,
        format(row.view.providerRatesCustomer.mean),
        format(row.view.customerRatesProvider.mean),
        format(row.view.difference),
      ]),
    });
}

/** A plain table: one line per row, cells cut to their column, a rule under the header; a new page when the page is full. */
function drawTable(doc: PDFKit.PDFDocument, options: { x: number; widths: number[]; header?: string[]; rows: string[][] }): void {
  const lineHeight = 16;
  const line = (cells: string[], isHeader: boolean) => {
    if (doc.y + lineHeight > doc.page.height - MARGIN) doc.addPage();
    const top = doc.y;
    doc.font(isHeader ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
    let left = options.x;
    cells.forEach((cell, index) => {
      // A cell followed by empty ones may run on into their columns.
      let width = options.widths[index] ?? 60;
      for (let next = index + 1; next < cells.length && cells[next] === '' && cell !== ''; next += 1) width += options.widths[next] ?? 60;
      if (cell !== '') doc.text(toWinAnsi(cell), left, top + 3, { width: width - 6, height: lineHeight, lineBreak: false, ellipsis: true });
      left += options.widths[index] ?? 60;
    });
    const right = options.x + options.widths.reduce((sum, width) => sum + width, 0);
    if (isHeader)
      doc
        .save()
        .lineWidth(0.5)
        .strokeColor(COLOURS.rule)
        .moveTo(options.x, top + lineHeight)
        .lineTo(right, top + lineHeight)
        .stroke()
        .restore();
    doc.x = options.x;
    doc.y = top + lineHeight;
  };
  if (options.header) line(options.header, true);
  for (const row of options.rows) line(row, false);
  doc.font('Helvetica').fontSize(10);
}

function formatDate(value: string | null): string {
  return value === null ? '–' : value.slice(0, 10);
}
