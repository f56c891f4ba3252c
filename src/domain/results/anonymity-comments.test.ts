import { describe, expect, it } from 'vitest';
import type { CommentTopic } from '../respond/answers.js';
import { releaseComments } from './anonymity.js';

const units = [
  { id: 'company', parentId: null },
  { id: 'sales', parentId: 'company' },
  { id: 'legal', parentId: 'company' },
  { id: 'hr', parentId: 'company' },
];

/** `count` comments on the provider "it" from one customer unit, numbered from `from`. */
function written(customerUnitId: string, count: number, topic: CommentTopic = 'keep', from = 0) {
  return Array.from({ length: count }, (_, index) => ({
    providerUnitId: 'it',
    customerUnitId,
    topic,
    text: `${customerUnitId} ${topic} ${from + index}`,
  }));
}

function release(comments: ReturnType<typeof written>, extra: { random?: () => number; customerUnitIds?: string[] } = {}) {
  return releaseComments({
    wave: { status: 'closed' },
    thresholds: { k: 5, kComments: 10 },
    units,
    comments,
    random: extra.random ?? (() => 0.5),
    customerUnitIds: extra.customerUnitIds,
  });
}

describe('releaseComments', () => {
  it('releases nothing of a provider with fewer than k_c comments in all', () => {
    expect(release([...written('sales', 5), ...written('legal', 4)])).toEqual([]);
  });

  it('labels comments with their unit when it wrote k_c, and with the unit above when several did together', () => {
    const comments = release([...written('sales', 10), ...written('legal', 6), ...written('hr', 4)]);
    const labels = new Map(comments.map((comment) => [comment.text, comment.group.labelUnitId]));
    expect(labels.get('sales keep 0')).toBe('sales');
    expect(labels.get('legal keep 0')).toBe('company');
    expect(labels.get('hr keep 3')).toBe('company');
    expect(comments).toHaveLength(20);
  });

  it('counts each topic apart, since one person may write a comment on every topic', () => {
    const comments = release([...written('sales', 10, 'keep'), ...written('sales', 3, 'stop')]);
    expect(new Set(comments.map((comment) => comment.topic))).toEqual(new Set(['keep']));
  });

  it('releases no part of a group that reaches beyond the customer filter', () => {
    const comments = [...written('sales', 10), ...written('legal', 6), ...written('hr', 4)];
    expect(release(comments, { customerUnitIds: ['legal'] })).toEqual([]);
    expect(release(comments, { customerUnitIds: ['sales', 'legal'] }).map((comment) => comment.group.labelUnitId)).toEqual(
      Array(10).fill('sales'),
    );
  });

  it('shuffles with the random source it is given: the same source gives the same order, another one another', () => {
    const comments = written('sales', 20);
    const sequence = (values: number[]) => {
      let index = 0;
      return () => values[index++ % values.length] as number;
    };
    const first = release(comments, { random: sequence([0.1, 0.7, 0.4]) }).map((comment) => comment.text);
    const again = release(comments, { random: sequence([0.1, 0.7, 0.4]) }).map((comment) => comment.text);
    const other = release(comments, { random: sequence([0.9, 0.2]) }).map((comment) => comment.text);
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
    expect(first).not.toEqual(comments.map((comment) => comment.text));
    expect([...first].sort()).toEqual(comments.map((comment) => comment.text).sort());
  });

  it('rejects a comment from a unit that is not in the tree', () => {
    expect(() => release(written('nowhere', 10))).toThrow(expect.objectContaining({ code: 'validation' }));
  });
});
