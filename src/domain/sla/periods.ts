/**
 * The calendar periods SLAs are judged over, all in UTC: ISO weeks (Monday to Sunday,
 * numbered in the ISO week-numbering year, so 29 December 2025 lies in 2026-W01), calendar
 * months and calendar quarters. A period runs from its start (inclusive) to its end
 * (exclusive), and the end of one period is the start of the next.
 */

import { PERIOD_KINDS, type PeriodKind } from '../../contract/vocabulary.js';

export { PERIOD_KINDS, type PeriodKind };

export interface Period {
  kind: PeriodKind;
  /** `2026-W05`, `2026-03` or `2026-Q1`. */
  label: string;
  /** ISO time of the first instant, midnight UTC. */
  start: string;
  /** ISO time of the first instant after the period: the next period's start. */
  end: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
// Labels have four-digit years; the week around New Year may reach one year beyond either end.
const MIN_YEAR = 1001;
const MAX_YEAR = 9998;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LABELS: Record<PeriodKind, RegExp> = {
  week: /^(\d{4})-W(\d{2})$/,
  month: /^(\d{4})-(\d{2})$/,
  quarter: /^(\d{4})-Q([1-4])$/,
};

export function isPeriodKind(value: string): value is PeriodKind {
  return (PERIOD_KINDS as readonly string[]).includes(value);
}

/** The period of the given kind that contains the instant. */
export function periodOf(date: Date, kind: PeriodKind): Period {
  const year = date.getUTCFullYear();
  if (Number.isNaN(year) || year < MIN_YEAR || year > MAX_YEAR) throw new RangeError(`not a time in the years ${MIN_YEAR}–${MAX_YEAR}`);
  const month = date.getUTCMonth();
  switch (kind) {
    case 'week': {
      const midnight = Date.UTC(year, month, date.getUTCDate());
      const daysSinceMonday = (date.getUTCDay() + 6) % 7;
      return weekStartingAt(midnight - daysSinceMonday * DAY_MS);
    }
    case 'month':
      return monthOf(year, month);
    case 'quarter':
      return quarterOf(year, Math.floor(month / 3));
  }
}

/** Every period of the kind from the one containing `from` to the one containing `to`, oldest first; none when `to` is before `from`. */
export function periodsBetween(from: Date, to: Date, kind: PeriodKind): Period[] {
  const periods: Period[] = [];
  if (to.getTime() < from.getTime()) return periods;
  const last = periodOf(to, kind).label;
  let period = periodOf(from, kind);
  for (;;) {
    periods.push(period);
    if (period.label === last) return periods;
    period = periodOf(new Date(period.end), kind);
  }
}

/** The period a label such as `2026-W05`, `2026-03` or `2026-Q1` names; null when it names none. */
export function parsePeriodLabel(label: string, kind: PeriodKind): Period | null {
  const match = LABELS[kind].exec(label.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const number = Number(match[2]);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  if (kind === 'quarter') return quarterOf(year, number - 1);
  if (kind === 'month') return number >= 1 && number <= 12 ? monthOf(year, number - 1) : null;
  // Week 1 is the week with the year's first Thursday, i.e. the week containing 4 January.
  const firstWeek = periodOf(new Date(Date.UTC(year, 0, 4)), 'week');
  const week = weekStartingAt(Date.parse(firstWeek.start) + (number - 1) * 7 * DAY_MS);
  return number >= 1 && week.label === label.trim() ? week : null;
}

/** Whether a period lies wholly before the instant (it has ended). */
export function hasPeriodEnded(period: Period, now: Date): boolean {
  return Date.parse(period.end) <= now.getTime();
}

/** Whether the text is a real calendar date written `YYYY-MM-DD`. */
export function isCalendarDate(text: string): boolean {
  const match = CALENDAR_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date (`YYYY-MM-DD`) of an instant in a time zone (an IANA name; UTC unless given). */
export function calendarDateOf(date: Date, timeZone = 'UTC'): string {
  if (timeZone === 'UTC') return date.toISOString().slice(0, 10);
  let format = dateFormats.get(timeZone);
  if (!format) {
    // en-CA writes dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormats.set(timeZone, format);
  }
  return format.format(date);
}

function weekStartingAt(mondayMs: number): Period {
  const thursday = new Date(mondayMs + 3 * DAY_MS);
  // The ISO week belongs to the year its Thursday falls in.
  const weekYear = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(weekYear, 0, 1)) / (7 * DAY_MS)) + 1;
  return period('week', `${weekYear}-W${pad(week)}`, mondayMs, mondayMs + 7 * DAY_MS);
}

function monthOf(year: number, monthIndex: number): Period {
  return period('month', `${year}-${pad(monthIndex + 1)}`, Date.UTC(year, monthIndex, 1), Date.UTC(year, monthIndex + 1, 1));
}

function quarterOf(year: number, quarterIndex: number): Period {
  const firstMonth = quarterIndex * 3;
  return period('quarter', `${year}-Q${quarterIndex + 1}`, Date.UTC(year, firstMonth, 1), Date.UTC(year, firstMonth + 3, 1));
}

function period(kind: PeriodKind, label: string, startMs: number, endMs: number): Period {
  return { kind, label, start: new Date(startMs).toISOString(), end: new Date(endMs).toISOString() };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
