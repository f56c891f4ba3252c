import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWaveScheduler } from '../../src/app/waves/schedule-waves.js';
import { createTestRuntime, type TestRuntime } from '../support/database.js';
import { createSurveyWave, type SurveyWave } from './fixture.js';

const isPostgres = process.env.DATABASE_URL?.startsWith('postgres') ?? false;

// PostgreSQL keeps rows about in the order they were written, so while a wave is open the
// storage order of its responses tells which minute's move of the inbox brought them. The
// scheduler rewrites an open wave's rows in random order once a day: then the order tells no
// more than the day, which each response states anyway.
describe.skipIf(!isPostgres)('the daily rewrite of open waves (PostgreSQL)', () => {
  let test: TestRuntime;
  let open: SurveyWave;
  let closed: SurveyWave;
  beforeAll(async () => {
    test = await createTestRuntime();
    open = await createSurveyWave(test.runtime.context, test.runtime.handle.db);
    closed = await createSurveyWave(test.runtime.context, test.runtime.handle.db, { status: 'closed' });
    for (const wave of [open, closed]) {
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
            answers: '{}',
          })),
        )
        .execute();
    }
  });
  afterAll(() => test.cleanup());

  const idsOf = async (wave: SurveyWave) =>
    (await test.runtime.handle.db.selectFrom('responses').select('id').where('wave_id', '=', wave.waveId).orderBy('id').execute()).map(
      (row) => row.id,
    );
  const waitFor = async (condition: () => Promise<boolean>) => {
    for (let round = 0; round < 200; round += 1) {
      if (await condition()) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('waited in vain');
  };

  it('rewrites an open wave at start and then once a day; a closed wave is left alone', async () => {
    const [openBefore, closedBefore] = [await idsOf(open), await idsOf(closed)];
    let now = new Date('2026-11-28T10:00:00.000Z');
    const errors: unknown[] = [];
    const scheduler = startWaveScheduler({
      context: { ...test.runtime.context, clock: () => now },
      settings: { publicUrl: 'http://127.0.0.1', anonymityThreshold: 5 },
      intervalMs: 20,
      onError: (error) => errors.push(error),
    });
    try {
      await waitFor(async () => (await idsOf(open)).every((id) => !openBefore.includes(id)));
      const afterStart = await idsOf(open);
      expect(afterStart).toHaveLength(20);
      // More runs the same day change nothing.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await idsOf(open)).toEqual(afterStart);
      now = new Date('2026-11-29T00:00:30.000Z');
      await waitFor(async () => (await idsOf(open)).every((id) => !afterStart.includes(id)));
      expect(await idsOf(open)).toHaveLength(20);
      expect(await idsOf(closed)).toEqual(closedBefore);
      expect(errors).toEqual([]);
    } finally {
      await scheduler.stop();
    }
  });
});
