import { describe, expect, it } from 'vitest';
import { mergeProviderLists, pageRange } from './heatmap-paging';

describe('pageRange', () => {
  it.each([
    { name: 'first page', page: 1, total: 10000, expected: { page: 1, pageCount: 50, offset: 0, from: 1, to: 200 } },
    { name: 'a middle page', page: 2, total: 10000, expected: { page: 2, pageCount: 50, offset: 200, from: 201, to: 400 } },
    { name: 'a short last page', page: 3, total: 450, expected: { page: 3, pageCount: 3, offset: 400, from: 401, to: 450 } },
    { name: 'beyond the end', page: 9, total: 450, expected: { page: 3, pageCount: 3, offset: 400, from: 401, to: 450 } },
    { name: 'before the start', page: 0, total: 450, expected: { page: 1, pageCount: 3, offset: 0, from: 1, to: 200 } },
    { name: 'exactly one page', page: 1, total: 200, expected: { page: 1, pageCount: 1, offset: 0, from: 1, to: 200 } },
    { name: 'no rows', page: 1, total: 0, expected: { page: 1, pageCount: 1, offset: 0, from: 0, to: 0 } },
  ])('$name', ({ page, total, expected }) => {
    expect(pageRange({ page, pageSize: 200, total })).toEqual(expected);
  });
});

describe('mergeProviderLists', () => {
  it('keeps each provider once and sorts by name in the UI language', () => {
    const merged = mergeProviderLists(
      [
        [
          { id: 'it', name: 'IT' },
          { id: 'einkauf', name: 'Einkauf' },
        ],
        [
          { id: 'it', name: 'IT (again)' },
          { id: 'aerzte', name: 'Ärztlicher Dienst' },
          { id: 'unit10', name: 'Unit 10' },
          { id: 'unit9', name: 'Unit 9' },
        ],
      ],
      'de',
    );
    expect(merged).toEqual([
      { id: 'aerzte', name: 'Ärztlicher Dienst' },
      { id: 'einkauf', name: 'Einkauf' },
      { id: 'it', name: 'IT' },
      { id: 'unit9', name: 'Unit 9' },
      { id: 'unit10', name: 'Unit 10' },
    ]);
  });
});
