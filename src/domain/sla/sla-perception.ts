import type { SlaPerceptionFlag } from '../../contract/vocabulary.js';
import type { BilingualText, Dimension } from '../questionnaire/item-bank.js';
import type { PeriodCompliance } from './compliance.js';
import type { SlaMetric } from './objective.js';

/**
 * SLA beside perception: whether what was measured and what the customers felt agree. For a
 * relationship and period, the SLA's compliance is set beside the perceived quality of the
 * dimensions the metric bears on, from the wave that matches the period (its released
 * figures only: the anonymity engine has decided what may be shown).
 */

/** The dimensions each metric bears on; a custom metric names its own (none unless selected). */
export const METRIC_DIMENSIONS: Readonly<Record<SlaMetric, readonly Dimension[]>> = {
  'first-response-time': ['responsiveness', 'reachability'],
  'resolution-time': ['responsiveness', 'reachability'],
  'on-time-delivery': ['reliability'],
  availability: ['reachability', 'reliability'],
  'error-rate': ['reliability', 'competence'],
  custom: [],
};

/** Below this mean on the 1–5 agreement scale perception is red, unless a benchmark is given instead. */
export const DEFAULT_PERCEPTION_THRESHOLD = 3.5;

export type { SlaPerceptionFlag };

/** A released perception figure of one dimension for the relationship; mean null when held back or without answers. */
export interface DimensionPerception {
  dimension: Dimension;
  mean: number | null;
  n: number;
}

export interface SlaPerception {
  /** The SLA's status in the period (`no-objective` when none applied). */
  sla: PeriodCompliance['status'];
  dimensions: Dimension[];
  /** The matching dimensions' released means and whether each is below the threshold. */
  perceptions: { dimension: Dimension; mean: number; isBelowThreshold: boolean }[];
  /** The unweighted mean of the matching dimensions' means; null when none was released. */
  perceptionMean: number | null;
  threshold: number;
  flag: SlaPerceptionFlag;
}

/** The dimensions an objective's metric bears on: the fixed mapping, or for `custom` those selected. */
export function dimensionsForMetric(metric: SlaMetric, selected: readonly Dimension[] = []): Dimension[] {
  return metric === 'custom' ? [...new Set(selected)] : [...METRIC_DIMENSIONS[metric]];
}

/**
 * Sets one period's SLA compliance beside the perception of the matching dimensions and flags
 * the combination. The dimensions' means are averaged unweighted, so each dimension counts
 * once however many answered it; perception is green at or above the threshold (3.5 unless
 * given, e.g. the company benchmark of these dimensions). Without an SLA verdict (met or
 * missed) or without a released mean the flag is `no-data`.
 */
export function compareSlaWithPerception(options: {
  compliance: Pick<PeriodCompliance, 'status'>;
  metric: SlaMetric;
  perceptions: readonly DimensionPerception[];
  selectedDimensions?: readonly Dimension[];
  threshold?: number;
}): SlaPerception {
  const threshold = options.threshold ?? DEFAULT_PERCEPTION_THRESHOLD;
  const dimensions = dimensionsForMetric(options.metric, options.selectedDimensions);
  const perceptions = dimensions.flatMap((dimension) => {
    const mean = options.perceptions.find((entry) => entry.dimension === dimension)?.mean ?? null;
    return mean === null ? [] : [{ dimension, mean, isBelowThreshold: mean < threshold }];
  });
  const perceptionMean = perceptions.length === 0 ? null : perceptions.reduce((sum, entry) => sum + entry.mean, 0) / perceptions.length;
  const sla = options.compliance.status;
  return { sla, dimensions, perceptions, perceptionMean, threshold, flag: flagOf(sla, perceptionMean, threshold) };
}

function flagOf(sla: PeriodCompliance['status'], perceptionMean: number | null, threshold: number): SlaPerceptionFlag {
  if ((sla !== 'met' && sla !== 'missed') || perceptionMean === null) return 'no-data';
  const isPerceptionGreen = perceptionMean >= threshold;
  if (sla === 'met') return isPerceptionGreen ? 'both-green' : 'green-sla-red-perception';
  return isPerceptionGreen ? 'red-sla-green-perception' : 'both-red';
}

