import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDateOf, hasPeriodEnded, isCalendarDate, parsePeriodLabel, periodOf, periodsBetween, type PeriodKind } from './periods.js';

const at = (iso: string) => new Date(iso);
const DAY_MS = 24 * 60 * 60 * 1000;

describe('periodOf', () => {
  it.each([
    // ISO weeks: Monday start; the week belongs to the year of its Thursday.
    ['2026-01-28T12:00:00.000Z', 'week', '2026-W05', '2026-01-26', '2026-02-02'],
    ['2026-02-01T23:59:59.999Z', 'week', '2026-W05', '2026-01-26', '2026-02-02'],
    ['2026-02-02T00:00:00.000Z', 'week', '2026-W06', '2026-02-02', '2026-02-09'],
    ['2025-12-29T00:00:00.000Z', 'week', '2026-W01', '2025-12-29', '2026-01-05'],
    ['2026-01-01T00:00:00.000Z', 'week', '2026-W01', '2025-12-29', '2026-01-05'],
    ['2026-12-31T00:00:00.000Z', 'week', '2026-W53', '2026-12-28', '2027-01-04'],
    ['2021-01-03T10:00:00.000Z', 'week', '2020-W53', '2020-12-28', '2021-01-04'],
    ['2024-12-30T10:00:00.000Z', 'week', '2025-W01', '2024-12-30', '2025-01-06'],
    ['2026-03-31T23:59:59.999Z', 'month', '2026-03', '2026-03-01', '2026-04-01'],
    ['2026-04-01T00:00:00.000Z', 'month', '2026-04', '2026-04-01', '2026-05-01'],
    ['2026-12-15T00:00:00.000Z', 'month', '2026-12', '2026-12-01', '2027-01-01'],
    ['2026-03-31T23:59:59.999Z', 'quarter', '2026-Q1', '2026-01-01', '2026-04-01'],
    ['2026-04-01T00:00:00.000Z', 'quarter', '2026-Q2', '2026-04-01', '2026-07-01'],
    ['2026-11-30T08:00:00.000Z', 'quarter', '2026-Q4', '2026-10-01', '2027-01-01'],
  ] as const)('%s, %s → %s', (time, kind, label, start, end) => {
    expect(periodOf(at(time), kind)).toEqual({ kind, label, start: `${start}T00:00:00.000Z`, end: `${end}T00:00:00.000Z` });
  });

  it('refuses an invalid time', () => {
    expect(() => periodOf(new Date('not a time'), 'month')).toThrow(RangeError);
  });
});

describe('periodsBetween', () => {
  it.each([
    ['2025-11-15T00:00:00.000Z', '2026-02-01T00:00:00.000Z', 'month', ['2025-11', '2025-12', '2026-01', '2026-02']],
    ['2025-12-24T00:00:00.000Z', '2026-01-08T00:00:00.000Z', 'week', ['2025-W52', '2026-W01', '2026-W02']],
    ['2025-08-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'quarter', ['2025-Q3', '2025-Q4', '2026-Q1']],
    ['2026-03-10T00:00:00.000Z', '2026-03-12T00:00:00.000Z', 'month', ['2026-03']],
    ['2026-03-12T00:00:00.000Z', '2026-03-10T00:00:00.000Z', 'month', []],
  ] as const)('%s … %s by %s', (from, to, kind, labels) => {
    expect(periodsBetween(at(from), at(to), kind).map((period) => period.label)).toEqual(labels);
  });

  const kinds = fc.constantFrom<PeriodKind>('week', 'month', 'quarter');
  const instant = fc.date({ min: at('1990-01-01T00:00:00.000Z'), max: at('2100-12-31T23:59:59.999Z'), noInvalidDate: true });

  it('covers the range without gaps or overlaps, one period per label', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 3 * 366 * DAY_MS }), kinds, (from, span, kind) => {
        const to = new Date(from.getTime() + span);
        const periods = periodsBetween(from, to, kind);
        expect(Date.parse(periods[0]!.start)).toBeLessThanOrEqual(from.getTime());
        expect(Date.parse(periods[0]!.end)).toBeGreaterThan(from.getTime());
        expect(Date.parse(periods.at(-1)!.start)).toBeLessThanOrEqual(to.getTime());
        expect(Date.parse(periods.at(-1)!.end)).toBeGreaterThan(to.getTime());
        periods.slice(1).forEach((period, index) => expect(period.start).toBe(periods[index]!.end));
        expect(new Set(periods.map((period) => period.label)).size).toBe(periods.length);
      }),
      { numRuns: 200 },
    );
  });

  it('puts every instant of the range into the one period that contains it', () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 0, max: 400 * DAY_MS }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        kinds,
        (from, span, share, kind) => {
          const to = new Date(from.getTime() + span);
          const inside = new Date(from.getTime() + Math.floor(span * share));
          const containing = periodsBetween(from, to, kind).filter(
            (period) => Date.parse(period.start) <= inside.getTime() && inside.getTime() < Date.parse(period.end),
          );
          expect(containing).toEqual([periodOf(inside, kind)]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('has weeks of seven days starting on a Monday', () => {
    fc.assert(
      fc.property(instant, (date) => {
        const week = periodOf(date, 'week');
        expect(Date.parse(week.end) - Date.parse(week.start)).toBe(7 * DAY_MS);
        expect(new Date(week.start).getUTCDay()).toBe(1);
      }),
    );
  });
});

