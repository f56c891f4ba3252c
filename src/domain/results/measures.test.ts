import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { QuestionnaireContent } from '../questionnaire/questionnaire.js';
import type { Answers, RatingKind } from '../respond/answers.js';
import { addScore, countScore, emptyAggregate } from './aggregate.js';
import { cellOf, createCellAccumulator, measuresOf } from './measures.js';

const text = { de: 'x', en: 'x' };
const content: QuestionnaireContent = {
  items: [
    { key: 'rel-1', block: 'perception', dimension: 'reliability', text },
    { key: 'rel-2', block: 'perception', dimension: 'reliability', text },
    { key: 'cou-1', block: 'perception', dimension: 'courtesy', text },
    { key: 'req-1', block: 'reverse', dimension: 'clear-requests', text },
  ],
  blocks: { importance: true, overall: true, nps: true, comments: true, reverse: true, selfAssessment: true },
};

describe('measures of a response', () => {
  it.each<{ name: string; kind: RatingKind; answers: Answers; expected: Record<string, number> }>([
    {
      name: 'perception: dimension means of answered items, importance, overall, NPS',
      kind: 'perception',
      answers: { 'rel-1': 4, 'rel-2': 5, 'cou-1': 2, 'importance:reliability': 5, overall: 4, nps: 9 },
      expected: { reliability: 4.5, courtesy: 2, 'importance:reliability': 5, overall: 4, nps: 9 },
    },
    {
      name: "perception: can't judge and unanswered items give no value",
      kind: 'perception',
      answers: { 'rel-1': null, 'rel-2': 3, 'cou-1': null },
      expected: { reliability: 3 },
    },
    {
      name: 'reverse: the reverse dimensions only',
      kind: 'reverse',
      answers: { 'req-1': 2, 'rel-1': 5 },
      expected: { 'clear-requests': 2 },
    },
    {
      name: 'self: the predicted rating per perception dimension',
      kind: 'self',
      answers: { 'self:reliability': 4, 'self:courtesy': 5 },
      expected: { reliability: 4, courtesy: 5 },
    },
    { name: 'no contact: nothing', kind: 'no-contact', answers: {}, expected: {} },
  ])('$name', ({ kind, answers, expected }) => {
    const values = Object.fromEntries(measuresOf(kind, answers, content).map(({ measure, value }) => [measure, value]));
    expect(values).toEqual(expected);
  });
});

describe('the cell of a response', () => {
  it.each([
    { kind: 'perception' as const, expected: { subjectUnitId: 'P', respondentUnitId: 'C' } },
    { kind: 'reverse' as const, expected: { subjectUnitId: 'C', respondentUnitId: 'P' } },
    { kind: 'self' as const, expected: { subjectUnitId: 'P', respondentUnitId: 'P' } },
  ])('$kind', ({ kind, expected }) => {
    const response =
      kind === 'reverse'
        ? { kind, providerUnitId: 'P', customerUnitId: 'C' }
        : kind === 'self'
          ? { kind, providerUnitId: 'P', customerUnitId: 'P' }
          : { kind, providerUnitId: 'P', customerUnitId: 'C' };
    expect(cellOf(response)).toEqual(expected);
  });
});

describe('accumulating a wave', () => {
  it('keeps n, sum, sum of squares and a histogram per cell, each respondent once per measure', () => {
    const accumulator = createCellAccumulator();
    accumulator.add({ kind: 'perception', providerUnitId: 'P', customerUnitId: 'C', answers: { 'rel-1': 4, 'rel-2': 5 } }, content);
    accumulator.add({ kind: 'perception', providerUnitId: 'P', customerUnitId: 'C', answers: { 'rel-1': 2 } }, content);
    accumulator.add({ kind: 'perception', providerUnitId: 'P', customerUnitId: 'D', answers: { 'rel-1': 1 } }, content);
    accumulator.add({ kind: 'no-contact', providerUnitId: 'P', customerUnitId: 'C', answers: {} }, content);
    const cells = accumulator.cells();
    const cell = cells.find((entry) => entry.respondentUnitId === 'C' && entry.measure === 'reliability');
    // 4.5 and 2: sum 6.5, squares 20.25 + 4, counted at 5 (4.5 rounds up) and 2.
    expect(cell?.aggregate).toEqual({ n: 2, sum: 6.5, sumSquares: 24.25, histogram: { min: 1, counts: [0, 1, 0, 0, 1] } });
    expect(cells).toHaveLength(2);
  });

  it("gives the same cells when each provider's responses are accumulated apart: a cell takes the responses of one provider only", () => {
    const score = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null });
    const response = fc.record({
      kind: fc.constantFrom<RatingKind>('perception', 'reverse', 'self', 'no-contact'),
      providerUnitId: fc.constantFrom('P', 'Q', 'R'),
      customerUnitId: fc.constantFrom('C', 'D', 'P'),
      answers: fc.record({ 'rel-1': score, 'cou-1': score, 'req-1': score, 'self:reliability': score }),
    });
    const order = (cells: ReturnType<ReturnType<typeof createCellAccumulator>['cells']>) =>
      cells.map((cell) => JSON.stringify(cell)).sort();
    fc.assert(
      fc.property(fc.array(response, { maxLength: 40 }), (responses) => {
        const whole = createCellAccumulator();
        for (const each of responses) whole.add(each, content);
        const apart = [...new Set(responses.map((each) => each.providerUnitId))].flatMap((providerUnitId) => {
          const accumulator = createCellAccumulator();
          for (const each of responses.filter((candidate) => candidate.providerUnitId === providerUnitId)) accumulator.add(each, content);
          return accumulator.cells();
        });
        expect(order(apart)).toEqual(order(whole.cells()));
      }),
    );
  });

  it('refuses a score off the scale (stored answers would be corrupt)', () => {
    expect(() => addScore(emptyAggregate({ min: 1, max: 5 }), 5.5)).toThrow(RangeError);
    expect(() => addScore(emptyAggregate({ min: 1, max: 5 }), Number.NaN)).toThrow(RangeError);
    expect(() => countScore(emptyAggregate({ min: 1, max: 5 }), 0)).toThrow(RangeError);
  });

  it.each([[[3]], [[1, 5, 2.5]], [[4.5, 4.5, 1, 2, 3]]])('counts %j in place exactly as adding copies does', (scores) => {
    const counted = emptyAggregate({ min: 1, max: 5 });
    for (const score of scores) countScore(counted, score);
    const added = scores.reduce(addScore, emptyAggregate({ min: 1, max: 5 }));
    expect(counted).toEqual(added);
    const before = structuredClone(added);
    addScore(added, 2);
    expect(added).toEqual(before);
  });
});
