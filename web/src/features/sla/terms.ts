import type { TFunction } from 'i18next';
import type { SlaAggregation, SlaDirection, SlaMetric, SlaTerms, SlaUnit } from './api';

/** The dimensions each built-in metric is compared with (as the server does). */
export const METRIC_DIMENSIONS: Readonly<Record<Exclude<SlaMetric, 'custom'>, readonly string[]>> = {
  'first-response-time': ['responsiveness', 'reachability'],
  'resolution-time': ['responsiveness', 'reachability'],
  'on-time-delivery': ['reliability'],
  availability: ['reachability', 'reliability'],
  'error-rate': ['reliability', 'competence'],
};

/** The survey dimensions an objective is compared with: fixed per metric, chosen for a custom one. */
export function dimensionsOf(terms: Pick<SlaTerms, 'metric' | 'dimensions'>): string[] {
  return terms.metric === 'custom' ? [...(terms.dimensions ?? [])] : [...METRIC_DIMENSIONS[terms.metric]];
}

export interface MetricDefaults {
  unit: SlaUnit;
  direction: SlaDirection;
  aggregation: SlaAggregation;
  target: number;
  requiredShare: number | null;
}

const DEFAULTS: Readonly<Record<SlaMetric, MetricDefaults>> = {
  'first-response-time': { unit: 'hours', direction: 'at-most', aggregation: 'p90', target: 4, requiredShare: null },
  'resolution-time': { unit: 'hours', direction: 'at-most', aggregation: 'share-within-target', target: 8, requiredShare: 0.9 },
  'on-time-delivery': { unit: 'percent', direction: 'at-least', aggregation: 'mean', target: 95, requiredShare: null },
  availability: { unit: 'percent', direction: 'at-least', aggregation: 'mean', target: 99, requiredShare: null },
  'error-rate': { unit: 'percent', direction: 'at-most', aggregation: 'mean', target: 2, requiredShare: null },
  custom: { unit: 'count', direction: 'at-most', aggregation: 'mean', target: 0, requiredShare: null },
};

/** Sensible unit, direction, aggregation and target for a metric, for the propose form. */
export function defaultsForMetric(metric: SlaMetric): MetricDefaults {
  return DEFAULTS[metric];
}

function formatNumber(value: number, language: string, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits }).format(value);
}

/** A value with its unit: "4 hours", "95 %", "1 Minute". */
export function formatValue(t: TFunction, value: number | null, unit: SlaUnit, language: string): string {
  if (value === null) return '–';
  return t(`sla.units.${unit}`, { count: value, value: formatNumber(value, language) });
}

/** A share 0 … 1 as a percentage ("90%", "90 %"). */
export function formatShare(t: TFunction, share: number, language: string): string {
  return t('sla.units.percent', { count: share * 100, value: formatNumber(share * 100, language, 1) });
}

/** The metric's name, with the custom key for a custom metric. */
export function metricLabel(t: TFunction, terms: Pick<SlaTerms, 'metric' | 'customMetric'>): string {
  if (terms.metric === 'custom') return t('sla.metricCustomNamed', { key: terms.customMetric ?? '' });
  return t(`sla.metrics.${terms.metric}`);
}

/** The terms in words: "p90 of first response time at most 4 hours per month". */
export function describeTerms(t: TFunction, terms: SlaTerms, language: string): string {
  const values = {
    metric: metricLabel(t, terms),
    direction: t(`sla.directions.${terms.direction}`),
    target: formatValue(t, terms.target, terms.unit, language),
    period: t(`sla.periods.${terms.period}`),
  };
  if (terms.aggregation === 'share-within-target') {
    return t('sla.sentenceShare', { ...values, share: formatShare(t, terms.requiredShare ?? 1, language) });
  }
  return t('sla.sentence', { ...values, aggregation: t(`sla.aggregations.${terms.aggregation}`) });
}

type PeriodFigures = { value: number | null; target: number | null; requiredShare: number | null };

/** A period's value in the objective's unit, or as the share of cases within target. */
export function formatPeriodValue(t: TFunction, period: PeriodFigures, terms: SlaTerms, language: string): string {
  if (period.value === null) return '–';
  if (terms.aggregation === 'share-within-target') {
    return t('sla.compliance.shareValue', { value: formatShare(t, period.value, language) });
  }
  return formatValue(t, period.value, terms.unit, language);
}

/** The target a period was held against: "at most 4 hours" or "90% within 8 hours". */
export function formatPeriodTarget(t: TFunction, period: PeriodFigures, terms: SlaTerms, language: string): string {
  if (period.target === null) return '–';
  const target = formatValue(t, period.target, terms.unit, language);
  if (terms.aggregation === 'share-within-target') {
    return t('sla.compliance.shareTarget', {
      share: formatShare(t, period.requiredShare ?? 1, language),
      direction: t(`sla.directions.${terms.direction}`),
      target,
    });
  }
  return `${t(`sla.directions.${terms.direction}`)} ${target}`;
}
