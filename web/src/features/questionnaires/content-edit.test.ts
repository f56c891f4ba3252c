import { describe, expect, it } from 'vitest';
import type { QuestionnaireItem } from './api';
import { dimensionsFor, groupByBlock, moveItem, moveWithinBlock, nextItemKey } from './content-edit';

const item = (key: string, block: QuestionnaireItem['block'] = 'perception'): QuestionnaireItem => ({
  key,
  block,
  dimension: block === 'perception' ? 'reliability' : 'respect',
  text: { de: key, en: key },
});

describe('moveItem', () => {
  it.each([
    ['up', 1, -1, ['b', 'a', 'c']],
    ['down', 1, 1, ['a', 'c', 'b']],
    ['the first up: unchanged', 0, -1, ['a', 'b', 'c']],
    ['the last down: unchanged', 2, 1, ['a', 'b', 'c']],
  ] as [string, number, -1 | 1, string[]][])('%s', (_name, index, delta, expected) => {
    expect(moveItem(['a', 'b', 'c'], index, delta)).toEqual(expected);
  });
});

describe('moveWithinBlock', () => {
  const items = [item('p1'), item('r1', 'reverse'), item('p2'), item('r2', 'reverse')];
  it.each([
    ['a perception item down, past a reverse item', 0, 1, ['p2', 'r1', 'p1', 'r2']],
    ['a reverse item up, past a perception item', 3, -1, ['p1', 'r2', 'p2', 'r1']],
    ['the first reverse item up: unchanged', 1, -1, ['p1', 'r1', 'p2', 'r2']],
  ] as [string, number, -1 | 1, string[]][])('%s', (_name, index, delta, expected) => {
    expect(moveWithinBlock(items, index, delta).map((entry) => entry.key)).toEqual(expected);
  });
});

describe('nextItemKey', () => {
  it.each([
    [[], 'custom-1'],
    [[item('custom-1'), item('custom-3')], 'custom-2'],
    [[item('rel-1')], 'custom-1'],
  ] as [QuestionnaireItem[], string][])('%j → %s', (items, expected) => {
    expect(nextItemKey(items)).toBe(expected);
  });
});

describe('groupByBlock and dimensionsFor', () => {
  it('keeps each item with its index in the whole list', () => {
    const groups = groupByBlock([item('p1'), item('r1', 'reverse'), item('p2')]);
    expect(groups.perception.map((entry) => entry.index)).toEqual([0, 2]);
    expect(groups.reverse.map((entry) => entry.index)).toEqual([1]);
  });

  it('offers the dimensions of the block', () => {
    expect(dimensionsFor('perception')).toContain('reliability');
    expect(dimensionsFor('reverse')).toEqual(['clear-requests', 'timely-input', 'realistic-expectations', 'respect']);
  });
});
