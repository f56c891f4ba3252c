/** A calendar date ("2026-05-04") or ISO time as a date in the UI language. */
export function formatDate(value: string, language: string): string {
  const time = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(time.getTime())) return value;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: value.length === 10 ? 'UTC' : undefined }).format(time);
}

/** An ISO time as date and time in the UI language. */
export function formatDateTime(value: string, language: string): string {
  const time = new Date(value);
  if (Number.isNaN(time.getTime())) return value;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}

/** Today's calendar date in the browser's time zone, as date inputs give it. */
export function localToday(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}
