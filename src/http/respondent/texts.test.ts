import { describe, expect, it } from 'vitest';
import { texts } from './texts.js';

// The intro tells each respondent what the survey asks of them: the providers their unit
// uses, the customers it serves (sampled pages), and the self-assessment.
describe('the intro steps in both languages', () => {
  it.each([
    {
      asks: { providers: 3, customers: 0, isSelfAssessed: false },
      de: ['Sie bewerten auf je einer Seite die 3 Einheiten, von denen Ihre Einheit Leistungen bezieht.'],
      en: ['You rate the 3 units your unit depends on, one page each.'],
    },
    {
      asks: { providers: 1, customers: 2, isSelfAssessed: true },
      de: [
        'Sie bewerten die Einheit, von der Ihre Einheit Leistungen bezieht, auf einer eigenen Seite.',
        'Ihre Einheit erbringt auch Leistungen für andere: Auf 2 Seiten sagen Sie, wie die Zusammenarbeit mit ihnen läuft.',
        'Zum Schluss schätzen Sie ein, wie die Kunden Ihre Einheit bewerten werden.',
      ],
      en: [
        'You rate the unit your unit depends on, on a page of its own.',
        'Your unit also serves others: on 2 pages you say how working with them goes.',
        'Last, you predict how your unit’s customers will rate it.',
      ],
    },
    {
      asks: { providers: 0, customers: 1, isSelfAssessed: true },
      de: [
        'Ihre Einheit nutzt in dieser Umfrage keine Leistungen anderer Einheiten.',
        'Ihre Einheit erbringt Leistungen für eine andere Einheit: Sie sagen, wie die Zusammenarbeit mit ihr läuft.',
        'Zum Schluss schätzen Sie ein, wie die Kunden Ihre Einheit bewerten werden.',
      ],
      en: [
        'Your unit uses no other unit’s services in this survey.',
        'Your unit serves another unit: you say how working with it goes.',
        'Last, you predict how your unit’s customers will rate it.',
      ],
    },
  ])('$asks', ({ asks, de, en }) => {
    const common = 3; // no contact and adding, optional questions and saving, the time it takes
    for (const [locale, expected] of [
      ['de', de],
      ['en', en],
    ] as const) {
      const steps = texts[locale].introSteps(asks);
      expect(steps.slice(0, expected.length)).toEqual(expected);
      expect(steps).toHaveLength(expected.length + common);
    }
  });
});

describe('the intro lead', () => {
  it.each([
    { asks: { providers: 2, customers: 1, isSelfAssessed: true }, en: 'your view of the units whose services you use.' },
    { asks: { providers: 0, customers: 1, isSelfAssessed: true }, en: 'your view of working with the units your unit serves.' },
    { asks: { providers: 0, customers: 0, isSelfAssessed: true }, en: 'how, in your view, your unit’s customers see it.' },
  ])('$asks', ({ asks, en }) => {
    expect(texts.en.introLead('Autumn', asks)).toBe(`Survey “Autumn”: ${en}`);
    expect(texts.de.introLead('Autumn', asks)).toMatch(/^Umfrage „Autumn“: Ihre /);
  });
});
