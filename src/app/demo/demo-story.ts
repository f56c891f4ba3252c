import { DIMENSIONS, type Dimension } from '../../domain/questionnaire/item-bank.js';
import type { QuestionnaireContent } from '../../domain/questionnaire/questionnaire.js';

/**
 * The story the demo's past waves tell, as synthetic answers:
 * - Service Desk's responsiveness is a weak point in wave 1; after actions it improves.
 * - Controlling's transparency (monthly reporting) is a weak point in wave 1; it improves.
 * - Einkauf & Logistik's reachability gets worse from wave to wave.
 * Everything else is fair to good, with realistic spread and some "can't judge".
 */
export const DEMO_WAVES = [
  { name: 'Frühjahr 2025 / Spring 2025', daysAgo: 540 },
  { name: 'Herbst 2025 / Autumn 2025', daysAgo: 360 },
  { name: 'Frühjahr 2026 / Spring 2026', daysAgo: 180 },
] as const;

/** Mean perception (1–5) of a provider's dimension in a past wave (0, 1, 2). */
export function storyMean(providerKey: string, dimension: Dimension, waveIndex: number): number {
  if (providerKey === 'service-desk' && dimension === 'responsiveness') return [2.1, 2.9, 3.6][waveIndex] ?? 3.6;
  if (providerKey === 'service-desk' && dimension === 'reachability') return [2.6, 3.1, 3.5][waveIndex] ?? 3.5;
  if (providerKey === 'controlling' && dimension === 'transparency') return [2.3, 3.0, 3.7][waveIndex] ?? 3.7;
  if (providerKey === 'procurement' && dimension === 'reachability') return [3.8, 3.1, 2.4][waveIndex] ?? 2.4;
  // A stable, provider-specific baseline so that units differ a little.
  const baseline = 3.5 + ((hash(`${providerKey}:${dimension}`) % 9) - 4) / 10;
  return baseline + waveIndex * 0.05;
}

/** How important a dimension is to customers: reliability and responsiveness matter most. */
export function storyImportance(dimension: Dimension): number {
  const weights: Record<Dimension, number> = {
    reliability: 4.6,
    reachability: 4.0,
    responsiveness: 4.4,
    courtesy: 3.6,
    helpfulness: 3.9,
    communication: 4.1,
    transparency: 4.2,
    competence: 4.3,
  };
  return weights[dimension];
}

/** One synthetic respondent's answers about a provider: a 1–5 point near the mean, some "can't judge", a few skipped. */
export function generateDemoAnswers(options: {
  providerKey: string;
  waveIndex: number;
  content: QuestionnaireContent;
  random: () => number;
}): Record<string, number | null> {
  const { content, random } = options;
  const answers: Record<string, number | null> = {};
  const personalBias = (random() - 0.5) * 1.2;
  let sum = 0;
  let count = 0;
  for (const item of content.items) {
    if (item.block !== 'perception') continue;
    const roll = random();
    if (roll < 0.04) continue;
    if (roll < 0.1) {
      answers[item.key] = null;
      continue;
    }
    const mean = storyMean(options.providerKey, item.dimension as Dimension, options.waveIndex) + personalBias;
    const value = toScale(mean + gaussian(random) * 0.8, 1, 5);
    answers[item.key] = value;
    sum += value;
    count += 1;
  }
  if (content.blocks.importance) {
    for (const dimension of DIMENSIONS)
      answers[`importance:${dimension}`] = toScale(storyImportance(dimension) + gaussian(random) * 0.6, 1, 5);
  }
  const average = count > 0 ? sum / count : 3;
  if (content.blocks.overall) answers.overall = toScale(average + gaussian(random) * 0.5, 1, 5);
  if (content.blocks.nps) answers.nps = toScale((average - 1) * 2.5 + gaussian(random) * 1.5, 0, 10);
  return answers;
}

/** A small deterministic pseudo-random generator (mulberry32), so the demo is the same every time. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function gaussian(random: () => number): number {
  // Box–Muller; 1 - random() keeps the logarithm finite.
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

function toScale(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.round(value)));
}

function hash(text: string): number {
  let value = 0;
  for (const character of text) value = (Math.imul(value, 31) + character.charCodeAt(0)) >>> 0;
  return value;
}
