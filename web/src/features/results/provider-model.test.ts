import { describe, expect, it } from 'vitest';
import type { CellSummary, DimensionResult, ProviderReport, ResultWave } from './api';
import {
  buildDimensionBars,
  canSeeUnitResults,
  groupComments,
  hasAnyFigure,
  latestStep,
  listTrendWaves,
  trendWord,
} from './provider-model';

const summary = (mean: number, n = 30): CellSummary => ({
  n,
  mean,
  standardDeviation: 0.7,
  confidenceInterval: { lower: mean - 0.1, upper: mean + 0.1 },
  distribution: null,
  topTwoBox: 0.5,
});
const point = (waveId: string, mean: number) => ({ waveId, n: 30, mean, confidenceInterval: null });
const step = (fromWaveId: string, toWaveId: string, label: 'improved' | 'no-clear-change') => ({
  fromWaveId,
  toWaveId,
  difference: 0.5,
  pValue: 0.01,
  effectSize: 0.6,
  label,
});

const improved: DimensionResult = {
  dimension: 'responsiveness',
  performance: summary(3.5),
  importance: summary(4.4),
  trend: {
    points: [point('w1', 2.1), point('w2', 3), point('w3', 3.5)],
    steps: [step('w1', 'w2', 'improved'), step('w2', 'w3', 'improved')],
  },
};
const firstWave: DimensionResult = { ...improved, dimension: 'courtesy', trend: { points: [point('w3', 3.2)], steps: [] } };
const hiddenNow: DimensionResult = {
  ...improved,
  dimension: 'transparency',
  performance: null,
  trend: { points: [point('w1', 3), point('w2', 3.1)], steps: [step('w1', 'w2', 'no-clear-change')] },
};

describe('trendWord and latestStep', () => {
  it.each([
    ['a step into this wave', improved, 'improved'],
    ['the first wave with figures', firstWave, 'first'],
    ['hidden in this wave', hiddenNow, null],
  ] as const)('%s', (_name, dimension, word) => {
    expect(trendWord(dimension, 'w3')).toBe(word);
  });

  it('takes the step that ends in the wave shown, not the last one', () => {
    expect(latestStep(improved, 'w2')?.fromWaveId).toBe('w1');
    expect(latestStep(hiddenNow, 'w3')).toBeNull();
  });
});

describe('listTrendWaves', () => {
  const waves: ResultWave[] = [
    { id: 'w3', name: 'Spring 2026', status: 'closed', opensAt: '2026-05-01T00:00:00Z', closesAt: null },
    { id: 'w2', name: 'Autumn 2025', status: 'closed', opensAt: '2025-11-01T00:00:00Z', closesAt: null },
    { id: 'w1', name: 'Spring 2025', status: 'archived', opensAt: '2025-05-01T00:00:00Z', closesAt: null },
  ];

  it('lists the waves any dimension has a point in, oldest first', () => {
    expect(listTrendWaves([firstWave, hiddenNow], waves, (wave) => wave?.name.toUpperCase() ?? '')).toEqual([
      { id: 'w1', label: 'SPRING 2025', name: 'Spring 2025' },
      { id: 'w2', label: 'AUTUMN 2025', name: 'Autumn 2025' },
      { id: 'w3', label: 'SPRING 2026', name: 'Spring 2026' },
    ]);
  });

  it('keeps a wave it cannot name, by its id', () => {
    expect(listTrendWaves([{ ...firstWave, trend: { points: [point('gone-wave-id', 3)], steps: [] } }], [], () => '')).toEqual([
      { id: 'gone-wave-id', label: 'gone-wav', name: 'gone-wave-id' },
    ]);
  });
});

describe('buildDimensionBars', () => {
  it('leaves out dimensions hidden for anonymity', () => {
    expect(buildDimensionBars([improved, hiddenNow, firstWave], (dimension) => dimension).map((bar) => bar.label)).toEqual([
      'responsiveness',
      'courtesy',
    ]);
  });
});

describe('groupComments', () => {
  it('sorts comments into keep, start and stop, lists repeated ones once with their count, most frequent first', () => {
    const groups = groupComments([
      { topic: 'keep', text: 'Fast replies', group: 'Sales' },
      { topic: 'start', text: 'Self-service resets', group: 'Sales' },
      { topic: 'keep', text: 'Drop-in hour', group: 'Sales' },
      { topic: 'keep', text: 'Drop-in hour ', group: 'Sales' },
      { topic: 'keep', text: 'Drop-in hour', group: 'IT' },
      { topic: 'other', text: 'ignored', group: null },
    ]);
    expect(groups.keep).toEqual([
      { text: 'Drop-in hour', group: 'Sales', count: 2 },
      { text: 'Fast replies', group: 'Sales', count: 1 },
      { text: 'Drop-in hour', group: 'IT', count: 1 },
    ]);
    expect(groups.start).toHaveLength(1);
    expect(groups.stop).toEqual([]);
  });
});

describe('canSeeUnitResults', () => {
  it.each([
    [{ role: 'admin', unitId: null }, true],
    [{ role: 'executive', unitId: null }, true],
    [{ role: 'lead', unitId: 'service-desk' }, true],
    [{ role: 'lead', unitId: 'controlling' }, false],
    [null, false],
  ] as const)('%j may see service-desk: %s', (account, expected) => {
    expect(canSeeUnitResults(account, 'service-desk')).toBe(expected);
  });
});

describe('hasAnyFigure', () => {
  const report = { overall: null, nps: null, dimensions: [hiddenNow] } as unknown as ProviderReport;
  it('is false when every figure is hidden, true with one dimension shown', () => {
    expect(hasAnyFigure(report)).toBe(false);
    expect(hasAnyFigure({ ...report, dimensions: [hiddenNow, improved] })).toBe(true);
  });
});
