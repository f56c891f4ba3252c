import { describe, expect, it } from 'vitest';
import type { SlaTerms } from './api';
import { checkTermsForm, newTermsForm, parseNumber, termsFormOf, withAggregation, withMetric, type TermsFormState } from './propose-form';

const today = '2026-05-04';
const form = (changes: Partial<TermsFormState>): TermsFormState => ({ ...newTermsForm(), name: 'First response', ...changes });
const agreed: SlaTerms = {
  name: 'Resolution',
  metric: 'resolution-time',
  customMetric: null,
  unit: 'hours',
  target: 8,
  direction: 'at-most',
  aggregation: 'share-within-target',
  requiredShare: 0.9,
  period: 'month',
  dimensions: [],
};

describe('checkTermsForm', () => {
  it.each([
    ['a valid new objective', form({}), []],
    ['no name', form({ name: '  ' }), ['name:nameMissing']],
    ['a long name', form({ name: 'x'.repeat(161) }), ['name:nameTooLong']],
    ['a bad custom key', form({ ...withMetric(form({}), 'custom'), customMetric: 'Report Errors' }), ['customMetric:customMetricFormat']],
    ['a good custom key', form({ ...withMetric(form({}), 'custom'), customMetric: 'report-errors' }), []],
    ['no target', form({ target: '' }), ['target:targetNotNumber']],
    ['a word as target', form({ target: 'four' }), ['target:targetNotNumber']],
    ['a negative target', form({ target: '-1' }), ['target:targetNegative']],
    ['a percent over 100', form({ unit: 'percent', target: '101' }), ['target:targetPercent']],
    ['a share of 0', form({ aggregation: 'share-within-target', requiredSharePercent: '0' }), ['requiredShare:requiredShareRange']],
    ['a share over 100', form({ aggregation: 'share-within-target', requiredSharePercent: '120' }), ['requiredShare:requiredShareRange']],
    ['a past validFrom', form({ validFrom: '2026-05-03' }), ['validFrom:validFromPast']],
    ['validFrom today', form({ validFrom: today }), []],
  ])('%s', (_name, state, expected) => {
    const result = checkTermsForm(state, { today });
    expect(result.problems.map((item) => `${item.field}:${item.problem}`)).toEqual(expected);
    expect(result.terms === null).toBe(expected.length > 0);
  });

  it('builds the terms: comma decimals, share as 0–1, custom key and dimensions only for custom', () => {
    const custom = {
      ...withMetric(form({ name: ' Errors ' }), 'custom'),
      customMetric: 'report-errors',
      target: '2,5',
      dimensions: ['courtesy'],
    };
    expect(checkTermsForm(custom, { today }).terms).toEqual({
      name: 'Errors',
      metric: 'custom',
      customMetric: 'report-errors',
      unit: 'count',
      target: 2.5,
      direction: 'at-most',
      aggregation: 'mean',
      requiredShare: null,
      period: 'month',
      dimensions: ['courtesy'],
    });
    const share = withMetric(form({}), 'resolution-time');
    expect(checkTermsForm({ ...share, requiredSharePercent: '92.5' }, { today }).terms).toMatchObject({
      requiredShare: 0.925,
      customMetric: null,
      dimensions: [],
    });
  });

  it.each([
    ['no validFrom', { target: '6' }, ['validFrom:validFromMissing']],
    ['no change', { validFrom: today }, ['null:nothingChanged']],
    ['a new target', { target: '6', validFrom: today }, []],
  ])('a change with %s', (_name, changes, expected) => {
    const result = checkTermsForm({ ...termsFormOf(agreed), ...changes }, { today, current: agreed });
    expect(result.problems.map((item) => `${item.field}:${item.problem}`)).toEqual(expected);
  });
});

describe('withMetric and withAggregation', () => {
  it('fills in the metric defaults and clears custom fields', () => {
    const custom = { ...withMetric(newTermsForm(), 'custom'), customMetric: 'x', dimensions: ['courtesy'] };
    expect(withMetric(custom, 'availability')).toMatchObject({
      metric: 'availability',
      unit: 'percent',
      direction: 'at-least',
      aggregation: 'mean',
      target: '99',
      customMetric: '',
      dimensions: [],
      requiredSharePercent: '',
    });
    expect(withMetric(newTermsForm(), 'resolution-time')).toMatchObject({ aggregation: 'share-within-target', requiredSharePercent: '90' });
  });

  it.each([
    ['share-within-target', '', '90'],
    ['share-within-target', '80', '80'],
    ['median', '80', ''],
  ] as const)('%s with %s → %s', (aggregation, before, after) => {
    expect(withAggregation(form({ requiredSharePercent: before }), aggregation).requiredSharePercent).toBe(after);
  });
});

describe('parseNumber', () => {
  it.each([
    ['4', 4],
    ['4.5', 4.5],
    ['4,5', 4.5],
    [' 12 ', 12],
    ['', Number.NaN],
    ['.', Number.NaN],
    ['1e3', Number.NaN],
    ['4 h', Number.NaN],
  ])('%j → %s', (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });
});
