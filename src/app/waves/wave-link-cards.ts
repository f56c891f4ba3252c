import type { Writable } from 'node:stream';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { toWinAnsi, writePdf } from '../results/export-pdf-texts.js';
import type { WaveLink } from './export-wave-links.js';

const PAGE = { width: 595.28, height: 841.89, margin: 28 };
const COLUMNS = 2;
const ROWS = 4;
const PADDING = 14;
const QR_SIZE = 118;
/** The blank border a QR code needs around it, in modules. */
const QUIET_ZONE = 4;

const CARD_TEXTS: Record<'de' | 'en', { intro: string; hint: string }> = {
  de: {
    intro: 'Ihre Einschätzung ist gefragt. Scannen Sie den Code oder geben Sie den Link ein.',
    hint: 'Der Link ist persönlich: Bitte nicht weitergeben. Ihre Antworten bleiben anonym.',
  },
  en: {
    intro: 'Share your view. Scan the code or type the link.',
    hint: 'The link is personal: please do not pass it on. Your answers stay anonymous.',
  },
};

/**
 * The wave's links as cards to print and cut (eight per A4 page), each in its person's
 * language: the wave, the person and unit, a QR code of the link (drawn as vector squares,
 * error correction M) and the link itself. pdfkit's built-in Helvetica (Windows-1252), as
 * in the provider report. `compress: false` writes readable content streams (for tests).
 * Ends the output.
 */
export async function writeLinkCards(
  links: readonly WaveLink[],
  waveName: string,
  output: Writable,
  options: { compress?: boolean } = {},
): Promise<void> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: PAGE.margin,
    autoFirstPage: false,
    compress: options.compress ?? true,
    info: { Title: toWinAnsi(waveName), Author: 'eyelevel', Creator: 'eyelevel' },
  });
  await writePdf(doc, output, () => {
    const width = (PAGE.width - 2 * PAGE.margin) / COLUMNS;
    const height = (PAGE.height - 2 * PAGE.margin) / ROWS;
    links.forEach((link, index) => {
      const slot = index % (COLUMNS * ROWS);
      if (slot === 0) doc.addPage();
      const x = PAGE.margin + (slot % COLUMNS) * width;
      const y = PAGE.margin + Math.floor(slot / COLUMNS) * height;
      drawCard(doc, link, waveName, { x, y, width, height });
    });
    if (links.length === 0) doc.addPage();
  });
}

function drawCard(
  doc: PDFKit.PDFDocument,
  link: WaveLink,
  waveName: string,
  box: { x: number; y: number; width: number; height: number },
): void {
  const texts = link.locale === 'de' ? CARD_TEXTS.de : CARD_TEXTS.en;
  // A dashed frame to cut along.
  doc.save().lineWidth(0.5).dash(3, { space: 3 }).strokeColor('#999999').rect(box.x, box.y, box.width, box.height).stroke().restore();
  const inner = { x: box.x + PADDING, y: box.y + PADDING, width: box.width - 2 * PADDING };
  doc
    .fillColor('#000000')
    .font('Helvetica-Bold')
    .fontSize(10)
    .text(toWinAnsi(waveName), inner.x, inner.y, { width: inner.width, lineBreak: false, ellipsis: true });
  doc
    .font('Helvetica')
    .fontSize(9)
    .text(toWinAnsi(link.name), inner.x, inner.y + 14, { width: inner.width, lineBreak: false, ellipsis: true });
  doc
    .fillColor('#555555')
    .fontSize(7.5)
    .text(toWinAnsi(link.unit), inner.x, inner.y + 26, { width: inner.width, lineBreak: false, ellipsis: true });
  const qrTop = inner.y + 40;
  drawQrCode(doc, link.link, { x: inner.x - 6, y: qrTop, size: QR_SIZE });
  const textX = inner.x + QR_SIZE;
  const textWidth = inner.width - QR_SIZE + 6;
  doc
    .fillColor('#000000')
    .fontSize(8)
    .text(toWinAnsi(texts.intro), textX, qrTop + 10, { width: textWidth });
  doc
    .fillColor('#555555')
    .fontSize(7)
    .text(toWinAnsi(texts.hint), textX, doc.y + 6, { width: textWidth });
  doc
    .fillColor('#000000')
    .font('Courier')
    .fontSize(6)
    .text(link.link, inner.x, box.y + box.height - PADDING - 8, { width: inner.width, lineBreak: false });
}

/** The QR code of `text` as black squares on the page, its quiet zone included in `size`. */
export function drawQrCode(doc: PDFKit.PDFDocument, text: string, area: { x: number; y: number; size: number }): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const module = area.size / (modules.size + 2 * QUIET_ZONE);
  doc.save().fillColor('#000000');
  for (let row = 0; row < modules.size; row += 1) {
    for (let column = 0; column < modules.size; column += 1) {
      if (modules.get(row, column)) doc.rect(area.x + (column + QUIET_ZONE) * module, area.y + (row + QUIET_ZONE) * module, module, module);
    }
  }
  doc.fill().restore();
}
