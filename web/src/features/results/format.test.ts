import { describe, expect, it } from 'vitest';
import { formatInterval, formatMean, formatShare, formatSigned, formatWaveShort, formatWhole } from './format';

describe('number formats', () => {
  it.each([
    ['en', 3.456, '3.46'],
    ['de', 3.456, '3,46'],
    ['en', null, '–'],
  ] as const)('formatMean in %s: %s → %s', (language, value, expected) => {
    expect(formatMean(value, language)).toBe(expected);
  });

  it.each([
    [0.526, 2, '+0.53'],
    [-1.2, 2, '−1.20'],
    [-0.001, 2, '0.00'],
    [-54.7, 0, '−55'],
    [null, 2, '–'],
  ] as const)('formatSigned %s with %i digits → %s', (value, digits, expected) => {
    expect(formatSigned(value, 'en', digits)).toBe(expected);
  });

  it('formats an interval, a share and a whole number', () => {
    expect(formatInterval({ lower: 3.381, upper: 3.612 }, 'de')).toBe('3,38–3,61');
    expect(formatInterval(null, 'en')).toBe('–');
    expect(formatShare(0.58, 'en')).toBe('58%');
    expect(formatShare(0.58, 'de')).toMatch(/^58\s%$/);
    expect(formatWhole(59.65, 'en')).toBe('60');
  });

  it('names a wave by its opening month, else by its name', () => {
    expect(formatWaveShort({ name: 'Spring', opensAt: '2026-05-24T07:00:00.000Z' }, 'en')).toBe('May 2026');
    expect(formatWaveShort({ name: 'Frühjahr', opensAt: '2026-05-24T07:00:00.000Z' }, 'de')).toBe('Mai 2026');
    expect(formatWaveShort({ name: 'Spring', opensAt: null }, 'en')).toBe('Spring');
  });
});
