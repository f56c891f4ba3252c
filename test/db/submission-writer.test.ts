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

  const submission = (invitationId: string, responseIds = [randomUUID()]): PreparedSubmission => ({
    invitationId,
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

  const countRows = async () => {
    const { db } = test.runtime.handle;
    const responses = await db
      .selectFrom('responses')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const submitted = await db
      .selectFrom('invitations')
      .where('is_submitted', '=', 1)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return { responses: Number(responses.n), submitted: Number(submitted.n) };
  };

  it('is what the store uses outside a transaction, and the server connection reads what it wrote', async () => {
    expect(test.runtime.handle.submissionWriter).toBeDefined();
    const [first, second] = await inviteMany(test.runtime.handle.db, wave, 2);
    const before = await countRows();
    const submitted = await test.runtime.context.stores.responding.commitSubmissions([
      submission(first?.invitationId ?? ''),
      submission(second?.invitationId ?? '', [randomUUID(), randomUUID()]),
    ]);
    expect([...submitted].sort()).toEqual([first?.invitationId, second?.invitationId].sort());
    expect(await countRows()).toEqual({ responses: before.responses + 3, submitted: before.submitted + 2 });
  });

  it('stores an invitation once: a second batch with it stores nothing', async () => {
    const [only] = await inviteMany(test.runtime.handle.db, wave, 1);
    const invitationId = only?.invitationId ?? '';
    expect(await test.runtime.context.stores.responding.commitSubmissions([submission(invitationId)])).toEqual(new Set([invitationId]));
    const before = await countRows();
    expect(await test.runtime.context.stores.responding.commitSubmissions([submission(invitationId)])).toEqual(new Set());
    expect(await countRows()).toEqual(before);
  });

  it('rejects a failing batch with the database error and writes none of it', async () => {
    const [first, second] = await inviteMany(test.runtime.handle.db, wave, 2);
    const sameId = randomUUID();
    const before = await countRows();
    await expect(
      test.runtime.context.stores.responding.commitSubmissions([
        submission(first?.invitationId ?? '', [sameId]),
        submission(second?.invitationId ?? '', [sameId]),
      ]),
    ).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_PRIMARYKEY' });
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
      expect(await next.commit([submission(only?.invitationId ?? '')])).toEqual(new Set([only?.invitationId]));
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
