import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregateMeasurements,
  checkMeasurement,
  describeCompliance,
  describeComplianceTrend,
  judgePeriod,
  medianOf,
  nearestRankPercentile,
  type Measurement,
  type PeriodCompliance,
} from './compliance.js';
import type { SlaObjective, SlaTerms } from './objective.js';
import { periodOf } from './periods.js';

const terms = (overrides: Partial<SlaTerms> = {}): SlaTerms => ({
  name: 'Resolution time',
  metric: 'resolution-time',
  customMetric: null,
  unit: 'hours',
  target: 8,
  direction: 'at-most',
  aggregation: 'p90',
  requiredShare: null,
  period: 'month',
  dimensions: [],
  ...overrides,
});

describe('nearestRankPercentile and medianOf (hand-computed)', () => {
  const ten = [12, 3, 45, 7, 22, 18, 5, 30, 9, 14]; // sorted: 3 5 7 9 12 14 18 22 30 45
  it.each([
    ['p90 of ten values: rank ⌈0.9·10⌉ = 9', ten, 0.9, 30],
    ['p90 of 1 … 10', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9, 9],
    ['p90 of eleven values: rank ⌈9.9⌉ = 10', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 0.9, 10],
    ['p90 of twenty values: rank 18', Array.from({ length: 20 }, (_, index) => index + 1), 0.9, 18],
    ['p90 of one value', [4.5], 0.9, 4.5],
    ['p90 of two values: rank ⌈1.8⌉ = 2', [2, 1], 0.9, 2],
    ['p70 of 1 … 10: rank 7, though 0.7·10 is 7.000000000000001 in floating point', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.7, 7],
    ['p100 is the maximum', ten, 1, 45],
  ])('%s', (_name, values, p, expected) => {
    expect(nearestRankPercentile(values, p)).toBe(expected);
  });

  it('has no percentile without values and refuses p outside (0, 1]', () => {
    expect(nearestRankPercentile([], 0.9)).toBeNull();
    expect(() => nearestRankPercentile([1], 0)).toThrow(RangeError);
    expect(() => nearestRankPercentile([1], 1.5)).toThrow(RangeError);
  });

  it.each([
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[], null],
  ])('median of %j = %s', (values, expected) => {
    expect(medianOf(values)).toBe(expected);
  });
});

describe('aggregateMeasurements and judgePeriod', () => {
  it.each([
    ['mean, at most, below', terms({ aggregation: 'mean' }), [6, 7, 8], 7, 'met'],
    [
      'mean on the target (floating point: 0.1 + 0.2)',
      terms({ aggregation: 'mean', target: 0.15 }),
      [0.1, 0.2],
      0.15000000000000002,
      'met',
    ],
    ['mean, at most, above', terms({ aggregation: 'mean' }), [8, 9], 8.5, 'missed'],
    ['median of an even count', terms({ aggregation: 'median' }), [2, 12, 6, 10], 8, 'met'],
    ['median, at least, below', terms({ aggregation: 'median', direction: 'at-least', target: 99 }), [98, 99.5, 97], 98, 'missed'],
    ['one measurement on the target', terms(), [8], 8, 'met'],
    ['p90 of ten values', terms(), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 9, 'missed'],
    [
      'availability at least, met',
      terms({ unit: 'percent', aggregation: 'mean', direction: 'at-least', target: 99.5 }),
      [99.9, 99.7, 99.2],
      99.6,
      'met',
    ],
    [
      'share exactly at the required share: 9 of 10 within 8 hours',
      terms({ aggregation: 'share-within-target', requiredShare: 0.9 }),
      [1, 2, 3, 4, 5, 6, 7, 8, 8, 12],
      0.9,
      'met',
    ],
    [
      'share below the required share: 8 of 10',
      terms({ aggregation: 'share-within-target', requiredShare: 0.9 }),
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 12],
      0.8,
      'missed',
    ],
    [
      'share, at least: 2 of 3 deliveries at least 95 % complete',
      terms({ unit: 'percent', aggregation: 'share-within-target', direction: 'at-least', target: 95, requiredShare: 2 / 3 }),
      [95, 100, 90],
      2 / 3,
      'met',
    ],
  ])('%s', (_name, objective, values, value, status) => {
    const aggregated = aggregateMeasurements(values, objective);
    expect(aggregated).toBeCloseTo(value, 12);
    expect(judgePeriod(aggregated!, objective)).toBe(status);
  });

  it('has no value without measurements', () => {
    for (const aggregation of ['mean', 'median', 'p90', 'share-within-target'] as const) {
      expect(aggregateMeasurements([], terms({ aggregation, requiredShare: 0.9 }))).toBeNull();
    }
  });

  it('agrees: p90 at most T exactly when at least 90 % of the cases are at most T', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 0, max: 20 }),
        (values, target) => {
          const byPercentile = terms({ target });
          const byShare = terms({ target, aggregation: 'share-within-target', requiredShare: 0.9 });
          expect(judgePeriod(aggregateMeasurements(values, byPercentile)!, byPercentile)).toBe(
            judgePeriod(aggregateMeasurements(values, byShare)!, byShare),
          );
        },
      ),
    );
  });
});

