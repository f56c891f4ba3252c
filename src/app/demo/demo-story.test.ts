import { describe, expect, it } from 'vitest';
import { buildStandardContent } from '../../domain/questionnaire/questionnaire.js';
import { DIMENSIONS } from '../../domain/questionnaire/item-bank.js';
import { pickDemoComments, storyComments } from './demo-comments.js';
import {
  DEMO_OPEN_WAVE,
  DEMO_WAVES,
  demoWaveName,
  demoWaveSchedule,
  generateDemoAnswers,
  generateReverseAnswers,
  generateSelfAnswers,
  seededRandom,
  storyMean,
} from './demo-story.js';

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

describe('the demo wave names', () => {
  const DAY_MS = 86_400_000;

  it.each([
    ['2026-01-01T00:00:00.000Z', 'Frühjahr 2026 / Spring 2026'],
    ['2026-03-15T07:00:00.000Z', 'Frühjahr 2026 / Spring 2026'],
    ['2026-06-30T23:59:59.999Z', 'Frühjahr 2026 / Spring 2026'],
    ['2026-07-01T00:00:00.000Z', 'Herbst 2026 / Autumn 2026'],
    ['2025-11-24T07:00:00.000Z', 'Herbst 2025 / Autumn 2025'],
    ['2024-12-31T23:59:59.999Z', 'Herbst 2024 / Autumn 2024'],
  ])('a wave opening %s is "%s"', (opensAt, name) => {
    expect(demoWaveName(new Date(opensAt))).toBe(name);
  });

  it('on 28 November 2026: three past waves half a year apart, and one open since 4 days', () => {
    expect(demoWaveSchedule(new Date('2026-11-28T08:56:00.000Z'))).toEqual({
      past: [
        { name: 'Frühjahr 2025 / Spring 2025', daysAgo: 553 },
        { name: 'Herbst 2025 / Autumn 2025', daysAgo: 369 },
        { name: 'Frühjahr 2026 / Spring 2026', daysAgo: 188 },
      ],
      open: { name: 'Herbst 2026 / Autumn 2026', daysAgo: 4 },
    });
  });

  it('are distinct, in consecutive half-years, for a start on any day of a common and a leap year', () => {
    const halfYear = (day: Date) => day.getUTCFullYear() * 2 + (day.getUTCMonth() < 6 ? 0 : 1);
    for (let day = Date.UTC(2027, 0, 1); day < Date.UTC(2029, 0, 1); day += DAY_MS) {
      for (const now of [new Date(day), new Date(day + DAY_MS - 1)]) {
        const schedule = demoWaveSchedule(now);
        const waves = [...schedule.past, schedule.open];
        const label = now.toISOString();
        expect(schedule.past, label).toHaveLength(DEMO_WAVES.length);
        expect(schedule.open.daysAgo, label).toBe(DEMO_OPEN_WAVE.daysAgo);
        expect(new Set(waves.map((wave) => wave.name)).size, label).toBe(waves.length);
        const opened = waves.map((wave) => new Date(now.getTime() - wave.daysAgo * DAY_MS));
        for (const [index, wave] of waves.entries()) {
          expect(wave.name, label).toBe(demoWaveName(opened[index] as Date));
          if (index === 0) continue;
          const before = waves[index - 1] as (typeof waves)[number];
          expect(halfYear(opened[index] as Date), label).toBe(halfYear(opened[index - 1] as Date) + 1);
          // Half a year apart, so a past wave (open three weeks) has closed before the next opens.
          expect(before.daysAgo - wave.daysAgo, label).toBeGreaterThanOrEqual(181);
          expect(before.daysAgo - wave.daysAgo, label).toBeLessThanOrEqual(184);
        }
      }
    }
  });
});
