import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWaveScheduler } from '../../src/app/waves/schedule-waves.js';
import { createTestRuntime, type TestRuntime } from '../support/database.js';
import { createSurveyWave, invite } from './fixture.js';

// A respondent session keeps the day of a visit; the wave scheduler deletes it once it expired
// (at most 30 days after the visit), whether or not anyone opens a link again.
describe('expired respondent sessions', () => {
  let test: TestRuntime;
  beforeAll(async () => {
    test = await createTestRuntime();
  });
  afterAll(() => test.cleanup());

  it('are deleted by the wave scheduler, live ones stay', async () => {
    const { context, handle } = test.runtime;
    const wave = await createSurveyWave(context, handle.db);
    const { invitationId } = await invite(context, handle.db, wave);
    const now = new Date('2026-11-28T10:00:00.000Z');
    await handle.db
      .insertInto('respondent_sessions')
      .values([
        { id: `expired-${randomUUID()}`, invitation_id: invitationId, expires_at: '2026-11-28T00:00:00.000Z' },
        { id: `live-${randomUUID()}`, invitation_id: invitationId, expires_at: '2026-12-28T00:00:00.000Z' },
      ])
      .execute();
    const errors: unknown[] = [];
    const scheduler = startWaveScheduler({
      context: { ...context, clock: () => now },
      settings: { publicUrl: 'http://127.0.0.1', anonymityThreshold: 5 },
      intervalMs: 20,
      onError: (error) => errors.push(error),
    });
    const left = async () =>
      (await handle.db.selectFrom('respondent_sessions').select('id').where('invitation_id', '=', invitationId).execute()).map((row) =>
        row.id.replace(/-.*/, ''),
      );
    try {
      for (let round = 0; round < 200 && (await left()).includes('expired'); round += 1) {
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    } finally {
      await scheduler.stop();
    }
    expect(await left()).toEqual(['live']);
    expect(errors).toEqual([]);
  });
});
