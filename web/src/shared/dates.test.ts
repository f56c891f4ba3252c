import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatMoment, localCalendarDate, localToday, utcToday } from './dates';

describe('formatCalendarDate', () => {
  it.each([
    ['2026-01-20', 'en', 'Jan 20, 2026'],
    ['2026-01-20', 'de', '20.01.2026'],
    ['2026-12-31', 'en', 'Dec 31, 2026'],
    ['2026-01-01', 'de', '01.01.2026'],
    ['not a date', 'en', 'not a date'],
    ['2026-13-45', 'en', '2026-13-45'],
    ['2026-01-20T10:00:00Z', 'en', '2026-01-20T10:00:00Z'],
  ])('%s in %s is %s', (date, language, expected) => {
    expect(formatCalendarDate(date, language)).toBe(expected);
  });
});

describe('formatMoment', () => {
  // A moment prints in the reader's zone: compare with the same formatter instead of a fixed text.
  const iso = '2026-01-20T10:30:00Z';
  it.each([
    ['en', true, { dateStyle: 'medium', timeStyle: 'short' }],
    ['de', true, { dateStyle: 'medium', timeStyle: 'short' }],
    ['en', false, { dateStyle: 'medium' }],
  ] as const)('%s with time %s', (language, withTime, options) => {
    expect(formatMoment(iso, language, { withTime })).toBe(new Intl.DateTimeFormat(language, options).format(new Date(iso)));
  });

  it('leaves text that is no time as it is', () => {
    expect(formatMoment('soon', 'en')).toBe('soon');
  });
});

describe('today', () => {
  it.each([
    [new Date(2026, 0, 5, 0, 30), '2026-01-05'],
    [new Date(2026, 11, 31, 23, 59), '2026-12-31'],
  ])('local calendar date of %s is %s', (time, expected) => {
    expect(localCalendarDate(time)).toBe(expected);
    expect(localToday(time)).toBe(expected);
  });

  it.each([
    [new Date('2026-01-05T00:30:00Z'), '2026-01-05'],
    [new Date('2026-12-31T23:59:00Z'), '2026-12-31'],
  ])('UTC today at %s is %s', (now, expected) => {
    expect(utcToday(now)).toBe(expected);
  });
});
