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

/** A calendar date (YYYY-MM-DD) in the UI language ("20 Jan 2026", "20.01.2026"); the text itself when it is no date. */
export function formatCalendarDate(date: string, language: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  // Noon UTC, printed in UTC: the same day in every time zone.
  const time = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(time.getTime())) return date;
  return formatterFor(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(time);
}

/** A moment (ISO time) in the UI language and the reader's time zone. */
export function formatMoment(iso: string, language: string): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso;
  return formatterFor(language, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}
