import type { SlaAggregation, SlaDirection, SlaMetric, PeriodKind, SlaTerms, SlaUnit } from './api';
import { defaultsForMetric } from './terms';

/** What the propose form holds: numbers as typed, the required share in percent. */
export interface TermsFormState {
  name: string;
  metric: SlaMetric;
  customMetric: string;
  unit: SlaUnit;
  target: string;
  direction: SlaDirection;
  aggregation: SlaAggregation;
  requiredSharePercent: string;
  period: PeriodKind;
  dimensions: string[];
  validFrom: string;
}

export type TermsField = 'name' | 'customMetric' | 'target' | 'requiredShare' | 'validFrom';
export type TermsProblem =
  | 'nameMissing'
  | 'nameTooLong'
  | 'customMetricFormat'
  | 'targetNotNumber'
  | 'targetNegative'
  | 'targetPercent'
  | 'requiredShareRange'
  | 'validFromMissing'
  | 'validFromPast'
  | 'nothingChanged';

const CUSTOM_METRIC = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_NAME = 160;
const MAX_CUSTOM_METRIC = 60;

/** An empty form for a new objective, with the defaults of the first response time. */
export function newTermsForm(): TermsFormState {
  return withMetric(
    {
      name: '',
      metric: 'first-response-time',
      customMetric: '',
      unit: 'hours',
      target: '',
      direction: 'at-most',
      aggregation: 'mean',
      requiredSharePercent: '',
      period: 'month',
      dimensions: [],
      validFrom: '',
    },
    'first-response-time',
  );
}

/** A form prefilled with a version's terms, for proposing a change. */
export function termsFormOf(version: SlaTerms): TermsFormState {
  return {
    name: version.name,
    metric: version.metric,
    customMetric: version.customMetric ?? '',
    unit: version.unit,
    target: String(version.target),
    direction: version.direction,
    aggregation: version.aggregation,
    requiredSharePercent: version.requiredShare === null ? '' : String(roundPercent(version.requiredShare * 100)),
    period: version.period,
    dimensions: [...(version.dimensions ?? [])],
    validFrom: '',
  };
}

/** Switches the metric and fills in its default unit, direction, aggregation and target. */
export function withMetric(state: TermsFormState, metric: SlaMetric): TermsFormState {
  const defaults = defaultsForMetric(metric);
  return {
    ...state,
    metric,
    customMetric: metric === 'custom' ? state.customMetric : '',
    dimensions: metric === 'custom' ? state.dimensions : [],
    unit: defaults.unit,
    direction: defaults.direction,
    aggregation: defaults.aggregation,
    target: String(defaults.target),
    requiredSharePercent: defaults.requiredShare === null ? '' : String(roundPercent(defaults.requiredShare * 100)),
  };
}

/** Switches the aggregation; a share within target starts at 90 %. */
export function withAggregation(state: TermsFormState, aggregation: SlaAggregation): TermsFormState {
  const requiredSharePercent = aggregation === 'share-within-target' ? state.requiredSharePercent || '90' : '';
  return { ...state, aggregation, requiredSharePercent };
}

/** Parses a number as typed, with a decimal point or comma; NaN for anything else. */
export function parseNumber(text: string): number {
  const trimmed = text.trim().replace(',', '.');
  return trimmed === '' || !/^-?\d*(\.\d*)?$/.test(trimmed) || trimmed === '.' ? Number.NaN : Number(trimmed);
}

/**
 * Checks the form as the server would and builds the terms. A change (isChange) needs a
 * validFrom and must change something; a new objective may leave validFrom empty (today).
 */
export function checkTermsForm(
  state: TermsFormState,
  options: { today: string; current?: SlaTerms | null },
): { terms: SlaTerms | null; problems: { field: TermsField | null; problem: TermsProblem }[] } {
  const problems: { field: TermsField | null; problem: TermsProblem }[] = [];
  const name = state.name.trim();
  if (name === '') problems.push({ field: 'name', problem: 'nameMissing' });
  else if (name.length > MAX_NAME) problems.push({ field: 'name', problem: 'nameTooLong' });
  const customMetric = state.customMetric.trim();
  if (state.metric === 'custom' && (!CUSTOM_METRIC.test(customMetric) || customMetric.length > MAX_CUSTOM_METRIC)) {
    problems.push({ field: 'customMetric', problem: 'customMetricFormat' });
  }
  const target = parseNumber(state.target);
  if (Number.isNaN(target)) problems.push({ field: 'target', problem: 'targetNotNumber' });
  else if (target < 0) problems.push({ field: 'target', problem: 'targetNegative' });
  else if (state.unit === 'percent' && target > 100) problems.push({ field: 'target', problem: 'targetPercent' });
  const isShare = state.aggregation === 'share-within-target';
  const sharePercent = parseNumber(state.requiredSharePercent);
  if (isShare && (Number.isNaN(sharePercent) || sharePercent <= 0 || sharePercent > 100)) {
    problems.push({ field: 'requiredShare', problem: 'requiredShareRange' });
  }
  const isChange = options.current !== undefined && options.current !== null;
  if (state.validFrom === '') {
    if (isChange) problems.push({ field: 'validFrom', problem: 'validFromMissing' });
  } else if (state.validFrom < options.today) problems.push({ field: 'validFrom', problem: 'validFromPast' });
  if (problems.length > 0) return { terms: null, problems };
  const terms: SlaTerms = {
    name,
    metric: state.metric,
    customMetric: state.metric === 'custom' ? customMetric : null,
    unit: state.unit,
    target,
    direction: state.direction,
    aggregation: state.aggregation,
    requiredShare: isShare ? roundShare(sharePercent / 100) : null,
    period: state.period,
    dimensions: state.metric === 'custom' ? [...state.dimensions] : [],
  };
  if (isChange && !changesSomething(options.current as SlaTerms, terms)) {
    return { terms: null, problems: [{ field: null, problem: 'nothingChanged' }] };
  }
  return { terms, problems };
}

function changesSomething(current: SlaTerms, next: SlaTerms): boolean {
  return (['name', 'target', 'direction', 'aggregation', 'requiredShare'] as const).some((field) => current[field] !== next[field]);
}

function roundPercent(value: number): number {
  return Math.round(value * 100) / 100;
}

function roundShare(value: number): number {
  return Math.round(value * 10000) / 10000;
}
