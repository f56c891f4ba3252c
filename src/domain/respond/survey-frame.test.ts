import { describe, expect, it } from 'vitest';
import { buildStandardContent, type QuestionnaireContent } from '../questionnaire/questionnaire.js';
import { asksProviders } from './survey-frame.js';

const standard = buildStandardContent();
const withBlocks = (blocks: Partial<QuestionnaireContent['blocks']>, keepReverseItems = true): QuestionnaireContent => ({
  ...standard,
  blocks: { ...standard.blocks, ...blocks },
  items: keepReverseItems ? standard.items : standard.items.filter((item) => item.block !== 'reverse'),
});

describe('asksProviders: whether the people of provider units are invited', () => {
  it.each([
    { name: 'the standard questionnaire (reverse and self-assessment)', content: standard, expected: true },
    { name: 'self-assessment only', content: withBlocks({ reverse: false }), expected: true },
    { name: 'reverse only', content: withBlocks({ selfAssessment: false }), expected: true },
    { name: 'the reverse block chosen but without items', content: withBlocks({ selfAssessment: false }, false), expected: false },
    { name: 'neither', content: withBlocks({ reverse: false, selfAssessment: false }), expected: false },
  ])('$name: $expected', ({ content, expected }) => {
    expect(asksProviders(content)).toBe(expected);
  });
});
