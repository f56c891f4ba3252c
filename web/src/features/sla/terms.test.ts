// @vitest-environment happy-dom
import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n';
import type { SlaTerms } from './api';
import { defaultsForMetric, describeTerms, dimensionsOf, formatPeriodTarget, formatPeriodValue, formatValue } from './terms';

const terms = (changes: Partial<SlaTerms>): SlaTerms => ({
  name: 'x',
  metric: 'first-response-time',
  customMetric: null,
  unit: 'hours',
  target: 4,
  direction: 'at-most',
  aggregation: 'p90',
  requiredShare: null,
  period: 'month',
  ...changes,
});

beforeAll(() => {
  initI18n('en');
});

describe('describeTerms', () => {
  it.each([
    ['en', terms({}), 'p90 of first response time at most 4 hours per month'],
    ['de', terms({}), 'p90 der Erstreaktionszeit höchstens 4 Stunden pro Monat'],
    [
      'en',
      terms({ metric: 'availability', unit: 'percent', target: 99.5, direction: 'at-least', aggregation: 'mean' }),
      'mean of availability at least 99.5% per month',
    ],
    [
      'de',
      terms({ metric: 'availability', unit: 'percent', target: 99.5, direction: 'at-least', aggregation: 'mean' }),
      'Mittelwert der Verfügbarkeit mindestens 99,5 % pro Monat',
    ],
    [
      'en',
      terms({ metric: 'resolution-time', target: 8, aggregation: 'share-within-target', requiredShare: 0.9, period: 'week' }),
      'at least 90% of cases with resolution time at most 8 hours, per week',
    ],
    [
      'de',
      terms({
        metric: 'resolution-time',
        target: 1,
        unit: 'days',
        aggregation: 'share-within-target',
        requiredShare: 0.95,
        period: 'quarter',
      }),
      'mindestens 95 % der Fälle mit Lösungszeit höchstens 1 Tag, pro Quartal',
    ],
    [
      'en',
      terms({ metric: 'custom', customMetric: 'report-errors', unit: 'count', target: 2, aggregation: 'median' }),
      'median of metric “report-errors” at most 2 per month',
    ],
    ['en', terms({ unit: 'minutes', target: 1 }), 'p90 of first response time at most 1 minute per month'],
  ] as const)('%s: %j', (language, value, expected) => {
    expect(describeTerms(i18n.getFixedT(language), value, language)).toBe(expected);
  });
});

describe('defaultsForMetric', () => {
  it.each([
    ['first-response-time', 'hours', 'at-most', 'p90'],
    ['resolution-time', 'hours', 'at-most', 'share-within-target'],
    ['on-time-delivery', 'percent', 'at-least', 'mean'],
    ['availability', 'percent', 'at-least', 'mean'],
    ['error-rate', 'percent', 'at-most', 'mean'],
    ['custom', 'count', 'at-most', 'mean'],
  ] as const)('%s → %s, %s, %s', (metric, unit, direction, aggregation) => {
    const defaults = defaultsForMetric(metric);
    expect([defaults.unit, defaults.direction, defaults.aggregation]).toEqual([unit, direction, aggregation]);
    expect(defaults.requiredShare === null).toBe(aggregation !== 'share-within-target');
  });
});

describe('dimensionsOf', () => {
  it.each([
    ['first-response-time', [], ['responsiveness', 'reachability']],
    ['on-time-delivery', ['courtesy'], ['reliability']],
    ['error-rate', undefined, ['reliability', 'competence']],
    ['custom', ['courtesy', 'communication'], ['courtesy', 'communication']],
    ['custom', undefined, []],
  ] as const)('%s with %j → %j', (metric, dimensions, expected) => {
    expect(dimensionsOf({ metric, dimensions: dimensions ? [...dimensions] : undefined })).toEqual(expected);
  });
});

describe('period figures', () => {
  const t = () => i18n.getFixedT('en');
  it.each([
    [terms({}), { value: 3.25, target: 4, requiredShare: null }, '3.25 hours', 'at most 4 hours'],
    [
      terms({ aggregation: 'share-within-target', requiredShare: 0.9, target: 8 }),
      { value: 0.875, target: 8, requiredShare: 0.9 },
      '87.5% within target',
      '90% at most 8 hours',
    ],
    [terms({}), { value: null, target: null, requiredShare: null }, '–', '–'],
  ] as const)('%#', (value, period, expectedValue, expectedTarget) => {
    expect(formatPeriodValue(t(), period, value, 'en')).toBe(expectedValue);
    expect(formatPeriodTarget(t(), period, value, 'en')).toBe(expectedTarget);
  });

  it('formats values with the unit in German', () => {
    expect(formatValue(i18n.getFixedT('de'), 2.5, 'days', 'de')).toBe('2,5 Tage');
    expect(formatValue(i18n.getFixedT('de'), null, 'days', 'de')).toBe('–');
  });
});
