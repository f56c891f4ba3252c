import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRuntime, type TestRuntime } from '../support/database.js';

const isPostgres = process.env.DATABASE_URL?.startsWith('postgres') ?? false;

// The response inbox's mover on PostgreSQL: it moves everything, in chunks that commit on
// their own, under new ids; what it moved is gone from the inbox. (SQLite's inbox is moved
// by its writer thread: test/db/submission-writer.test.ts.)
describe.skipIf(!isPostgres)('moving the response inbox (PostgreSQL)', () => {
  let test: TestRuntime;
  beforeAll(async () => {
    test = await createTestRuntime();
  });
  afterAll(() => test.cleanup());

  const count = async (table: 'responses' | 'response_inbox' | 'comments' | 'comment_inbox') =>
    Number(
      (
        await test.runtime.handle.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('moves an inbox larger than one chunk, comments too, and answers how many', async () => {
    const { db } = test.runtime.handle;
    const inboxIds = Array.from({ length: 2_345 }, () => randomUUID());
    for (let start = 0; start < inboxIds.length; start += 500) {
      await db
        .insertInto('response_inbox')
        .values(
          inboxIds.slice(start, start + 500).map((id, index) => ({
            id,
            wave_id: 'wave',
            questionnaire_version_id: 'version',
            provider_unit_id: `provider-${index % 7}`,
            customer_unit_id: 'customer',
            kind: 'perception',
            submitted_on: '2026-11-28',
            answers: JSON.stringify({ 'rel-1': (index % 5) + 1 }),
          })),
        )
        .execute();
    }
    await db
      .insertInto('comment_inbox')
      .values(
        [1, 2, 3].map((n) => ({
          id: randomUUID(),
          wave_id: 'wave',
          provider_unit_id: 'p',
          customer_unit_id: 'c',
          topic: 'keep',
          text: `Keep ${n}`,
        })),
      )
      .execute();

    expect(await test.runtime.context.stores.responding.moveInbox(() => randomUUID())).toEqual({ responses: 2_345, comments: 3 });
    expect([await count('response_inbox'), await count('comment_inbox')]).toEqual([0, 0]);
    expect([await count('responses'), await count('comments')]).toEqual([2_345, 3]);
    const stored = await db.selectFrom('responses').select(['id', 'answers']).execute();
    const old = new Set<string>(inboxIds);
    expect(stored.filter((row) => old.has(row.id))).toEqual([]);
    expect(stored.filter((row) => row.answers === '{"rel-1":3}')).toHaveLength(469);

    expect(await test.runtime.context.stores.responding.moveInbox(() => randomUUID())).toEqual({ responses: 0, comments: 0 });
  });

  it('waits for a move in progress rather than passing its rows by, so a results build after it sees them all', async () => {
    const { db } = test.runtime.handle;
    const before = await count('responses');
    await db
      .insertInto('response_inbox')
      .values(
        Array.from({ length: 10 }, () => ({
          id: randomUUID(),
          wave_id: 'wave',
          questionnaire_version_id: 'version',
          provider_unit_id: 'provider',
          customer_unit_id: 'customer',
          kind: 'perception',
          submitted_on: '2026-11-28',
          answers: '{}',
        })),
      )
      .execute();
    let isSecondDone = false;
    let second: Promise<unknown> = Promise.resolve();
    // Another server's move, still uncommitted while the second one starts.
    await test.runtime.context.transaction(async (stores) => {
      expect(await stores.responding.moveInbox(() => randomUUID())).toEqual({ responses: 10, comments: 0 });
      second = test.runtime.context.stores.responding
        .moveInbox(() => randomUUID())
        .then((moved) => {
          isSecondDone = true;
          return moved;
        });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(isSecondDone).toBe(false);
    });
    expect(await second).toEqual({ responses: 0, comments: 0 });
    expect(await count('responses')).toBe(before + 10);
  });

  it("rewrites a wave's rows in the order of random ids, so their storage order no longer tells which move brought them", async () => {
    const { db } = test.runtime.handle;
    const row = (moved: string) => ({
      id: randomUUID(),
      wave_id: 'shuffled',
      questionnaire_version_id: 'version',
      provider_unit_id: 'provider',
      customer_unit_id: 'customer',
      kind: 'perception',
      submitted_on: '2026-11-28',
      answers: JSON.stringify({ moved }),
    });
    // Two moves, one after the other: the table keeps the first move's rows ahead.
    await db
      .insertInto('responses')
      .values(Array.from({ length: 60 }, () => row('early')))
      .execute();
    await db
      .insertInto('responses')
      .values(Array.from({ length: 60 }, () => row('late')))
      .execute();
    await db
      .insertInto('responses')
      .values({ ...row('other wave'), wave_id: 'untouched' })
      .execute();
    const inStorageOrder = async () =>
      (await sql<{ id: string; answers: string }>`select id, answers from responses where wave_id = 'shuffled' order by ctid`.execute(db))
        .rows;
    const before = await inStorageOrder();
    expect(before.slice(0, 60).every((stored) => stored.answers.includes('early'))).toBe(true);

    await test.runtime.context.stores.responding.shuffleStorage('shuffled');
    const after = await inStorageOrder();
    expect(after).toHaveLength(120);
    // Random order: of the first 60 rows, about half came late (15 to 45 but for one chance in 10^5).
    const lateAhead = after.slice(0, 60).filter((stored) => stored.answers.includes('late')).length;
    expect(lateAhead).toBeGreaterThanOrEqual(15);
    expect(lateAhead).toBeLessThanOrEqual(45);
    const oldIds = new Set(before.map((stored) => stored.id));
    expect(after.filter((stored) => oldIds.has(stored.id))).toEqual([]);
    expect(await count('responses')).toBeGreaterThanOrEqual(121);
    const untouched = await db.selectFrom('responses').select('answers').where('wave_id', '=', 'untouched').execute();
    expect(untouched).toEqual([{ answers: JSON.stringify({ moved: 'other wave' }) }]);
  });
});
