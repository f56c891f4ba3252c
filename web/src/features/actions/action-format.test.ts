import { describe, expect, it } from 'vitest';
import { formatCalendarDate } from './action-format';

describe('formatCalendarDate', () => {
  it.each([
    ['2026-01-20', 'en', 'Jan 20, 2026'],
    ['2026-01-20', 'de', '20.01.2026'],
    ['not a date', 'en', 'not a date'],
  ])('%s in %s is %s', (date, language, expected) => {
    expect(formatCalendarDate(date, language)).toBe(expected);
  });
});
