import { describe, expect, it } from 'vitest';
import { buildStandardContent } from '../questionnaire/questionnaire.js';
import { questionsFor, type Rating } from './answers.js';
import { checkPageAnswers, checkRatings } from './check-ratings.js';
import { MAX_ADDED_PROVIDERS } from './draft.js';
import type { SurveyFrame } from './survey-frame.js';

const content = buildStandardContent();
const frame: SurveyFrame = {
  waveId: 'w',
  questionnaireVersionId: 'v',
  content,
  ownUnitId: 'own',
  providerUnitIds: ['p1', 'p2'],
  customerUnitIds: ['c1'],
};
const known = new Set(['x1', 'x2']);
const fields = (ratings: Rating[], units: ReadonlySet<string> = known, at: SurveyFrame = frame) =>
  checkRatings(ratings, at, units).map((problem) => `${problem.field}: ${problem.problem}`);

describe('checking a submission', () => {
  it('accepts providers, an added unit, no contact, a customer and the self-assessment', () => {
    expect(
      fields([
        {
          kind: 'perception',
          providerUnitId: 'p1',
          answers: { 'rel-1': 5, 'rel-2': null, 'importance:reliability': 4, overall: 3, nps: 0 },
          comments: { keep: 'fast' },
        },
        { kind: 'no-contact', providerUnitId: 'p2' },
        { kind: 'perception', providerUnitId: 'x1', answers: {}, comments: { start: 'call back' } },
        { kind: 'reverse', customerUnitId: 'c1', answers: { 'rev-clr-1': 2 } },
        { kind: 'self', answers: { 'self:reliability': 4 } },
      ]),
    ).toEqual([]);
  });

  it.each<[string, Rating[], string]>([
    [
      'an unknown unit',
      [{ kind: 'perception', providerUnitId: 'nope', answers: { 'rel-1': 1 } }],
      'ratings.0.providerUnitId: is not a unit',
    ],
    ['the own unit', [{ kind: 'no-contact', providerUnitId: 'own' }], 'ratings.0.providerUnitId: is your own unit'],
    [
      'a provider twice',
      [
        { kind: 'no-contact', providerUnitId: 'p1' },
        { kind: 'perception', providerUnitId: 'p1', answers: { 'rel-1': 1 } },
      ],
      'ratings.1.providerUnitId: is rated twice',
    ],
    [
      'a value off the scale',
      [{ kind: 'perception', providerUnitId: 'p1', answers: { 'rel-1': 6 } }],
      'ratings.0.answers.rel-1: must be a whole number 1–5 or null',
    ],
    [
      '"can\'t judge" for importance',
      [{ kind: 'perception', providerUnitId: 'p1', answers: { 'importance:reliability': null } }],
      'ratings.0.answers.importance:reliability: must be a whole number 1–5',
    ],
    [
      'an unknown question',
      [{ kind: 'perception', providerUnitId: 'p1', answers: { 'rev-clr-1': 3 } }],
      'ratings.0.answers.rev-clr-1: is not a question of this questionnaire',
    ],
    [
      'an empty rating',
      [{ kind: 'perception', providerUnitId: 'p1', answers: {} }],
      'ratings.0.answers: give at least one answer, or send kind "no-contact"',
    ],
    [
      'a long comment',
      [{ kind: 'perception', providerUnitId: 'p1', answers: { 'rel-1': 3 }, comments: { stop: 'x'.repeat(2001) } }],
      'ratings.0.comments.stop: must be at most 2000 characters',
    ],
    [
      'a unit that is no customer',
      [{ kind: 'reverse', customerUnitId: 'p1', answers: { 'rev-clr-1': 3 } }],
      'ratings.0.customerUnitId: is not a customer of your unit in this wave',
    ],
    [
      'two self-assessments',
      [
        { kind: 'self', answers: { 'self:reliability': 3 } },
        { kind: 'self', answers: { 'self:courtesy': 3 } },
      ],
      'ratings.1.kind: only one self-assessment',
    ],
  ])('refuses %s', (_name, ratings, expected) => {
    expect(fields(ratings)).toContain(expected);
  });

  it('refuses reverse and self ratings from a unit that serves no one', () => {
    const customerOnly = { ...frame, customerUnitIds: [] };
    expect(fields([{ kind: 'reverse', customerUnitId: 'c1', answers: { 'rev-clr-1': 3 } }], known, customerOnly)).toContain(
      'ratings.0.kind: this invitation rates no customers',
    );
    expect(fields([{ kind: 'self', answers: { 'self:reliability': 3 } }], known, customerOnly)).toContain(
      'ratings.0.kind: this invitation has no self-assessment',
    );
  });

  it(`refuses more than ${MAX_ADDED_PROVIDERS} added units`, () => {
    const units = new Set(Array.from({ length: MAX_ADDED_PROVIDERS + 1 }, (_, index) => `x${index}`));
    const ratings: Rating[] = [...units].map((id) => ({ kind: 'no-contact', providerUnitId: id }));
    expect(fields(ratings, units)).toEqual([`ratings.${MAX_ADDED_PROVIDERS}.providerUnitId: at most ${MAX_ADDED_PROVIDERS} added units`]);
  });
});

describe('checking one page', () => {
  const questions = questionsFor('perception', content);
  const page = (answers: Record<string, number | null>, extra: { isNoContact?: boolean; comments?: Record<string, string> } = {}) => ({
    isNoContact: extra.isNoContact ?? false,
    answers,
    comments: extra.comments ?? {},
  });

  it.each([
    ['nothing, moving on', page({}), true, [{ key: 'page', code: 'unanswered' }]],
    ['nothing, saving', page({}), false, []],
    ['no contact only', page({}, { isNoContact: true }), true, []],
    ['no contact wins over bad values', page({ 'rel-1': 9 }, { isNoContact: true }), true, []],
    ['"can\'t judge" counts as an answer', page({ 'rel-1': null }), true, []],
    ['a comment counts as an answer', page({}, { comments: { keep: 'x' } }), true, []],
    ['a value off the scale', page({ nps: 11 }), true, [{ key: 'nps', code: 'not-an-option' }]],
    ['a long comment', page({ 'rel-1': 2 }, { comments: { start: 'y'.repeat(2001) } }), true, [{ key: 'comment:start', code: 'too-long' }]],
  ])('%s', (_name, answers, needsAnswer, expected) => {
    expect(checkPageAnswers(questions, answers, { needsAnswer })).toEqual(expected);
  });
});
