import { DIMENSIONS, type Dimension, type ReverseDimension } from '../../domain/questionnaire/item-bank.js';
import { dimensionsOf, type QuestionnaireContent } from '../../domain/questionnaire/questionnaire.js';
import { importanceKey, selfKey } from '../../domain/respond/answers.js';

/**
 * The story the demo's waves tell, as synthetic answers:
 * - Service Desk's responsiveness is a weak point in wave 1; after actions it improves.
 * - Controlling's transparency (monthly reporting) is a weak point in wave 1; it improves.
 * - Einkauf & Logistik's reachability gets worse from wave to wave.
 * Everything else is fair to good, with realistic spread and some "can't judge".
 * The open wave (index 3) carries the story on: the improvements hold, Einkauf stays weak.
 *
 * The past waves, oldest first: each opens a half-year (six calendar months) before the
 * next, the last one a half-year before the open wave. Their dates and names follow the
 * clock: see `demoWaveSchedule`.
 */
export const DEMO_WAVES = [{ halfYearsBefore: 3 }, { halfYearsBefore: 2 }, { halfYearsBefore: 1 }] as const;

/** The wave that is still open, opened a few days ago; its story index follows the past waves. */
export const DEMO_OPEN_WAVE = { daysAgo: 4 } as const;

/** When a demo wave opens, in whole days before today (UTC), and its name. */
export interface DemoWaveDate {
  name: string;
  daysAgo: number;
}

const DAY_MS = 86_400_000;

/** A wave's name from the (UTC) day it opens: January–June is spring, July–December autumn. */
export function demoWaveName(opensAt: Date): string {
  const year = opensAt.getUTCFullYear();
  return opensAt.getUTCMonth() < 6 ? `Frühjahr ${year} / Spring ${year}` : `Herbst ${year} / Autumn ${year}`;
}

/**
 * The demo's waves for a start at `now`: the open wave `DEMO_OPEN_WAVE.daysAgo` days ago and
 * the past waves whole half-years before it (same day of the month, or the month's last
 * day). Each wave is in its own half-year, so no two get the same name.
 */
export function demoWaveSchedule(now: Date): { past: DemoWaveDate[]; open: DemoWaveDate } {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const openDay = new Date(today - DEMO_OPEN_WAVE.daysAgo * DAY_MS);
  const at = (day: Date): DemoWaveDate => ({ name: demoWaveName(day), daysAgo: Math.round((today - day.getTime()) / DAY_MS) });
  return {
    past: DEMO_WAVES.map((wave) => at(monthsBefore(openDay, 6 * wave.halfYearsBefore))),
    open: at(openDay),
  };
}

/** The UTC day `months` calendar months before `day`: the same day of the month, or that month's last day. */
function monthsBefore(day: Date, months: number): Date {
  const year = day.getUTCFullYear();
  const month = day.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(day.getUTCDate(), lastDay)));
}

/** The dimension each unit of the story is about: its comments follow how that dimension is rated. */
export const STORY_DIMENSIONS: Readonly<Record<string, Dimension>> = {
  'service-desk': 'responsiveness',
  controlling: 'transparency',
  procurement: 'reachability',
};

/** Mean perception (1–5) per wave index (0–2 past waves, 3 the open wave) of the story's dimensions. */
const storyMeans: Readonly<Record<string, readonly number[]>> = {
  'service-desk:responsiveness': [2.1, 2.9, 3.6, 3.9],
  'service-desk:reachability': [2.6, 3.1, 3.5, 3.7],
  'controlling:transparency': [2.3, 3.0, 3.7, 3.9],
  'procurement:reachability': [3.8, 3.1, 2.4, 2.2],
};

