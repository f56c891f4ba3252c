import { describe, expect, it } from 'vitest';
import { buildStandardContent, type QuestionnaireContent } from '../questionnaire/questionnaire.js';
import { isOnScale, perceptionLayout, questionsFor, selfQuestions, type Scale } from './answers.js';

const standard = buildStandardContent();
const without = (blocks: Partial<QuestionnaireContent['blocks']>): QuestionnaireContent => ({
  ...standard,
  blocks: { ...standard.blocks, ...blocks },
});

describe('answer scales', () => {
  it.each<[Scale, number | null, boolean]>([
    ['agreement', 1, true],
    ['agreement', 5, true],
    ['agreement', null, true],
    ['agreement', 0, false],
    ['agreement', 6, false],
    ['agreement', 2.5, false],
    ['importance', null, false],
    ['importance', 5, true],
    ['recommendation', 0, true],
    ['recommendation', 10, true],
    ['recommendation', 11, false],
    ['self-rating', 3, true],
    ['satisfaction', Number.NaN, false],
  ])('%s accepts %s: %s', (scale, value, expected) => {
    expect(isOnScale(value, scale)).toBe(expected);
  });
});

describe('questions of a questionnaire', () => {
  it('asks every perception item, one importance per dimension, overall and NPS', () => {
    const keys = questionsFor('perception', standard).map((question) => question.key);
    expect(keys.filter((key) => key.startsWith('importance:'))).toHaveLength(8);
    expect(keys).toContain('overall');
    expect(keys).toContain('nps');
    expect(keys).toContain('rel-1');
    expect(keys).not.toContain('rev-clr-1');
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('leaves out the blocks a questionnaire does not ask', () => {
    const keys = questionsFor('perception', without({ importance: false, overall: false, nps: false })).map((question) => question.key);
    expect(keys.some((key) => key.startsWith('importance:') || key === 'overall' || key === 'nps')).toBe(false);
    expect(perceptionLayout(without({ comments: false })).hasComments).toBe(false);
  });

  it('groups perception items by dimension in questionnaire order', () => {
    const groups = perceptionLayout(standard).groups;
    expect(groups.map((group) => group.dimension)[0]).toBe('reliability');
    expect(groups[0]?.items.map((item) => item.key)).toEqual(['rel-1', 'rel-2', 'rel-3']);
    expect(groups[0]?.importance?.key).toBe('importance:reliability');
  });

  it('asks the reverse items and one self-assessment per dimension', () => {
    expect(questionsFor('reverse', standard).map((question) => question.key)).toEqual(['rev-clr-1', 'rev-tim-1', 'rev-exp-1', 'rev-res-1']);
    expect(selfQuestions(standard).map((question) => question.key)).toContain('self:competence');
    expect(selfQuestions(standard)).toHaveLength(8);
  });
});
