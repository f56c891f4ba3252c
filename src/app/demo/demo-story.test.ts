import { describe, expect, it } from 'vitest';
import { buildStandardContent } from '../../domain/questionnaire/questionnaire.js';
import { DIMENSIONS } from '../../domain/questionnaire/item-bank.js';
import { pickDemoComments, storyComments } from './demo-comments.js';
import { generateDemoAnswers, generateReverseAnswers, generateSelfAnswers, seededRandom, storyMean } from './demo-story.js';

const content = buildStandardContent();

function averageOf(providerKey: string, itemPrefix: string, waveIndex: number): number {
  const random = seededRandom(42 + waveIndex);
  const values: number[] = [];
  for (let respondent = 0; respondent < 400; respondent += 1) {
    const answers = generateDemoAnswers({ providerKey, waveIndex, content, random });
    for (const [key, value] of Object.entries(answers)) if (key.startsWith(itemPrefix) && typeof value === 'number') values.push(value);
  }
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

describe('the demo story', () => {
  it.each([
    ['Service Desk responsiveness improves', 'service-desk', 'spd-', 'up'],
    ['Controlling transparency improves', 'controlling', 'trn-', 'up'],
    ['Einkauf & Logistik reachability gets worse', 'procurement', 'rea-', 'down'],
  ])('%s across the three waves', (_name, provider, prefix, direction) => {
    const [first, second, third] = [0, 1, 2].map((wave) => averageOf(provider, prefix, wave)) as [number, number, number];
    if (direction === 'up') expect(first).toBeLessThan(second - 0.3);
    if (direction === 'up') expect(second).toBeLessThan(third - 0.3);
    if (direction === 'down') expect(first).toBeGreaterThan(second + 0.3);
    if (direction === 'down') expect(second).toBeGreaterThan(third + 0.3);
  });

  it('weak points start well below the others', () => {
    expect(storyMean('service-desk', 'responsiveness', 0)).toBeLessThan(storyMean('service-desk', 'courtesy', 0) - 0.8);
  });

  it('answers stay on their scales, with some "can\'t judge", and are reproducible', () => {
    const first = generateDemoAnswers({ providerKey: 'hr', waveIndex: 1, content, random: seededRandom(7) });
    const again = generateDemoAnswers({ providerKey: 'hr', waveIndex: 1, content, random: seededRandom(7) });
    expect(first).toEqual(again);
    for (const [key, value] of Object.entries(first)) {
      if (value === null) continue;
      const [min, max] = key === 'nps' ? [0, 10] : [1, 5];
      expect(value, key).toBeGreaterThanOrEqual(min);
      expect(value, key).toBeLessThanOrEqual(max);
    }
    const many = Array.from({ length: 200 }, (_, index) =>
      generateDemoAnswers({ providerKey: 'hr', waveIndex: 0, content, random: seededRandom(index) }),
    );
    expect(many.some((answers) => Object.values(answers).includes(null))).toBe(true);
  });

  it('carries the story on into the open wave (index 3) and keeps the last value after it', () => {
    expect(storyMean('service-desk', 'responsiveness', 3)).toBeGreaterThanOrEqual(storyMean('service-desk', 'responsiveness', 2));
    expect(storyMean('controlling', 'transparency', 3)).toBeGreaterThanOrEqual(storyMean('controlling', 'transparency', 2));
    expect(storyMean('procurement', 'reachability', 3)).toBeLessThanOrEqual(storyMean('procurement', 'reachability', 2));
    expect(storyMean('service-desk', 'responsiveness', 7)).toBe(storyMean('service-desk', 'responsiveness', 3));
    expect(averageOf('service-desk', 'spd-', 3)).toBeGreaterThan(averageOf('service-desk', 'spd-', 1) + 0.3);
    expect(averageOf('procurement', 'rea-', 3)).toBeLessThan(averageOf('procurement', 'rea-', 1) - 0.3);
  });

  it('self-assessments rate every dimension 1–5 under self:<dimension>, and Einkauf misses its decline', () => {
    const selfMean = (waveIndex: number) => {
      const random = seededRandom(3);
      const values = Array.from({ length: 300 }, () => generateSelfAnswers({ unitKey: 'procurement', waveIndex, content, random }));
      return values.reduce((sum, answers) => sum + (answers['self:reachability'] ?? 0), 0) / values.length;
    };
    const answers = generateSelfAnswers({ unitKey: 'hr', waveIndex: 0, content, random: seededRandom(1) });
    expect(Object.keys(answers).sort()).toEqual(DIMENSIONS.map((dimension) => `self:${dimension}`).sort());
    for (const value of Object.values(answers)) expect([1, 2, 3, 4, 5]).toContain(value);
    expect(selfMean(2)).toBeGreaterThan(averageOf('procurement', 'rea-', 2) + 1);
  });

  it('reverse ratings answer the reverse items only, 1–5 or "can\'t judge"', () => {
    const reverseKeys = content.items.filter((item) => item.block === 'reverse').map((item) => item.key);
    const answers = generateReverseAnswers({ providerKey: 'procurement', customerKey: 'inside-sales', content, random: seededRandom(5) });
    expect(Object.keys(answers).sort()).toEqual([...reverseKeys].sort());
    for (const value of Object.values(answers)) expect([null, 1, 2, 3, 4, 5]).toContain(value);
  });

  it("comments come in the respondent's language and complain about a low rating, praise a high one", () => {
    const texts = storyComments['service-desk'] ?? [];
    const low = pickDemoComments({ providerKey: 'service-desk', waveIndex: 0, locale: 'de', rating: 1.5, random: seededRandom(9) });
    const high = pickDemoComments({ providerKey: 'service-desk', waveIndex: 2, locale: 'en', rating: 4.5, random: seededRandom(9) });
    for (const text of Object.values(low)) expect(texts.find((comment) => comment.de === text)?.tone).toBe('bad');
    for (const text of Object.values(high)) expect(texts.find((comment) => comment.en === text)?.tone).toBe('good');
    expect(Object.keys(low).length).toBeGreaterThan(0);
    expect(Object.keys(high)).toEqual(['keep']);
  });
});
