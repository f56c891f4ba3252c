import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Quadrant } from '../../domain/results/importance-performance.js';
import type { SelfAssessmentReading } from '../../domain/results/mirror.js';
import type { TrendLabel } from '../../domain/results/trend.js';
import type { ExportLocale } from './export-target.js';

/** The words of the provider report, in both languages of eyelevel. */
export interface PdfTexts {
  title: string;
  wave: string;
  period: string;
  thresholds: (k: number, kComments: number) => string;
  summary: string;
  overall: string;
  nps: string;
  satisfactionIndex: string;
  notShown: string;
  dimensions: string;
  columns: { dimension: string; mean: string; interval: string; n: string; importance: string; trend: string };
  hidden: (k: number) => string;
  trend: Record<TrendLabel | 'first-wave' | 'none', string>;
  barChart: string;
  grid: string;
  gridNote: string;
  performance: string;
  importance: string;
  quadrants: Record<Quadrant, string>;
  comments: string;
  noComments: (kComments: number) => string;
  topics: Record<string, string>;
  allOthers: string;
  mirror: string;
  selfAssessment: string;
  selfColumns: { self: string; customers: string; gap: string; reading: string };
  readings: Record<SelfAssessmentReading, string>;
  reciprocal: string;
  reciprocalColumns: { customer: string; youRateThem: string; theyRateYou: string; difference: string };
  noMirror: string;
}

const en: PdfTexts = {
  title: 'Customer survey results',
  wave: 'Wave',
  period: 'Survey period',
  thresholds: (k, kComments) =>
    `Every figure describes at least ${k} respondents; comments are shown for groups of at least ${kComments}. Scale 1 (low) to 5 (high).`,
  summary: 'Summary',
  overall: 'Overall satisfaction (1–5)',
  nps: 'Internal net promoter score (-100 to 100)',
  satisfactionIndex: 'Satisfaction index (0–100, weighted by importance)',
  notShown: 'not shown',
  dimensions: 'Dimensions',
  columns: { dimension: 'Dimension', mean: 'Mean', interval: '95% CI', n: 'n', importance: 'Importance', trend: 'Trend' },
  hidden: (k) => `hidden (fewer than ${k})`,
  trend: {
    improved: 'improved',
    worsened: 'worsened',
    'no-clear-change': 'no clear change',
    'too-few-answers': 'too few answers',
    'first-wave': 'first wave',
    none: '–',
  },
  barChart: 'Mean per dimension with 95% confidence interval',
  grid: 'Importance–performance grid',
  gridNote: 'Crosshairs at the means of all dimensions.',
  performance: 'Performance',
  importance: 'Importance',
  quadrants: {
    'concentrate-here': 'Concentrate here',
    'keep-up-the-good-work': 'Keep up the good work',
    'low-priority': 'Low priority',
    'possible-overkill': 'Possible overkill',
  },
  comments: 'Comments',
  noComments: (kComments) => `No comments to show: they are shown for groups of at least ${kComments} respondents.`,
  topics: { keep: 'Keep doing', start: 'Start doing', stop: 'Stop doing' },
  allOthers: 'all others',
  mirror: 'Mirror',
  selfAssessment: 'How you expected to be rated, beside your customers’ rating',
  selfColumns: { self: 'Self', customers: 'Customers', gap: 'Gap', reading: 'Reading' },
  readings: { 'blind-spot': 'blind spot', 'hidden-strength': 'hidden strength', 'in-line': 'in line' },
  reciprocal: 'How you rate your customers, beside how they rate you',
  reciprocalColumns: { customer: 'Customer', youRateThem: 'You rate them', theyRateYou: 'They rate you', difference: 'Difference' },
  noMirror: 'Nothing to show.',
};