describe('describeCompliance', () => {
  const version = (number: number, target: number, validFrom: string, status: SlaObjective['status']): SlaObjective => ({
    ...terms({ target }),
    id: `v${number}`,
    objectiveId: 'o1',
    version: number,
    relationshipId: 'r1',
    status,
    validFrom,
    proposedBy: { side: 'customer', accountId: 'a1', at: '2025-12-10T00:00:00.000Z' },
    agreedBy: { side: 'provider', accountId: 'a2', at: '2025-12-11T00:00:00.000Z' },
    closedBy: null,
    supersededAt: null,
  });
  // Target 8 hours from January; from March the sides agreed on 6 hours.
  const versions = [version(1, 8, '2026-01-01', 'superseded'), version(2, 6, '2026-03-01', 'agreed')];
  const january = [1, 2, 3, 4, 5, 6, 7, 7, 7.5, 12]; // p90: 9th of 10 = 7.5
  const measure = (at: string, value: number, overrides: Partial<Measurement> = {}): Measurement => ({
    relationshipId: 'r1',
    metric: 'resolution-time',
    at,
    value,
    ...overrides,
  });
  const measurements = [
    measure('2025-12-20T10:00:00.000Z', 3),
    ...january.map((value, index) => measure(`2026-01-${String(index + 10)}T08:00:00.000Z`, value)),
    // February has measurements of another relationship and another metric only.
    measure('2026-02-10T08:00:00.000Z', 1, { relationshipId: 'r2' }),
    measure('2026-02-10T08:00:00.000Z', 1, { metric: 'first-response-time' }),
    ...january.map((value, index) => measure(`2026-03-${String(index + 10)}`, value)),
    measure('2026-04-02T08:00:00.000Z', 5),
  ];
  const periods = describeCompliance({
    versions,
    measurements,
    from: new Date('2025-12-01T00:00:00.000Z'),
    to: new Date('2026-06-30T00:00:00.000Z'),
    now: new Date('2026-04-15T00:00:00.000Z'),
  });

  it.each([
    ['2025-12', 'no-objective', null, 1, null, false],
    ['2026-01', 'met', 'v1', 10, 7.5, false],
    ['2026-02', 'missing', 'v1', 0, null, false],
    ['2026-03', 'missed', 'v2', 10, 7.5, false],
    ['2026-04', 'met', 'v2', 1, 5, true],
  ])('%s: %s by %s', (label, status, versionId, count, value, isRunning) => {
    const period = periods.find((entry) => entry.period.label === label);
    expect(period).toMatchObject({ status, count, value, isRunning });
    expect(period?.objective?.id ?? null).toBe(versionId);
  });

  it('ends with the period containing now', () => {
    expect(periods.map((entry) => entry.period.label)).toEqual(['2025-12', '2026-01', '2026-02', '2026-03', '2026-04']);
  });

  it('has nothing to say without versions', () => {
    expect(describeCompliance({ versions: [], measurements, from: new Date(0), to: new Date(), now: new Date() })).toEqual([]);
  });
});

describe('describeComplianceTrend', () => {
  const entry = (status: PeriodCompliance['status'], isRunning = false): PeriodCompliance => ({
    period: periodOf(new Date('2026-01-01T00:00:00.000Z'), 'month'),
    objective: null,
    status,
    count: 0,
    value: null,
    isRunning,
  });

  it('counts only ended, judged periods; the share of met is among periods with data', () => {
    const trend = describeComplianceTrend(
      ['no-objective', 'met', 'missing', 'missed', 'met', 'met']
        .map((status) => entry(status as PeriodCompliance['status']))
        .concat(entry('missed', true)),
      3,
    );
    expect(trend).toEqual({
      judged: 5,
      met: 3,
      missed: 1,
      missing: 1,
      metShare: 0.75,
      recent: ['missed', 'met', 'met'],
      streak: { status: 'met', length: 2 },
    });
  });

  it('lets a missing period end a streak and never counts it as met', () => {
    const trend = describeComplianceTrend([entry('met'), entry('missing'), entry('missing')]);
    expect(trend).toMatchObject({ metShare: 1, recent: ['met', 'missing', 'missing'], streak: { status: 'missing', length: 2 } });
  });

  it('has no share and no streak without judged periods', () => {
    expect(describeComplianceTrend([entry('no-objective'), entry('met', true)])).toEqual({
      judged: 0,
      met: 0,
      missed: 0,
      missing: 0,
      metShare: null,
      recent: [],
      streak: null,
    });
    expect(describeComplianceTrend([entry('missing')]).metShare).toBeNull();
  });
});

describe('checkMeasurement', () => {
  it.each([
    [{ at: '2026-03-01T09:30:00Z', value: 4 }, 'hours', []],
    [{ at: '2026-03-01', value: 99.9 }, 'percent', []],
    [{ at: '2026-03-01T09:30:00+01:00', value: 0 }, 'count', []],
    [{ at: 'yesterday', value: 4 }, 'hours', ['at']],
    [{ at: '2026-03-01T09:30:00', value: 4 }, 'hours', ['at']],
    [{ at: '2026-02-30', value: 4 }, 'hours', ['at']],
    [{ at: '2026-02-30T09:30:00Z', value: 4 }, 'hours', ['at']],
    [{ at: '2026-03-01', value: Number.NaN }, 'hours', ['value']],
    [{ at: '2026-03-01', value: -1 }, 'minutes', ['value']],
    [{ at: '2026-03-01', value: 100.1 }, 'percent', ['value']],
  ] as const)('%j in %s', (measurement, unit, fields) => {
    expect(checkMeasurement(measurement, unit).map((problem) => problem.field)).toEqual(fields);
  });
});
