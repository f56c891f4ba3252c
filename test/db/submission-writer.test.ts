import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreparedSubmission } from '../../src/app/respond/ports.js';
import { hashToken } from '../../src/app/tokens.js';
import { startSubmissionWriter } from '../../src/db/submission-writer.js';
import { createSurveyWave, inviteMany, type SurveyWave } from '../respond/fixture.js';
import { createTestRuntime, type TestRuntime } from '../support/database.js';

// The SQLite writer thread: it stores submissions from its own connection, so the server's
// thread does not wait for the disk. PostgreSQL has no such thread.
const isPostgres = process.env.DATABASE_URL?.startsWith('postgres') ?? false;

describe.skipIf(isPostgres)('the submission writer thread (SQLite)', () => {
  let test: TestRuntime;
  let wave: SurveyWave;

  beforeAll(async () => {
    test = await createTestRuntime();
    wave = await createSurveyWave(test.runtime.context, test.runtime.handle.db);
  });
  afterAll(() => test.cleanup());

  const submission = (invitationId: string, responseIds: string[] = [randomUUID()]): PreparedSubmission => ({
    invitationId,
    waveId: wave.waveId,
    responses: responseIds.map((id) => ({
      id,
      waveId: wave.waveId,
      questionnaireVersionId: wave.versionId,
      providerUnitId: wave.providers[0]?.id ?? '',
      customerUnitId: wave.customerUnit.id,
      kind: 'perception' as const,
      answers: { 'reliability.1': 4 },
      submittedOn: '2026-11-28',
    })),
    comments: [],
  });

  const count = async (table: 'responses' | 'response_inbox' | 'comments' | 'comment_inbox') =>
    Number(
      (
        await test.runtime.handle.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  /** Responses stored (in the inbox or moved out of it) and invitations submitted. */
  const countRows = async () => {
    const { db } = test.runtime.handle;
    const responses = (await count('responses')) + (await count('response_inbox'));
    const submitted = await db
      .selectFrom('invitations')
      .where('is_submitted', '=', 1)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return { responses, submitted: Number(submitted.n) };
  };

  it('is what the store uses outside a transaction, and the server connection reads what it wrote', async () => {
    expect(test.runtime.handle.submissionWriter).toBeDefined();
    const [first, second] = await inviteMany(test.runtime.handle.db, wave, 2);
    const before = await countRows();
    const submitted = await test.runtime.context.stores.responding.commitSubmissions([
      submission(first?.invitationId ?? ''),
      submission(second?.invitationId ?? '', [randomUUID(), randomUUID()]),
    ]);
    expect([...submitted.submitted].sort()).toEqual([first?.invitationId, second?.invitationId].sort());
    expect(submitted.refused).toEqual(new Set());
    expect(await countRows()).toEqual({ responses: before.responses + 3, submitted: before.submitted + 2 });
  });

  it('appends to the inbox; the move places the rows in `responses` under new ids and empties the inbox', async () => {
    const { responding } = test.runtime.context.stores;
    await responding.moveInbox(randomUUID);
    const invitations = await inviteMany(test.runtime.handle.db, wave, 3);
    const ids: string[][] = invitations.map(() => [randomUUID(), randomUUID()]);
    const stored = await count('responses');
    await responding.commitSubmissions(invitations.map((invitation, index) => submission(invitation.invitationId, ids[index])));
    const inbox = await test.runtime.handle.db.selectFrom('response_inbox').select('id').execute();
    expect(inbox.map((row) => row.id).sort()).toEqual(ids.flat().sort());
    expect(await count('responses')).toBe(stored);
    expect(await responding.moveInbox(randomUUID)).toEqual({ responses: 6, comments: 0 });
    expect(await count('response_inbox')).toBe(0);
    const moved = await test.runtime.handle.db.selectFrom('responses').select('id').execute();
    expect(moved.length).toBe(stored + 6);
    expect(moved.filter((row) => ids.flat().includes(row.id))).toEqual([]);
    expect(await responding.moveInbox(randomUUID)).toEqual({ responses: 0, comments: 0 });
  });

  it('moves a large inbox in several transactions, oldest rows first, and loses none', async () => {
    const file = test.config.database.kind === 'sqlite' ? test.config.database.file : '';
    const writer = startSubmissionWriter({ file, synchronous: 'FULL' });
    try {
      await test.runtime.context.stores.responding.moveInbox(randomUUID);
      const invitations = await inviteMany(test.runtime.handle.db, wave, 7);
      const stored = await count('responses');
      const ids: string[][] = invitations.map(() => [randomUUID(), randomUUID()]);
      for (const [index, invitation] of invitations.entries()) await writer.commit([submission(invitation.invitationId, ids[index])]);
      expect(await writer.moveInbox(5)).toEqual({ responses: 5, comments: 0 });
      // The five oldest rows went: what is left is the rest of the third submission and all later ones.
      const left = (await test.runtime.handle.db.selectFrom('response_inbox').select('id').execute()).map((row) => row.id);
      expect(left).toHaveLength(9);
      expect(
        ids
          .slice(3)
          .flat()
          .every((id) => left.includes(id)),
      ).toBe(true);
      expect(await writer.moveInbox(5)).toEqual({ responses: 5, comments: 0 });
      expect(await writer.moveInbox(5)).toEqual({ responses: 4, comments: 0 });
      expect(await count('response_inbox')).toBe(0);
      expect(await count('responses')).toBe(stored + 14);
    } finally {
      await writer.close();
    }
  });

  it('lets a transaction of the server read, and write after the writer took its turn meanwhile (BEGIN IMMEDIATE)', async () => {
    const [first] = await inviteMany(test.runtime.handle.db, wave, 1);
    let committed: Promise<unknown> = Promise.resolve();
    await test.runtime.context.transaction(async (stores) => {
      const found = await stores.waves.findWave(wave.waveId);
      // A submission commits on the writer's thread between the read and the write below.
      committed = test.runtime.context.stores.responding.commitSubmissions([submission(first?.invitationId ?? '')]);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await stores.waves.updateWave({ ...found!, name: 'Renamed meanwhile' }, 'open')).toBe(true);
    });
    expect((await committed) as { submitted: Set<string> }).toMatchObject({ submitted: new Set([first?.invitationId]) });
    expect((await test.runtime.context.stores.waves.findWave(wave.waveId))?.name).toBe('Renamed meanwhile');
  });

  it('refuses the submissions of a wave that is no longer open, and stores the rest of the batch', async () => {
    const closed = await createSurveyWave(test.runtime.context, test.runtime.handle.db, { status: 'closed' });
    const [late] = await inviteMany(test.runtime.handle.db, closed, 1);
    const [onTime] = await inviteMany(test.runtime.handle.db, wave, 1);
    const lateId = late?.invitationId ?? '';
    const before = await countRows();
    const outcome = await test.runtime.context.stores.responding.commitSubmissions([
      { ...submission(lateId), waveId: closed.waveId },
      submission(onTime?.invitationId ?? ''),
    ]);
    expect(outcome).toEqual({ submitted: new Set([onTime?.invitationId]), refused: new Set([lateId]) });
    expect(await countRows()).toEqual({ responses: before.responses + 1, submitted: before.submitted + 1 });
  });

  it('stores an invitation once: a second batch with it stores nothing', async () => {
    const [only] = await inviteMany(test.runtime.handle.db, wave, 1);
    const invitationId = only?.invitationId ?? '';
    expect((await test.runtime.context.stores.responding.commitSubmissions([submission(invitationId)])).submitted).toEqual(
      new Set([invitationId]),
    );
    const before = await countRows();
    expect(await test.runtime.context.stores.responding.commitSubmissions([submission(invitationId)])).toEqual({
      submitted: new Set(),
      refused: new Set(),
    });
    expect(await countRows()).toEqual(before);
  });

  it('rejects a failing batch with the database error and writes none of it', async () => {
    const [first, second] = await inviteMany(test.runtime.handle.db, wave, 2);
    const before = await countRows();
    const broken = submission(second?.invitationId ?? '');
    await expect(
      test.runtime.context.stores.responding.commitSubmissions([
        submission(first?.invitationId ?? ''),
        { ...broken, responses: broken.responses.map((row) => ({ ...row, customerUnitId: null as unknown as string })) },
      ]),
    ).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_NOTNULL' });
    expect(await countRows()).toEqual(before);
  });

  it('refuses work after it was closed, and a new writer on the same file goes on', async () => {
    const file = test.config.database.kind === 'sqlite' ? test.config.database.file : '';
    const writer = startSubmissionWriter({ file, synchronous: 'FULL' });
    const [only] = await inviteMany(test.runtime.handle.db, wave, 1);
    await writer.close();
    await expect(writer.commit([submission(only?.invitationId ?? '')])).rejects.toThrow(/closed/);
    const next = startSubmissionWriter({ file, synchronous: 'FULL' });
    try {
      expect((await next.commit([submission(only?.invitationId ?? '')])).submitted).toEqual(new Set([only?.invitationId]));
    } finally {
      await next.close();
    }
  });

  it('looks tokens up on its reader thread: lookups made together each get their own invitation, and see its commits', async () => {
    const invitations = await inviteMany(test.runtime.handle.db, wave, 30);
    const { responding } = test.runtime.context.stores;
    const found = await Promise.all(invitations.map((invitation) => responding.findByTokenHash(hashToken(invitation.token))));
    expect(found.map((access) => access?.invitationId)).toEqual(invitations.map((invitation) => invitation.invitationId));
    expect(found.every((access) => access?.isSubmitted === false && access.wave.id === wave.waveId)).toBe(true);
    expect(await responding.findByTokenHash(hashToken('not-a-token'))).toBeUndefined();
    const first = invitations[0]?.invitationId ?? '';
    await responding.commitSubmissions([submission(first)]);
    expect((await responding.findByTokenHash(hashToken(invitations[0]?.token ?? '')))?.isSubmitted).toBe(true);
  });

  it('reads only: a failing statement fails its own lookups alone, a write is refused, and a closed writer reads nothing', async () => {
    const file = test.config.database.kind === 'sqlite' ? test.config.database.file : '';
    const writer = startSubmissionWriter({ file, synchronous: 'FULL' });
    try {
      const [broken, fine, write] = await Promise.allSettled([
        writer.read('SELECT no_such_column FROM responses', []),
        writer.read('SELECT ? AS echoed', ['hello']),
        writer.read('DELETE FROM responses RETURNING id', []),
      ]);
      expect(broken).toMatchObject({ status: 'rejected', reason: { message: expect.stringMatching(/no_such_column/) } });
      expect(fine).toEqual({ status: 'fulfilled', value: [{ echoed: 'hello' }] });
      expect(write).toMatchObject({ status: 'rejected', reason: { code: 'SQLITE_READONLY' } });
    } finally {
      await writer.close();
    }
    await expect(writer.read('SELECT 1', [])).rejects.toThrow(/closed/);
  });

  it('truncates the write-ahead log, and gives up at once while a reader holds it', async () => {
    const file = test.config.database.kind === 'sqlite' ? test.config.database.file : '';
    const writer = startSubmissionWriter({ file, synchronous: 'FULL' });
    const reader = new SqliteDatabase(file, { readonly: true });
    try {
      const [first, second] = await inviteMany(test.runtime.handle.db, wave, 2);
      await writer.commit([submission(first?.invitationId ?? '')]);
      expect(statSync(`${file}-wal`).size).toBeGreaterThan(0);
      // An open read transaction on the log: truncating it would mean waiting for the reader.
      reader.exec('BEGIN');
      reader.prepare('SELECT count(*) FROM responses').get();
      await writer.commit([submission(second?.invitationId ?? '')]);
      const started = Date.now();
      expect(await writer.truncateLog()).toBe(false);
      expect(Date.now() - started).toBeLessThan(1_000);
      reader.exec('COMMIT');
      expect(await writer.truncateLog()).toBe(true);
      expect(statSync(`${file}-wal`).size).toBe(0);
    } finally {
      reader.close();
      await writer.close();
    }
  });
});