/** What a flag means and what to do about it, for the UI. */
export interface FlagExplanation {
  title: BilingualText;
  meaning: BilingualText;
  advice: BilingualText;
}

export const SLA_PERCEPTION_EXPLANATIONS: Readonly<Record<SlaPerceptionFlag, FlagExplanation>> = {
  'both-green': {
    title: { de: 'SLA erfüllt, Wahrnehmung gut', en: 'SLA met, perception good' },
    meaning: {
      de: 'Die vereinbarten Ziele werden erreicht, und die internen Kunden erleben die Leistung auch so.',
      en: 'The agreed objectives are met, and the internal customers experience the service that way too.',
    },
    advice: {
      de: 'Beibehalten. Prüfen Sie in der nächsten Retrospektive, ob die Ziele noch das Richtige messen oder angehoben werden können.',
      en: 'Keep it up. In the next retrospective, check whether the objectives still measure the right thing or can be raised.',
    },
  },
  'green-sla-red-perception': {
    title: { de: 'SLA grün, Wahrnehmung rot', en: 'Green SLA, red perception' },
    meaning: {
      de: 'Die Zahlen stimmen, aber die internen Kunden sind unzufrieden: Das SLA misst vermutlich nicht, worauf es ihnen ankommt, oder das Ziel ist zu bequem.',
      en: 'The figures are fine, but the internal customers are not satisfied: the SLA probably does not measure what matters to them, or the target is too easy.',
    },
    advice: {
      de: 'Fragen Sie die Kunden in einer Retrospektive, was sie konkret stört (Kommentare der Welle lesen). Schärfen Sie Metrik oder Ziel nach, statt nur das SLA zu verteidigen.',
      en: "Ask the customers in a retrospective what exactly bothers them (read the wave's comments). Sharpen the metric or target instead of defending the SLA.",
    },
  },
  'red-sla-green-perception': {
    title: { de: 'SLA rot, Wahrnehmung grün', en: 'Red SLA, green perception' },
    meaning: {
      de: 'Das Ziel wird verfehlt, doch die internen Kunden sind zufrieden: Das Ziel ist womöglich strenger als nötig, oder gute Zusammenarbeit gleicht die Lücke aus.',
      en: 'The objective is missed, yet the internal customers are satisfied: the target may be stricter than needed, or good cooperation makes up for the gap.',
    },
    advice: {
      de: 'Klären Sie gemeinsam, ob das Ziel realistisch und wichtig ist. Passen Sie es an oder beheben Sie die Ursache, bevor die Zufriedenheit nachlässt.',
      en: 'Clarify together whether the target is realistic and important. Adjust it, or fix the cause before satisfaction slips.',
    },
  },
  'both-red': {
    title: { de: 'SLA verfehlt, Wahrnehmung schlecht', en: 'SLA missed, perception poor' },
    meaning: {
      de: 'Zahlen und Erleben stimmen überein: Die Leistung reicht nicht aus.',
      en: 'Figures and experience agree: the service falls short.',
    },
    advice: {
      de: 'Legen Sie eine Maßnahme mit Verantwortlichen und Termin an und verfolgen Sie die Messwerte bis zur nächsten Welle.',
      en: 'Create an action with an owner and a due date, and follow the measurements until the next wave.',
    },
  },
  'no-data': {
    title: { de: 'Keine Gegenüberstellung möglich', en: 'No comparison possible' },
    meaning: {
      de: 'Für diesen Zeitraum fehlen Messwerte, ein vereinbartes SLA oder freigegebene Umfrageergebnisse (zu wenige Antworten für die Anonymität).',
      en: 'This period lacks measurements, an agreed SLA or released survey results (too few answers for anonymity).',
    },
    advice: {
      de: 'Erfassen Sie die Messwerte des Zeitraums, vereinbaren Sie ein SLA oder warten Sie auf die nächste Welle.',
      en: "Record the period's measurements, agree an SLA, or wait for the next wave.",
    },
  },
};
