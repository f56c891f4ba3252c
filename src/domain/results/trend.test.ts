import { describe, expect, it } from 'vitest';
import { aggregateFromValues } from './aggregate.js';
import { describeTrend } from './trend.js';

const agreement = { min: 1, max: 5 };
const wave = (waveId: string, values: number[]) => ({ waveId, aggregate: aggregateFromValues(agreement, values) });

// Reference values from SciPy (scipy.stats.ttest_ind with equal_var=False, scipy.stats.t.interval).
describe('describeTrend', () => {
  const waves = [wave('2024', [3, 3, 4, 2, 3, 4, 3, 2]), wave('2025', [4, 5, 4, 4, 5, 3, 4, 5]), wave('2026', [4, 4, 5, 3, 4, 5, 4, 4])];

  it('gives each wave its mean and 95 % confidence interval', () => {
    const { points } = describeTrend(waves);
    expect(points.map((point) => [point.waveId, point.n, point.mean])).toEqual([
      ['2024', 8, 3],
      ['2025', 8, 4.25],
      ['2026', 8, 4.125],
    ]);
    expect(points[0]?.confidenceInterval?.lower).toBeCloseTo(2.368028, 6);
    expect(points[0]?.confidenceInterval?.upper).toBeCloseTo(3.631972, 6);
    expect(points[2]?.confidenceInterval?.lower).toBeCloseTo(3.589219, 6);
  });

  it('labels each step between consecutive waves', () => {
    const { steps } = describeTrend(waves);
    expect(steps.map((step) => [step.fromWaveId, step.toWaveId, step.difference, step.label])).toEqual([
      ['2024', '2025', 1.25, 'improved'],
      ['2025', '2026', -0.125, 'no-clear-change'],
    ]);
    // 2024 → 2025: t = 3.4157, df = 13.94, p = 0.004204, Hedges' g = 1.6147.
    expect(steps[0]?.pValue).toBeCloseTo(0.004204, 6);
    expect(steps[0]?.effectSize).toBeCloseTo(1.614671, 6);
    // 2025 → 2026: p = 0.7166, g = −0.1751.
    expect(steps[1]?.pValue).toBeCloseTo(0.716623, 6);
    expect(steps[1]?.effectSize).toBeCloseTo(-0.175136, 6);
  });

  it('labels a clear drop as worsened', () => {
    // t = −6.7082, df = 10, p = 0.0000531.
    const { steps } = describeTrend([wave('2025', [5, 4, 5, 5, 4, 5]), wave('2026', [3, 2, 3, 2, 3, 3])]);
    expect(steps[0]).toMatchObject({ difference: expect.closeTo(-2, 12), label: 'worsened' });
    expect(steps[0]?.pValue).toBeCloseTo(0.0000531, 7);
  });

  it('follows the significance level', () => {
    // p = 0.004204 is clear at 0.05 and at 0.01 but not at 0.001.
    expect(describeTrend(waves.slice(0, 2), 0.01).steps[0]?.label).toBe('improved');
    expect(describeTrend(waves.slice(0, 2), 0.001).steps[0]?.label).toBe('no-clear-change');
  });

  it('does not test a step with a wave of fewer than two answers', () => {
    const { points, steps } = describeTrend([wave('2024', [3, 4]), wave('2025', [5]), wave('2026', [])]);
    expect(points.map((point) => [point.n, point.mean, point.confidenceInterval])).toEqual([
      [2, 3.5, expect.any(Object)],
      [1, 5, null],
      [0, null, null],
    ]);
    expect(steps).toEqual([
      { fromWaveId: '2024', toWaveId: '2025', difference: 1.5, pValue: null, effectSize: null, label: 'too-few-answers' },
      { fromWaveId: '2025', toWaveId: '2026', difference: null, pValue: null, effectSize: null, label: 'too-few-answers' },
    ]);
  });

  it('has points but no steps for a single wave, and nothing for none', () => {
    expect(describeTrend([wave('2024', [3, 4])]).steps).toEqual([]);
    expect(describeTrend([])).toEqual({ points: [], steps: [] });
  });
});