describe('parsePeriodLabel', () => {
  it.each([
    ['2026-W05', 'week', '2026-01-26T00:00:00.000Z'],
    ['2026-W53', 'week', '2026-12-28T00:00:00.000Z'],
    ['2020-W53', 'week', '2020-12-28T00:00:00.000Z'],
    ['2025-W53', 'week', null],
    ['2026-W00', 'week', null],
    ['2026-W5', 'week', null],
    ['2026-03', 'month', '2026-03-01T00:00:00.000Z'],
    ['2026-13', 'month', null],
    ['2026-00', 'month', null],
    ['2026-Q1', 'quarter', '2026-01-01T00:00:00.000Z'],
    ['2026-Q5', 'quarter', null],
    ['2026-Q1', 'month', null],
    ['0999-01', 'month', null],
  ] as const)('%s as a %s → %s', (label, kind, start) => {
    expect(parsePeriodLabel(label, kind)?.start ?? null).toBe(start);
  });

  it('reads back every label periodOf writes', () => {
    fc.assert(
      fc.property(
        fc.date({ min: at('1990-01-01'), max: at('2100-12-31'), noInvalidDate: true }),
        fc.constantFrom<PeriodKind>('week', 'month', 'quarter'),
        (date, kind) => {
          const period = periodOf(date, kind);
          expect(parsePeriodLabel(period.label, kind)).toEqual(period);
        },
      ),
    );
  });
});

describe('calendar dates', () => {
  it.each([
    ['2026-03-01', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['2026-03-01T00:00:00Z', false],
    ['', false],
  ])('isCalendarDate(%j) = %s', (text, expected) => {
    expect(isCalendarDate(text)).toBe(expected);
  });

  it.each([
    ['2026-03-01T23:30:00.000Z', 'UTC', '2026-03-01'],
    ['2026-03-01T23:30:00.000Z', 'Europe/Berlin', '2026-03-02'],
    ['2026-03-01T03:00:00.000Z', 'America/New_York', '2026-02-28'],
  ])('calendarDateOf(%s, %s) = %s', (time, timeZone, expected) => {
    expect(calendarDateOf(at(time), timeZone)).toBe(expected);
  });

  it('says a period has ended only from its end on', () => {
    const march = periodOf(at('2026-03-15T00:00:00.000Z'), 'month');
    expect(hasPeriodEnded(march, at('2026-03-31T23:59:59.999Z'))).toBe(false);
    expect(hasPeriodEnded(march, at('2026-04-01T00:00:00.000Z'))).toBe(true);
  });
});
