import type { QuestionnaireContent } from '../questionnaire/questionnaire.js';
import { NPS_KEY, OVERALL_KEY, importanceKey, selfKey, type Answers } from '../respond/answers.js';
import type { ResponseRecord } from '../respond/response-records.js';
import { countScore, emptyAggregate, type Aggregate, type ScaleRange } from './aggregate.js';
import type { ResultKind } from './anonymity.js';

/**
 * What results are made of: per response, one value per measure. A measure is
 * - a dimension (`reliability`, or a reverse dimension such as `clear-requests`): the mean of
 *   the respondent's answered items of that dimension, so each respondent counts once;
 * - `importance:<dimension>`, `overall` (1–5) and `nps` (0–10) of a perception rating;
 * - for a self-assessment, the dimension (the predicted rating, 1–5).
 * "Can't judge" and unanswered questions give no value.
 */
export interface MeasureValue {
  measure: string;
  value: number;
}

export const AGREEMENT: ScaleRange = { min: 1, max: 5 };
export const RECOMMENDATION: ScaleRange = { min: 0, max: 10 };

export const scaleOfMeasure = (measure: string): ScaleRange => (measure === NPS_KEY ? RECOMMENDATION : AGREEMENT);

/** The measures of one stored response (none for "no contact"). */
export function measuresOf(kind: ResponseRecord['kind'], answers: Answers, content: QuestionnaireContent): MeasureValue[] {
  if (kind === 'no-contact') return [];
  if (kind === 'self') {
    const values: MeasureValue[] = [];
    for (const dimension of dimensionsIn(content, 'perception')) {
      const value = answers[selfKey(dimension)];
      if (typeof value === 'number') values.push({ measure: dimension, value });
    }
    return values;
  }
  const block = kind === 'reverse' ? 'reverse' : 'perception';
  const sums = new Map<string, { sum: number; count: number }>();
  for (const item of content.items) {
    if (item.block !== block) continue;
    const value = answers[item.key];
    if (typeof value !== 'number') continue;
    const entry = sums.get(item.dimension) ?? { sum: 0, count: 0 };
    entry.sum += value;
    entry.count += 1;
    sums.set(item.dimension, entry);
  }
  const values: MeasureValue[] = [...sums].map(([measure, { sum, count }]) => ({ measure, value: sum / count }));
  if (kind === 'perception') {
    for (const key of [...dimensionsIn(content, 'perception').map(importanceKey), OVERALL_KEY, NPS_KEY]) {
      const value = answers[key];
      if (typeof value === 'number') values.push({ measure: key, value });
    }
  }
  return values;
}

/** One cell of a wave's results: a subject, a respondent unit, a kind and a measure. */
export interface CellKey {
  subjectUnitId: string;
  respondentUnitId: string;
  kind: ResultKind;
  measure: string;
}

export interface CellAggregate extends CellKey {
  aggregate: Aggregate;
}

/**
 * The subject and the respondent unit of a response: customers rate a provider; a provider
 * rates a customer (reverse); a provider predicts its own rating (self).
 */
export function cellOf(response: Pick<ResponseRecord, 'kind' | 'providerUnitId' | 'customerUnitId'>): {
  subjectUnitId: string;
  respondentUnitId: string;
} {
  if (response.kind === 'reverse') return { subjectUnitId: response.customerUnitId, respondentUnitId: response.providerUnitId };
  if (response.kind === 'self') return { subjectUnitId: response.providerUnitId, respondentUnitId: response.providerUnitId };
  return { subjectUnitId: response.providerUnitId, respondentUnitId: response.customerUnitId };
}

/**
 * Adds responses to cell aggregates, in one pass; the caller feeds every response of a wave
 * once (in any order, in chunks) and then stores `cells()`. Every cell names the response's
 * provider as subject or as respondent unit, so the responses of different providers never
 * meet in a cell: each provider's responses may be accumulated apart.
 */
export function createCellAccumulator(): {
  add(response: Pick<ResponseRecord, 'kind' | 'providerUnitId' | 'customerUnitId' | 'answers'>, content: QuestionnaireContent): void;
  cells(): CellAggregate[];
} {
  const cells = new Map<string, CellAggregate>();
  return {
    add(response, content) {
      if (response.kind === 'no-contact') return;
      const { subjectUnitId, respondentUnitId } = cellOf(response);
      for (const { measure, value } of measuresOf(response.kind, response.answers, content)) {
        const id = `${subjectUnitId}\u0000${respondentUnitId}\u0000${response.kind}\u0000${measure}`;
        let cell = cells.get(id);
        if (!cell) {
          cell = { subjectUnitId, respondentUnitId, kind: response.kind, measure, aggregate: emptyAggregate(scaleOfMeasure(measure)) };
          cells.set(id, cell);
        }
        // The accumulator owns its cells until cells() hands them out, so it counts in place.
        countScore(cell.aggregate, value);
      }
    },
    cells: () => [...cells.values()],
  };
}

function dimensionsIn(content: QuestionnaireContent, block: 'perception' | 'reverse'): string[] {
  return [...new Set(content.items.filter((item) => item.block === block).map((item) => item.dimension))];
}
