import { describe, expect, it } from 'vitest';
import { DIMENSIONS, REVERSE_DIMENSIONS, perceptionItems } from './item-bank.js';
import {
  buildStandardContent,
  checkContent,
  checkQuestionnaireName,
  dimensionsOf,
  editDraft,
  freezeVersion,
  startNextDraft,
  type QuestionnaireContent,
  type QuestionnaireVersion,
} from './questionnaire.js';

const draft = (content: QuestionnaireContent = buildStandardContent()): QuestionnaireVersion => ({
  id: 'v1',
  questionnaireId: 'q1',
  number: 1,
  status: 'draft',
  content,
});

describe('item bank', () => {
  it('has two or three perception items for every dimension, in both languages', () => {
    for (const dimension of DIMENSIONS) {
      const items = perceptionItems.filter((item) => item.dimension === dimension);
      expect(items.length, dimension).toBeGreaterThanOrEqual(2);
      expect(items.length, dimension).toBeLessThanOrEqual(3);
      for (const item of items) {
        expect(item.text.de).toContain('{provider}');
        expect(item.text.en).toContain('{provider}');
      }
    }
  });

  it('the standard content is a copy: editing it leaves the bank as it was', () => {
    const content = buildStandardContent();
    const before = perceptionItems[0]?.text.de;
    (content.items[0] as QuestionnaireContent['items'][number]).text.de = 'changed';
    expect(perceptionItems[0]?.text.de).toBe(before);
    expect(buildStandardContent().items[0]?.text.de).toBe(before);
  });

  it('the standard content is valid and covers every dimension and reverse dimension', () => {
    const content = buildStandardContent();
    expect(checkContent(content)).toEqual([]);
    expect(dimensionsOf(content)).toEqual([...DIMENSIONS]);
    expect(new Set(content.items.filter((item) => item.block === 'reverse').map((item) => item.dimension))).toEqual(
      new Set(REVERSE_DIMENSIONS),
    );
  });
});

describe('checkContent', () => {
  const base = buildStandardContent();
  const withFirstItem = (change: Partial<QuestionnaireContent['items'][number]>): QuestionnaireContent => ({
    ...base,
    items: [{ ...(base.items[0] as QuestionnaireContent['items'][number]), ...change }, ...base.items.slice(1)],
  });
  it.each([
    ['empty German text', 'items.0.text.de', withFirstItem({ text: { de: ' ', en: 'x' } })],
    ['empty English text', 'items.0.text.en', withFirstItem({ text: { de: 'x', en: '' } })],
    ['bad key', 'items.0.key', withFirstItem({ key: 'Bad Key' })],
    ['duplicate key', 'items.1.key', withFirstItem({ key: base.items[1]?.key as string })],
    ['reverse dimension in the perception block', 'items.0.dimension', withFirstItem({ dimension: 'respect' })],
    ['no perception items', 'items', { ...base, items: base.items.filter((item) => item.block === 'reverse') }],
    ['reverse block without reverse items', 'blocks.reverse', { ...base, items: base.items.filter((item) => item.block === 'perception') }],
    [
      'more than 100 items',
      'items',
      {
        ...base,
        items: Array.from({ length: 101 }, (_, index) => ({
          ...(base.items[0] as QuestionnaireContent['items'][number]),
          key: `k-${index}`,
        })),
      },
    ],
  ] as [string, string, QuestionnaireContent][])('%s → problem at %s', (_name, field, content) => {
    expect(checkContent(content).map((problem) => problem.field)).toContain(field);
  });
});

describe('versions', () => {
  it('a draft may be reworded, reordered and shortened', () => {
    const content = buildStandardContent();
    const reordered = { ...content, items: [...content.items].reverse().slice(1) };
    reordered.items[0] = { ...(reordered.items[0] as QuestionnaireContent['items'][number]), text: { de: '  Neu  ', en: 'New' } };
    const edited = editDraft(draft(), reordered);
    expect(edited.content.items[0]?.text.de).toBe('Neu');
    expect(edited.content.items).toHaveLength(content.items.length - 1);
  });

  it('a frozen version refuses edits; the next draft copies it', () => {
    const frozen = freezeVersion(draft());
    expect(() => editDraft(frozen, buildStandardContent())).toThrowError(expect.objectContaining({ code: 'invalid_state' }));
    const next = startNextDraft(frozen, 'v2');
    expect(next).toMatchObject({ number: 2, status: 'draft', questionnaireId: 'q1' });
    next.content.items.pop();
    expect(frozen.content.items.length).toBe(next.content.items.length + 1);
  });

  it('starts no second draft while one exists', () => {
    expect(() => startNextDraft(draft(), 'v2')).toThrowError(expect.objectContaining({ code: 'invalid_state' }));
  });
});

describe('checkQuestionnaireName', () => {
  it.each([
    ['Standard', []],
    ['  ', ['name']],
    ['x'.repeat(161), ['name']],
  ] as [string, string[]][])('"%s" → %j', (name, fields) => {
    expect(checkQuestionnaireName(name).map((problem) => problem.field)).toEqual(fields);
  });
});
