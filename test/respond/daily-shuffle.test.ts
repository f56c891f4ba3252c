import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWaveScheduler } from '../../src/app/waves/schedule-waves.js';
import { createTestRuntime, type TestRuntime } from '../support/database.js';
import { createSurveyWave, invite, type SurveyWave } from './fixture.js';

const isPostgres = process.env.DATABASE_URL?.startsWith('postgres') ?? false;

// PostgreSQL keeps rows about in the order they were written, so while a wave is open the
// storage order of its responses tells which minute's move of the inbox brought them. Once a
// day the open waves' rows are rewritten in random order: then the order tells no more than
// the day, which each response states anyway. SQLite keeps them in random-id order throughout.
describe.skipIf(!isPostgres)('the daily rewrite of open waves (PostgreSQL)', () => {
  let test: TestRuntime;
  let open: SurveyWave;
  let closed: SurveyWave;
  let closing: SurveyWave;
  beforeAll(async () => {
    test = await createTestRuntime();
    const { context, handle } = test.runtime;
    open = await createSurveyWave(context, handle.db);
    closed = await createSurveyWave(context, handle.db, { status: 'closed' });
    // Due to close before the day's run: the build at its close rewrites it.
    closing = await createSurveyWave(context, handle.db, { closesAt: '2026-11-28T09:00:00.000Z' });
    // Invitations, one answered and one visited, whose rows keep the transaction ids of that.
    for (let index = 0; index < 3; index += 1) await invite(context, handle.db, open);
    const [answered, visited] = await handle.db.selectFrom('invitations').select('id').where('wave_id', '=', open.waveId).execute();
    await handle.db.updateTable('invitations').set({ is_submitted: 1 }).where('id', '=', answered!.id).execute();
    // Visits, one after the other: the table keeps them in the order they came.
    for (let visit = 0; visit < 5; visit += 1) {
      await handle.db
        .insertInto('respondent_sessions')
        .values({ id: randomUUID(), invitation_id: visited!.id, expires_at: '2026-12-28T00:00:00.000Z' })
        .execute();
    }
    // Two moves, one after the other: each wave's table keeps the first move's rows ahead.
    for (const moved of ['early', 'late']) {
      for (const wave of [open, closed, closing]) {
        await test.runtime.handle.db
          .insertInto('responses')
          .values(
            Array.from({ length: 20 }, () => ({
              id: randomUUID(),
              wave_id: wave.waveId,
              questionnaire_version_id: wave.versionId,
              provider_unit_id: wave.providers[0]!.id,
              customer_unit_id: wave.customerUnit.id,
              kind: 'perception',
              submitted_on: '2026-11-28',
              answers: JSON.stringify({ moved }),
            })),
          )
          .execute();
      }
    }
  });
  afterAll(() => test.cleanup());

  const inStorageOrder = async (wave: SurveyWave) =>
    (
      await sql<{ id: string; answers: string }>`select id, answers from responses where wave_id = ${wave.waveId} order by ctid`.execute(
        test.runtime.handle.db,
      )
    ).rows;
  const shuffle = (day: string) => test.runtime.context.stores.responding.shuffleOpenWaves(`${day}T10:00:00.000Z`);
  /** The transaction ids (xmin) of the open wave's invitations and their sessions. */
  const writers = async () => ({
    invitations: (
      await sql<{ x: string }>`select distinct xmin::text as x from invitations where wave_id = ${open.waveId}`.execute(
        test.runtime.handle.db,
      )
    ).rows.map((row) => row.x),
    sessions: (
      await sql<{ x: string }>`select distinct s.xmin::text as x from respondent_sessions s join invitations i on i.id = s.invitation_id
        where i.wave_id = ${open.waveId}`.execute(test.runtime.handle.db)
    ).rows.map((row) => row.x),
  });

  it('rewrites each open wave once a day, under new ids and in random order; of two servers at once, one does it', async () => {
    const before = await inStorageOrder(open);
    expect(before.slice(0, 20).every((row) => row.answers.includes('early'))).toBe(true);
    const closedBefore = await inStorageOrder(closed);
    const closingBefore = await inStorageOrder(closing);
    const writersBefore = await writers();
    // The answered invitation and the visit each wrote in a transaction of its own.
    expect(writersBefore.invitations.length).toBeGreaterThan(1);

    const [first, second] = await Promise.all([shuffle('2026-11-28'), shuffle('2026-11-28')]);
    expect(first + second).toBe(1);
    const after = await inStorageOrder(open);
    expect(after).toHaveLength(40);
    expect(after.filter((row) => before.some((old) => old.id === row.id))).toEqual([]);
    // Random order: of the first 20 rows, about half came late (4 to 16 but for about one chance in 10^4).
    const lateAhead = after.slice(0, 20).filter((row) => row.answers.includes('late')).length;
    expect(lateAhead).toBeGreaterThanOrEqual(4);
    expect(lateAhead).toBeLessThanOrEqual(16);
    expect(await inStorageOrder(closed)).toEqual(closedBefore);
    expect(await inStorageOrder(closing)).toEqual(closingBefore);
    // The invitations and the session were written again, each kind in one go: their ids tell nothing of when.
    const writersAfter = await writers();
    expect(writersAfter.invitations).toHaveLength(1);
    expect(writersAfter.sessions).toHaveLength(1);
    expect(writersBefore.invitations).not.toContain(writersAfter.invitations[0]);
    expect(writersBefore.sessions).not.toContain(writersAfter.sessions[0]);
    // And both lie in the order of their (random) ids, not of the visits or of who answered together.
    for (const table of ['invitations', 'respondent_sessions']) {
      const ids = (await sql<{ id: string }>`select id from ${sql.table(table)} order by ctid`.execute(test.runtime.handle.db)).rows.map(
        (row) => row.id,
      );
      expect(ids.length).toBeGreaterThan(1);
      expect(ids).toEqual([...ids].sort());
    }

    expect(await shuffle('2026-11-28')).toBe(0);
    expect(await inStorageOrder(open)).toEqual(after);
    expect(await shuffle('2026-11-29')).toBe(1);
    expect((await inStorageOrder(open)).filter((row) => after.some((old) => old.id === row.id))).toEqual([]);
  });

  it('is done by the wave scheduler on its first run of a day', async () => {
    const before = await inStorageOrder(open);
    const errors: unknown[] = [];
    const scheduler = startWaveScheduler({
      context: { ...test.runtime.context, clock: () => new Date('2026-11-30T00:00:30.000Z') },
      settings: { publicUrl: 'http://127.0.0.1', anonymityThreshold: 5 },
      intervalMs: 20,
      onError: (error) => errors.push(error),
    });
    try {
      for (let round = 0; round < 200 && (await inStorageOrder(open))[0]?.id === before[0]?.id; round += 1) {
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      const after = await inStorageOrder(open);
      expect(after.filter((row) => before.some((old) => old.id === row.id))).toEqual([]);
      // Further runs the same day leave it.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await inStorageOrder(open)).toEqual(after);
      expect(errors).toEqual([]);
    } finally {
      await scheduler.stop();
    }
    const recorded = await test.runtime.handle.db
      .selectFrom('waves')
      .select('storage_shuffled_on')
      .where('id', '=', open.waveId)
      .executeTakeFirst();
    expect(recorded?.storage_shuffled_on).toBe('2026-11-30');
  });
});
