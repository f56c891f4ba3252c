import { describe, expect, it } from 'vitest';
import { parseLeadFlag, parseLocale } from './person-values.js';

describe('parseLeadFlag', () => {
  it.each([
    ['yes', true],
    ['YES', true],
    ['true', true],
    ['1', true],
    ['ja', true],
    ['x', true],
    [' X ', true],
    ['no', false],
    ['false', false],
    ['0', false],
    ['Nein', false],
    ['', false],
    ['  ', false],
  ])('reads %j as %s', (text, expected) => {
    expect(parseLeadFlag(text)).toBe(expected);
  });

  it('names a value it does not know', () => {
    expect(parseLeadFlag('vielleicht')).toEqual({ problem: 'must be yes, no, true, false, 1, 0, ja, nein, x or empty, not "vielleicht"' });
  });
});

describe('parseLocale', () => {
  it.each([
    ['de', 'de'],
    ['EN', 'en'],
    ['', 'de'],
    [' en ', 'en'],
  ])('reads %j as %s', (text, expected) => {
    expect(parseLocale(text)).toBe(expected);
  });

  it('names a locale it does not know', () => {
    expect(parseLocale('de-CH')).toEqual({ problem: 'must be one of de, en or empty, not "de-CH"' });
  });
});
