import { describe, expect, it } from 'vitest';
import { MAX_ADDED_PROVIDERS, emptyDraft, hasAnyAnswer, readDraft } from './draft.js';

describe('reading a stored draft', () => {
  it.each([null, 'text', 42, [], { pages: 'x' }])('turns %j into an empty draft', (value) => {
    expect(readDraft(value)).toEqual(emptyDraft());
  });

  it('keeps what has the right shape and drops the rest', () => {
    const draft = readDraft({
      locale: 'de',
      position: 'provider:a',
      addedProviderIds: ['b', 7, 'c'],
      pages: {
        'provider:a': {
          isNoContact: false,
          answers: { 'rel-1': 4, 'rel-2': null, 'rel-3': 'five', 'rel-4': 2.5 },
          comments: { keep: 'x', start: 3 },
        },
        broken: 'nope',
      },
    });
    expect(draft).toEqual({
      locale: 'de',
      position: 'provider:a',
      addedProviderIds: ['b', 'c'],
      pages: { 'provider:a': { isNoContact: false, answers: { 'rel-1': 4, 'rel-2': null }, comments: { keep: 'x' } } },
    });
  });

  it('ignores an unknown locale and caps added units and comment length', () => {
    const draft = readDraft({
      locale: 'fr',
      addedProviderIds: Array.from({ length: 20 }, (_, index) => `u${index}`),
      pages: { p: { comments: { stop: 'y'.repeat(3000) } } },
    });
    expect(draft.locale).toBeNull();
    expect(draft.addedProviderIds).toHaveLength(MAX_ADDED_PROVIDERS);
    expect(draft.pages.p?.comments.stop).toHaveLength(2000);
  });
});

describe('whether a page holds an answer', () => {
  it.each([
    [undefined, false],
    [{ isNoContact: true, answers: {}, comments: {} }, false],
    [{ isNoContact: false, answers: { 'rel-1': null }, comments: {} }, true],
    [{ isNoContact: false, answers: {}, comments: { keep: '   ' } }, false],
    [{ isNoContact: false, answers: {}, comments: { keep: 'good' } }, true],
  ])('%j → %s', (page, expected) => {
    expect(hasAnyAnswer(page)).toBe(expected);
  });
});
