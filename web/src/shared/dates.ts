// Two kinds of time reach the screen: calendar dates ("2026-05-04": a due date, a validFrom day),
// which name the same day everywhere, and moments (ISO times), which the reader sees in their own zone.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A calendar date (YYYY-MM-DD) in the UI language ("Jan 20, 2026", "20.01.2026"); the text itself when it is no date. */
export function formatCalendarDate(date: string, language: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  // Noon UTC, printed in UTC: the same day in every time zone.
  const time = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(time.getTime())) return date;
  return formatterFor(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(time);
}

/** A moment (ISO time) in the UI language and the reader's time zone, with the time of day unless `withTime` is false. */
export function formatMoment(iso: string, language: string, { withTime = true }: { withTime?: boolean } = {}): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso;
  return formatterFor(language, withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' }).format(time);
}

/** The calendar date (YYYY-MM-DD) of a moment in the browser's time zone, as date inputs give it. */
export function localCalendarDate(time: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
}

/** Today in the browser's time zone. */
export function localToday(now: Date = new Date()): string {
  return localCalendarDate(now);
}

/** Today in UTC, as the server compares calendar dates (an SLA's validFrom). */
export function utcToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