/** Mean perception (1–5) of a provider's dimension in wave `waveIndex`; later waves keep the last value. */
export function storyMean(providerKey: string, dimension: Dimension, waveIndex: number): number {
  const key = `${providerKey}:${dimension}`;
  const story = storyMeans[key];
  if (story) return story[Math.min(waveIndex, story.length - 1)] as number;
  // A stable, provider-specific baseline so that units differ a little.
  let baseline = baselines.get(key);
  if (baseline === undefined) {
    baseline = 3.5 + ((stableHash(key) % 9) - 4) / 10;
    baselines.set(key, baseline);
  }
  return baseline + waveIndex * 0.05;
}

/** Baselines computed so far: the demo asks for the same few thousands of times. */
const baselines = new Map<string, number>();

const importanceWeights: Readonly<Record<Dimension, number>> = {
  reliability: 4.6,
  reachability: 4.0,
  responsiveness: 4.4,
  courtesy: 3.6,
  helpfulness: 3.9,
  communication: 4.1,
  transparency: 4.2,
  competence: 4.3,
};

/** How important a dimension is to customers: reliability and responsiveness matter most. */
export function storyImportance(dimension: Dimension): number {
  return importanceWeights[dimension];
}

// The keys are built once, not for each of the demo's thousands of answers.
const importanceQuestions = DIMENSIONS.map((dimension) => ({ key: importanceKey(dimension), weight: importanceWeights[dimension] }));

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
    for (const question of importanceQuestions) answers[question.key] = toScale(question.weight + gaussian(random) * 0.6, 1, 5);
  }
  const average = count > 0 ? sum / count : 3;
  if (content.blocks.overall) answers.overall = toScale(average + gaussian(random) * 0.5, 1, 5);
  if (content.blocks.nps) answers.nps = toScale((average - 1) * 2.5 + gaussian(random) * 1.5, 0, 10);
  return answers;
}

/**
 * A provider member's self-assessment (`self:<dimension>`, 1–5): how they think their
 * customers rate them. A little too kind, and blind to what got worse: a unit sees itself
 * as it was at its best.
 */
export function generateSelfAnswers(options: {
  unitKey: string;
  waveIndex: number;
  content: QuestionnaireContent;
  random: () => number;
}): Record<string, number> {
  const { unitKey, waveIndex, random } = options;
  const answers: Record<string, number> = {};
  for (const dimension of dimensionsOf(options.content)) {
    const mean = Math.max(storyMean(unitKey, dimension, waveIndex), storyMean(unitKey, dimension, 0)) + 0.3;
    answers[selfKey(dimension)] = toScale(mean + gaussian(random) * 0.7, 1, 5);
  }
  return answers;
}

/** Mean (1–5) of how a provider rates working with a customer: fair, but Innendienst orders late at Einkauf. */
export function reverseMean(providerKey: string, customerKey: string, dimension: ReverseDimension): number {
  if (providerKey === 'procurement' && customerKey === 'inside-sales' && dimension === 'timely-input') return 2.4;
  return 3.6 + ((stableHash(`${providerKey}>${customerKey}:${dimension}`) % 7) - 3) / 10;
}

/** One provider member's answers to the reverse block about one customer, with some "can't judge". */
export function generateReverseAnswers(options: {
  providerKey: string;
  customerKey: string;
  content: QuestionnaireContent;
  random: () => number;
}): Record<string, number | null> {
  const { random } = options;
  const answers: Record<string, number | null> = {};
  const personalBias = (random() - 0.5) * 0.8;
  for (const item of options.content.items) {
    if (item.block !== 'reverse') continue;
    if (random() < 0.05) {
      answers[item.key] = null;
      continue;
    }
    const mean = reverseMean(options.providerKey, options.customerKey, item.dimension as ReverseDimension) + personalBias;
    answers[item.key] = toScale(mean + gaussian(random) * 0.8, 1, 5);
  }
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

/** A stable number for a text: a seed for `seededRandom`, or a unit's baseline. */
export function stableHash(text: string): number {
  let value = 0;
  for (const character of text) value = (Math.imul(value, 31) + character.charCodeAt(0)) >>> 0;
  return value;
}
