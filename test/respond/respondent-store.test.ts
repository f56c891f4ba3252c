import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreparedSubmission } from '../../src/app/respond/ports.js';
import { createRespondentRuntime } from '../../src/app/respond/respondent-runtime.js';
import { submitResponses } from '../../src/app/respond/submit-responses.js';
import { hashToken } from '../../src/app/tokens.js';
import { changeWaveStatus } from '../../src/app/waves/change-wave-status.js';
import { createSurveyWave, inviteMany, twentyAnswers, type SurveyWave } from './fixture.js';
import { createRespondentTestServer, type RespondentTestServer } from './support.js';

// The store and the group-commit writer on a real database, below HTTP.
let server: RespondentTestServer;
let wave: SurveyWave;

beforeAll(async () => {
  server = await createRespondentTestServer();
  wave = await createSurveyWave(server.context, server.db);
});
afterAll(async () => {
  await server?.cleanup();
});

const submission = (invitationId: string, responseId = randomUUID(), target = wave): PreparedSubmission => ({
  invitationId,
  waveId: target.waveId,
  responses: [
    {
      id: responseId,
      waveId: target.waveId,
      questionnaireVersionId: target.versionId,
      providerUnitId: target.providers[0]?.id ?? '',
      customerUnitId: target.customerUnit.id,
      kind: 'perception',
      submittedOn: '2026-11-28',
      answers: { 'rel-1': 3 },
    },
  ],
  comments: [],
});
// Stored responses: in the inbox, or already moved out of it.
const countResponses = async () => {
  let total = 0;
  for (const table of ['responses', 'response_inbox'] as const) {
    total += Number(
      (
        await server.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  }
  return total;
};

describe('storing submissions', () => {
  it('marks an invitation submitted once: a second commit of it stores nothing', async () => {
    const [invitation] = await inviteMany(server.db, wave, 1);
    const id = invitation?.invitationId ?? '';
    const before = await countResponses();
    expect(await server.context.stores.responding.commitSubmissions([submission(id)])).toEqual({
      submitted: new Set([id]),
      refused: new Set(),
    });
    expect(await server.context.stores.responding.commitSubmissions([submission(id)])).toEqual({
      submitted: new Set(),
      refused: new Set(),
    });
    expect(await countResponses()).toBe(before + 1);
  });

  it('stores the rest of a batch when one submission in it fails, retrying one by one', async () => {
    const invitations = await inviteMany(server.db, wave, 3);
    const failures: number[] = [];
    const runtime = createRespondentRuntime(server.context, {
      maxConcurrentBatches: 1,
      onBatchFailure: (_error, size) => failures.push(size),
    });
    const before = await countResponses();
    // The second submission's response has no customer unit: its insert violates NOT NULL.
    const broken = submission(invitations[1]?.invitationId ?? '');
    const outcomes = await Promise.allSettled([
      runtime.batcher.submit(submission(invitations[0]?.invitationId ?? '')),
      runtime.batcher.submit({
        ...broken,
        responses: broken.responses.map((row) => ({ ...row, customerUnitId: null as unknown as string })),
      }),
      runtime.batcher.submit(submission(invitations[2]?.invitationId ?? '')),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(failures).toEqual([3]);
    expect(await countResponses()).toBe(before + 2);
    const failed = await server.db
      .selectFrom('invitations')
      .select('is_submitted')
      .where('id', '=', invitations[1]?.invitationId ?? '')
      .executeTakeFirstOrThrow();
    expect(failed.is_submitted).toBe(0);
  });
});

describe('a submission and the close of its wave', () => {
  const isSubmitted = async (invitationId: string) =>
    (await server.db.selectFrom('invitations').select('is_submitted').where('id', '=', invitationId).executeTakeFirstOrThrow())
      .is_submitted === 1;

  it('refuses a submission checked while its wave was open and committed after the close: nothing stored', async () => {
    const closing = await createSurveyWave(server.context, server.db);
    const [invitation] = await inviteMany(server.db, closing, 1);
    const access = await server.context.stores.responding.findByTokenHash(hashToken(invitation?.token ?? ''));
    expect(access?.wave.status).toBe('open');
    await changeWaveStatus(server.context, { actor: null, id: closing.waveId, change: 'close' });
    const before = await countResponses();
    const runtime = createRespondentRuntime(server.context, { maxConcurrentBatches: 1 });
    const ratings = [
      { kind: 'perception' as const, providerUnitId: closing.providers[0]?.id ?? '', answers: twentyAnswers(closing.content) },
    ];
    await expect(submitResponses(runtime, { access: access!, ratings })).rejects.toMatchObject({
      code: 'invalid_state',
      message: expect.stringMatching(/closed/),
    });
    expect(await countResponses()).toBe(before);
    expect(await isSubmitted(invitation?.invitationId ?? '')).toBe(false);
  });

  it('answers a copy of a submission stored before the close as a duplicate, not as refused', async () => {
    const closing = await createSurveyWave(server.context, server.db);
    const [invitation] = await inviteMany(server.db, closing, 1);
    const id = invitation?.invitationId ?? '';
    expect((await server.context.stores.responding.commitSubmissions([submission(id, randomUUID(), closing)])).submitted).toEqual(
      new Set([id]),
    );
    await changeWaveStatus(server.context, { actor: null, id: closing.waveId, change: 'close' });
    expect(await server.context.stores.responding.commitSubmissions([submission(id, randomUUID(), closing)])).toEqual({
      submitted: new Set(),
      refused: new Set(),
    });
  });

  // On SQLite the server's one connection serialises this anyway; there the writer's own
  // status read decides (test/db/submission-writer.test.ts).
  it.skipIf(!process.env.DATABASE_URL?.startsWith('postgres'))(
    'PostgreSQL: makes a close wait for a submission being committed, whose rows its results then hold',
    async () => {
      const closing = await createSurveyWave(server.context, server.db);
      const [invitation] = await inviteMany(server.db, closing, 1);
      const id = invitation?.invitationId ?? '';
      let isClosed = false;
      let close: Promise<unknown> = Promise.resolve();
      await server.context.transaction(async (stores) => {
        const outcome = await stores.responding.commitSubmissions([submission(id, randomUUID(), closing)]);
        expect(outcome.submitted).toEqual(new Set([id]));
        close = changeWaveStatus(server.context, { actor: null, id: closing.waveId, change: 'close' }).then(() => (isClosed = true));
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(isClosed).toBe(false);
      });
      await close;
      expect(await isSubmitted(id)).toBe(true);
      expect((await server.context.stores.results.findBuild(closing.waveId))?.responses).toBe(1);
    },
  );

  it.skipIf(!process.env.DATABASE_URL?.startsWith('postgres'))(
    'PostgreSQL: queues a submission that comes while a close waits behind the close, which it then finds',
    async () => {
      const closing = await createSurveyWave(server.context, server.db);
      const [first, second] = await inviteMany(server.db, closing, 2);
      let close: Promise<unknown> = Promise.resolve();
      let later: Promise<{ submitted: Set<string>; refused: Set<string> }> | undefined;
      await server.context.transaction(async (stores) => {
        await stores.responding.commitSubmissions([submission(first?.invitationId ?? '', randomUUID(), closing)]);
        close = changeWaveStatus(server.context, { actor: null, id: closing.waveId, change: 'close' });
        await new Promise((resolve) => setTimeout(resolve, 200));
        // Shared row locks would let this one in ahead of the waiting close (and steady
        // submissions could hold the close off for as long as they come).
        later = server.context.stores.responding.commitSubmissions([submission(second?.invitationId ?? '', randomUUID(), closing)]);
        await new Promise((resolve) => setTimeout(resolve, 200));
      });
      await close;
      expect(await later).toEqual({ submitted: new Set(), refused: new Set([second?.invitationId]) });
      expect((await server.context.stores.results.findBuild(closing.waveId))?.responses).toBe(1);
    },
  );
});
