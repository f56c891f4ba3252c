import { describe, expect, it } from 'vitest';
import { inLanguage } from './bilingual';

describe('inLanguage', () => {
  const text = { de: 'Was gut läuft', en: 'What works' };
  it.each([
    ['de', 'Was gut läuft'],
    ['de-CH', 'Was gut läuft'],
    ['DE', 'Was gut läuft'],
    ['en', 'What works'],
    ['en-GB', 'What works'],
    ['fr', 'What works'],
  ])('%s → %s', (language, expected) => {
    expect(inLanguage(text, language)).toBe(expected);
  });
});
