import { describe, expect, it } from 'vitest';
import { buildStandardContent } from '../../domain/questionnaire/questionnaire.js';
import { generateDemoAnswers, seededRandom, storyMean } from './demo-story.js';

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
});