const de: PdfTexts = {
  title: 'Ergebnisse der Kundenbefragung',
  wave: 'Befragung',
  period: 'Zeitraum',
  thresholds: (k, kComments) =>
    `Jede Zahl beschreibt mindestens ${k} Antwortende; Kommentare werden für Gruppen ab ${kComments} gezeigt. Skala 1 (niedrig) bis 5 (hoch).`,
  summary: 'Überblick',
  overall: 'Gesamtzufriedenheit (1–5)',
  nps: 'Interner Net Promoter Score (-100 bis 100)',
  satisfactionIndex: 'Zufriedenheitsindex (0–100, nach Wichtigkeit gewichtet)',
  notShown: 'nicht gezeigt',
  dimensions: 'Dimensionen',
  columns: { dimension: 'Dimension', mean: 'Mittel', interval: '95%-KI', n: 'n', importance: 'Wichtigkeit', trend: 'Trend' },
  hidden: (k) => `verborgen (weniger als ${k})`,
  trend: {
    improved: 'verbessert',
    worsened: 'verschlechtert',
    'no-clear-change': 'keine klare Änderung',
    'too-few-answers': 'zu wenige Antworten',
    'first-wave': 'erste Befragung',
    none: '–',
  },
  barChart: 'Mittelwert je Dimension mit 95%-Konfidenzintervall',
  grid: 'Wichtigkeits-Leistungs-Matrix',
  gridNote: 'Achsenkreuz bei den Mittelwerten aller Dimensionen.',
  performance: 'Leistung',
  importance: 'Wichtigkeit',
  quadrants: {
    'concentrate-here': 'Hier ansetzen',
    'keep-up-the-good-work': 'Weiter so',
    'low-priority': 'Geringe Priorität',
    'possible-overkill': 'Möglicher Overkill',
  },
  comments: 'Kommentare',
  noComments: (kComments) => `Keine Kommentare: Sie werden für Gruppen ab ${kComments} Antwortenden gezeigt.`,
  topics: { keep: 'Beibehalten', start: 'Anfangen', stop: 'Aufhören' },
  allOthers: 'alle anderen',
  mirror: 'Spiegel',
  selfAssessment: 'Ihre erwartete Bewertung neben der Bewertung Ihrer Kunden',
  selfColumns: { self: 'Selbst', customers: 'Kunden', gap: 'Abstand', reading: 'Deutung' },
  readings: { 'blind-spot': 'blinder Fleck', 'hidden-strength': 'verborgene Stärke', 'in-line': 'stimmig' },
  reciprocal: 'Wie Sie Ihre Kunden bewerten, neben deren Bewertung von Ihnen',
  reciprocalColumns: { customer: 'Kunde', youRateThem: 'Sie bewerten', theyRateYou: 'Sie werden bewertet', difference: 'Differenz' },
  noMirror: 'Nichts zu zeigen.',
};

export const PDF_TEXTS: Record<ExportLocale, PdfTexts> = { en, de };

/** A number as the report prints it: fixed decimals, a decimal comma in German. */
export function formatNumber(value: number, digits: number, locale: ExportLocale): string {
  // A value that rounds to zero prints as 0, not as -0.
  const text = (Number(value.toFixed(digits)) === 0 ? 0 : value).toFixed(digits);
  return locale === 'de' ? text.replace('.', ',') : text;
}

// Beyond Latin-1, the Windows code page that the built-in PDF fonts use has these characters.
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/**
 * Text the built-in Helvetica can show: composed (NFC, so a decomposed ü becomes ü), and
 * every character outside the Windows-1252 code page (which has ä ö ü ß and most of Western
 * Europe) replaced by "?" rather than written as bytes that would garble the line.
 */
export function toWinAnsi(text: string): string {
  let result = '';
  for (const character of text.normalize('NFC')) {
    const code = character.codePointAt(0) ?? 0;
    const isShown = (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || code === 0x0a || WIN_ANSI_EXTRAS.has(character);
    result += isShown ? character : code === 0x09 || code === 0x0d ? ' ' : '?';
  }
  return result;
}

/**
 * Draws a pdfkit document into `output` and ends both: the pipeline ends the output when the
 * document ends, and fails when either side fails (a drawing error destroys the document).
 */
export async function writePdf(doc: PDFKit.PDFDocument, output: Writable, draw: () => void): Promise<void> {
  const written = pipeline(doc, output);
  try {
    draw();
    doc.end();
  } catch (error) {
    doc.destroy(error instanceof Error ? error : new Error(String(error)));
  }
  await written;
}
