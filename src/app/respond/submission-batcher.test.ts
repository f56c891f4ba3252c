import { describe, expect, it } from 'vitest';
import { createSubmissionBatcher } from './submission-batcher.js';

interface Item {
  invitationId: string;
  isBad?: boolean;
  /** Its survey closed before the commit: the store refuses it. */
  isClosed?: boolean;
}

const refusal = () => new Error('the survey has closed');

/** A store in memory: remembers submitted invitations, refuses closed ones, fails a whole batch if one item is bad. */
function createFakeStore() {
  const submitted = new Set<string>();
  const batches: string[][] = [];
  return {
    submitted,
    batches,
    commit: async (batch: readonly Item[]) => {
      batches.push(batch.map((item) => item.invitationId));
      if (batch.some((item) => item.isBad)) throw new Error('constraint failed');
      const fresh = new Set<string>();
      const refused = new Set<string>();
      for (const item of batch) {
        if (item.isClosed) refused.add(item.invitationId);
        else if (!submitted.has(item.invitationId)) {
          submitted.add(item.invitationId);
          fresh.add(item.invitationId);
        }
      }
      return { submitted: fresh, refused };
    },
  };
}

describe('the submission batcher', () => {
  it('writes what arrives together in one batch and answers each caller', async () => {
    const store = createFakeStore();
    const batcher = createSubmissionBatcher<Item>({ commit: store.commit, refusal });
    const outcomes = await Promise.all(['a', 'b', 'c'].map((id) => batcher.submit({ invitationId: id })));
    expect(outcomes).toEqual([{ isDuplicate: false }, { isDuplicate: false }, { isDuplicate: false }]);
    expect(store.batches).toEqual([['a', 'b', 'c']]);
  });

  it('stores copies of one invitation once, in the same batch and across batches', async () => {
    const store = createFakeStore();
    const batcher = createSubmissionBatcher<Item>({ commit: store.commit, refusal });
    const together = await Promise.all([batcher.submit({ invitationId: 'a' }), batcher.submit({ invitationId: 'a' })]);
    const later = await batcher.submit({ invitationId: 'a' });
    expect(together).toEqual([{ isDuplicate: false }, { isDuplicate: true }]);
    expect(later).toEqual({ isDuplicate: true });
    expect(store.batches).toEqual([['a'], ['a']]);
  });

  it('retries a failed batch one by one, so only the bad submission fails', async () => {
    const store = createFakeStore();
    const failures: number[] = [];
    const batcher = createSubmissionBatcher<Item>({ commit: store.commit, refusal, onBatchFailure: (_error, size) => failures.push(size) });
    const results = await Promise.allSettled([
      batcher.submit({ invitationId: 'a' }),
      batcher.submit({ invitationId: 'b', isBad: true }),
      batcher.submit({ invitationId: 'c' }),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect([...store.submitted].sort()).toEqual(['a', 'c']);
    expect(failures).toEqual([3]);
  });

  it('queues what arrives while a batch is written into the next one, up to the batch size', async () => {
    const store = createFakeStore();
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const batcher = createSubmissionBatcher<Item>({
      commit: async (batch) => {
        if (store.batches.length === 0) await gate;
        return store.commit(batch);
      },
      maxBatchSize: 2,
      refusal,
    });
    const first = batcher.submit({ invitationId: 'a' });
    await new Promise((resolve) => setImmediate(resolve));
    const rest = ['b', 'c', 'd'].map((id) => batcher.submit({ invitationId: id }));
    release();
    await Promise.all([first, ...rest]);
    expect(store.batches).toEqual([['a'], ['b', 'c'], ['d']]);
    await batcher.drain();
  });

  it('fails the callers of a refused submission, its copies too, and answers the rest of the batch', async () => {
    const store = createFakeStore();
    const batcher = createSubmissionBatcher<Item>({ commit: store.commit, refusal });
    const results = await Promise.allSettled([
      batcher.submit({ invitationId: 'a' }),
      batcher.submit({ invitationId: 'b', isClosed: true }),
      batcher.submit({ invitationId: 'b', isClosed: true }),
      batcher.submit({ invitationId: 'c' }),
    ]);
    expect(results.map((result) => (result.status === 'rejected' ? String(result.reason) : result.value))).toEqual([
      { isDuplicate: false },
      'Error: the survey has closed',
      'Error: the survey has closed',
      { isDuplicate: false },
    ]);
    expect([...store.submitted].sort()).toEqual(['a', 'c']);
    // The copy was not tried again: its original's refusal answers it.
    expect(store.batches).toEqual([['a', 'b', 'c']]);
  });
});
