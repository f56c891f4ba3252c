import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreparedSubmission } from '../../src/app/respond/ports.js';
import { createRespondentRuntime } from '../../src/app/respond/respondent-runtime.js';
import { createSurveyWave, inviteMany, type SurveyWave } from './fixture.js';
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

const submission = (invitationId: string, responseId = randomUUID()): PreparedSubmission => ({
  invitationId,
  responses: [
    {
      id: responseId,
      waveId: wave.waveId,
      questionnaireVersionId: wave.versionId,
      providerUnitId: wave.providers[0]?.id ?? '',
      customerUnitId: wave.customerUnit.id,
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
    expect([...(await server.context.stores.responding.commitSubmissions([submission(id)]))]).toEqual([id]);
    expect([...(await server.context.stores.responding.commitSubmissions([submission(id)]))]).toEqual([]);
    expect(await countResponses()).toBe(before + 1);
  });

  it('stores the rest of a batch when one submission in it fails, retrying one by one', async () => {
    const invitations = await inviteMany(server.db, wave, 4);
    const taken = randomUUID();
    await server.context.stores.responding.commitSubmissions([submission(invitations[0]?.invitationId ?? '', taken)]);
    const failures: number[] = [];
    const runtime = createRespondentRuntime(server.context, {
      maxConcurrentBatches: 1,
      onBatchFailure: (_error, size) => failures.push(size),
    });
    const before = await countResponses();
    // The second submission reuses a stored response id: its insert violates the primary key.
    const outcomes = await Promise.allSettled([
      runtime.batcher.submit(submission(invitations[1]?.invitationId ?? '')),
      runtime.batcher.submit(submission(invitations[2]?.invitationId ?? '', taken)),
      runtime.batcher.submit(submission(invitations[3]?.invitationId ?? '')),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(failures).toEqual([3]);
    expect(await countResponses()).toBe(before + 2);
    const failed = await server.db
      .selectFrom('invitations')
      .select('is_submitted')
      .where('id', '=', invitations[2]?.invitationId ?? '')
      .executeTakeFirstOrThrow();
    expect(failed.is_submitted).toBe(0);
  });
});
