import { invalidField } from '../errors.js';
import type { Locale } from '../org/person.js';

export type WaveMailKind = 'invitation' | 'reminder';

/** What a mail about one wave to one person says. */
export interface WaveMailInput {
  kind: WaveMailKind;
  locale: Locale;
  personName: string;
  waveName: string;
  /** The person's single-use survey link. */
  link: string;
  /** ISO time the wave closes, or null when it has no close time. */
  closesAt: string | null;
  anonymityThreshold: number;
  /** IANA zone for the closing date; UTC when not given. */
  timeZone?: string | undefined;
}

export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

interface Copy {
  subject: Record<WaveMailKind, (wave: string) => string>;
  greeting: (name: string) => string;
  opening: Record<WaveMailKind, (wave: string) => string>;
  button: string;
  closes: (date: string) => string;
  anonymity: (threshold: number) => string;
  personal: string;
  thanks: string;
  dateLocale: string;
}

const copies: Record<Locale, Copy> = {
  de: {
    subject: { invitation: (wave) => `Ihre Einschätzung ist gefragt: ${wave}`, reminder: (wave) => `Erinnerung: ${wave}` },
    greeting: (name) => `Guten Tag ${name},`,
    opening: {
      invitation: (wave) =>
        `in der Umfrage „${wave}“ bewerten Sie die Bereiche, deren Leistungen Sie im Arbeitsalltag nutzen. Das dauert nur wenige Minuten und hilft, die Zusammenarbeit zu verbessern.`,
      reminder: (wave) =>
        `die Umfrage „${wave}“ läuft noch. Falls Sie noch nicht dazu gekommen sind: Die Teilnahme dauert nur wenige Minuten, und Ihre Einschätzung hilft, die Zusammenarbeit zu verbessern.`,
    },
    button: 'Zur Umfrage',
    closes: (date) => `Die Umfrage ist bis zum ${date} geöffnet.`,
    anonymity: (threshold) =>
      `Ihre Antworten sind anonym: Wir speichern sie getrennt von dieser Einladung, und Ergebnisse von Gruppen mit weniger als ${threshold} Personen werden nie angezeigt.`,
    personal: 'Der Link gilt nur für Sie. Bitte leiten Sie diese E-Mail nicht weiter.',
    thanks: 'Vielen Dank!',
    dateLocale: 'de-DE',
  },
  en: {
    subject: { invitation: (wave) => `Share your view: ${wave}`, reminder: (wave) => `Reminder: ${wave}` },
    greeting: (name) => `Hello ${name},`,
    opening: {
      invitation: (wave) =>
        `in the survey “${wave}” you rate the departments whose services you rely on at work. It takes only a few minutes and helps us work better together.`,
      reminder: (wave) =>
        `the survey “${wave}” is still open. If you have not found the time yet: it takes only a few minutes, and your view helps us work better together.`,
    },
    button: 'Open the survey',
    closes: (date) => `The survey is open until ${date}.`,
    anonymity: (threshold) =>
      `Your answers are anonymous: we store them apart from this invitation, and results for groups of fewer than ${threshold} people are never shown.`,
    personal: 'The link is yours alone; please do not forward this email.',
    thanks: 'Thank you!',
    dateLocale: 'en-GB',
  },
};

/** Writes an invitation or reminder for one wave in the person's language, as plain text and HTML. */
export function renderWaveMail(input: WaveMailInput): MailContent {
  // An href with another scheme (javascript:, data:) would survive HTML escaping.
  if (!/^https?:\/\//i.test(input.link)) throw invalidField('link', 'must be an http or https address');
  const copy = copies[input.locale];
  // Names come from imports; a line break in one must not start a new header or paragraph.
  const name = toOneLine(input.personName);
  const wave = toOneLine(input.waveName);
  const subject = copy.subject[input.kind](wave);
  const before = [copy.greeting(name), copy.opening[input.kind](wave)];
  const after = [
    ...(input.closesAt === null ? [] : [copy.closes(formatDate(input.closesAt, copy.dateLocale, input.timeZone ?? 'UTC'))]),
    copy.anonymity(input.anonymityThreshold),
    copy.personal,
    copy.thanks,
  ];
  const text = [...before, `${copy.button}: ${input.link}`, ...after].join('\n\n') + '\n';
  const paragraphs = (lines: string[]) => lines.map((line) => `<p>${escapeHtml(line)}</p>`);
  const html = [
    '<!doctype html>',
    `<html lang="${input.locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: sans-serif; font-size: 16px; line-height: 1.5; color: #1f2937; max-width: 36em">',
    ...paragraphs(before),
    `<p><a href="${escapeHtml(input.link)}" style="display: inline-block; padding: 0.6em 1.2em; background: #1d4ed8; color: #ffffff; border-radius: 6px; text-decoration: none">${escapeHtml(copy.button)}</a></p>`,
    ...paragraphs(after),
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => htmlEntities[character] ?? character);
}

const htmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function toOneLine(value: string): string {
  return value.replace(/[\s\p{Cc}]+/gu, ' ').trim();
}

function formatDate(iso: string, locale: string, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw invalidField('closesAt', 'is not a time');
  return dateFormat(locale, timeZone).format(date);
}

/**
 * Formatters made so far, by locale and time zone: making one takes far longer than using
 * it, and a wave that opens writes hundreds of mails with the same few.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone });
    dateFormats.set(key, format);
  }
  return format;
}
