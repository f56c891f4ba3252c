import type { TFunction } from 'i18next';
import type { en } from '../../i18n/en';
import type { Interval, ResultWave } from './api';

type DimensionKey = keyof typeof en.questionnaires.dimensions;

/** The dimension's name in the UI language (the item bank's labels), or its key when unknown. */
export function dimensionLabel(t: TFunction, dimension: string): string {
  return t(`questionnaires.dimensions.${dimension as DimensionKey}`, { defaultValue: dimension });
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(language: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(language, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A mean on the 1–5 scale with two decimals ("3.45", "3,45"); an en dash for none. */
export function formatMean(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined) return '–';
  return formatterFor(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** A difference with its sign ("+0.53", "−1.20"). */
export function formatSigned(value: number | null | undefined, language: string, digits = 2): string {
  if (value === null || value === undefined) return '–';
  const rounded = Number(value.toFixed(digits));
  const text = formatterFor(language, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: rounded === 0 ? 'never' : 'always',
  }).format(rounded);
  return text.replace('-', '−');
}

/** A confidence interval as "3.38–3.61". */
export function formatInterval(interval: Interval | null | undefined, language: string): string {
  if (!interval) return '–';
  return `${formatMean(interval.lower, language)}–${formatMean(interval.upper, language)}`;
}

/** A share 0 … 1 as a whole percentage. */
export function formatShare(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined) return '–';
  return formatterFor(language, { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

/** A whole number, e.g. the satisfaction index 0–100. */
export function formatWhole(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined) return '–';
  return formatterFor(language, { maximumFractionDigits: 0 }).format(value);
}

/** A short name of a wave for chart axes: its opening month ("May 2026"), else its name. */
export function formatWaveShort(wave: Pick<ResultWave, 'name' | 'opensAt'> | undefined, language: string): string {
  if (!wave) return '?';
  if (!wave.opensAt) return wave.name;
  const time = new Date(wave.opensAt);
  if (Number.isNaN(time.getTime())) return wave.name;
  return new Intl.DateTimeFormat(language, { month: 'short', year: 'numeric' }).format(time);
}
