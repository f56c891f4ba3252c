import { describe, expect, it } from 'vitest';
import type { Dimension } from '../questionnaire/item-bank.js';
import type { PeriodCompliance } from './compliance.js';
import { SLA_METRICS } from './objective.js';
import {
  compareSlaWithPerception,
  DEFAULT_PERCEPTION_THRESHOLD,
  dimensionsForMetric,
  SLA_PERCEPTION_EXPLANATIONS,
  type DimensionPerception,
  type SlaPerceptionFlag,
} from './sla-perception.js';

const perceived = (means: Partial<Record<Dimension, number | null>>): DimensionPerception[] =>
  Object.entries(means).map(([dimension, mean]) => ({ dimension: dimension as Dimension, mean: mean ?? null, n: 12 }));

describe('dimensionsForMetric', () => {
  it.each([
    ['first-response-time', ['responsiveness', 'reachability']],
    ['resolution-time', ['responsiveness', 'reachability']],
    ['on-time-delivery', ['reliability']],
    ['availability', ['reachability', 'reliability']],
    ['error-rate', ['reliability', 'competence']],
    ['custom', []],
  ] as const)('%s → %j', (metric, dimensions) => {
    expect(dimensionsForMetric(metric)).toEqual(dimensions);
  });

  it('takes the selected dimensions for a custom metric only, each once', () => {
    expect(dimensionsForMetric('custom', ['transparency', 'communication', 'transparency'])).toEqual(['transparency', 'communication']);
    expect(dimensionsForMetric('on-time-delivery', ['transparency'])).toEqual(['reliability']);
  });
});

describe('compareSlaWithPerception', () => {
  it.each([
    ['met, perceived well', 'met', { responsiveness: 4.2, reachability: 3.8 }, 'both-green'],
    ['met, perceived poorly', 'met', { responsiveness: 3.1, reachability: 3.3 }, 'green-sla-red-perception'],
    ['missed, perceived well', 'missed', { responsiveness: 4.0, reachability: 4.4 }, 'red-sla-green-perception'],
    ['missed, perceived poorly', 'missed', { responsiveness: 2.5, reachability: 3.0 }, 'both-red'],
    ['met, perception exactly at the threshold', 'met', { responsiveness: 3.5 }, 'both-green'],
    ['met, perception just below the threshold', 'met', { responsiveness: 3.49 }, 'green-sla-red-perception'],
    ['missing measurements', 'missing', { responsiveness: 4.2 }, 'no-data'],
    ['no objective in force', 'no-objective', { responsiveness: 4.2 }, 'no-data'],
    ['no released perception', 'met', { responsiveness: null }, 'no-data'],
    ['only unrelated dimensions released', 'met', { courtesy: 4.8 }, 'no-data'],
  ] as const)('%s → %s', (_name, status, means, flag) => {
    const result = compareSlaWithPerception({ compliance: { status }, metric: 'resolution-time', perceptions: perceived(means) });
    expect(result.flag).toBe(flag);
  });

  it('averages the matching dimensions unweighted and ignores the others', () => {
    // (3.0 + 4.0) / 2 = 3.5, whatever the n of each; courtesy does not belong to resolution time.
    const result = compareSlaWithPerception({
      compliance: { status: 'met' },
      metric: 'resolution-time',
      perceptions: [
        { dimension: 'responsiveness', mean: 3.0, n: 40 },
        { dimension: 'reachability', mean: 4.0, n: 5 },
        { dimension: 'courtesy', mean: 1.0, n: 40 },
      ],
    });
    expect(result).toEqual({
      sla: 'met',
      dimensions: ['responsiveness', 'reachability'],
      perceptions: [
        { dimension: 'responsiveness', mean: 3.0, isBelowThreshold: true },
        { dimension: 'reachability', mean: 4.0, isBelowThreshold: false },
      ],
      perceptionMean: 3.5,
      threshold: DEFAULT_PERCEPTION_THRESHOLD,
      flag: 'both-green',
    });
  });

  it('holds perception against a benchmark when one is given', () => {
    const compare = (threshold?: number) =>
      compareSlaWithPerception({
        compliance: { status: 'met' },
        metric: 'on-time-delivery',
        perceptions: perceived({ reliability: 3.8 }),
        threshold,
      }).flag;
    expect(compare()).toBe('both-green');
    expect(compare(3.9)).toBe('green-sla-red-perception');
  });

  it('uses the selected dimensions of a custom metric, and has no data without a selection', () => {
    const perceptions = perceived({ transparency: 2.9, reliability: 4.5 });
    expect(
      compareSlaWithPerception({ compliance: { status: 'met' }, metric: 'custom', perceptions, selectedDimensions: ['transparency'] }).flag,
    ).toBe('green-sla-red-perception');
    expect(compareSlaWithPerception({ compliance: { status: 'met' }, metric: 'custom', perceptions }).flag).toBe('no-data');
  });

  it('never flags a period without an SLA verdict as green', () => {
    for (const metric of SLA_METRICS) {
      for (const status of ['missing', 'no-objective'] as PeriodCompliance['status'][]) {
        expect(compareSlaWithPerception({ compliance: { status }, metric, perceptions: perceived({ reliability: 5 }) }).flag).toBe(
          'no-data',
        );
      }
    }
  });
});

describe('SLA_PERCEPTION_EXPLANATIONS', () => {
  const flags: SlaPerceptionFlag[] = ['both-green', 'green-sla-red-perception', 'red-sla-green-perception', 'both-red', 'no-data'];
  it.each(flags)('explains %s in German and English', (flag) => {
    const explanation = SLA_PERCEPTION_EXPLANATIONS[flag];
    for (const text of [explanation.title, explanation.meaning, explanation.advice]) {
      expect(text.de.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
      expect(text.de).not.toBe(text.en);
      expect(text.en.length).toBeLessThanOrEqual(240);
    }
  });
});
