import { sql, type CompiledQuery, type ExpressionBuilder, type Kysely } from 'kysely';
import type { DialectName } from '../connect.js';
import { lockWave } from '../dialect.js';
import type { CommitOutcome, InvitationAccess, PreparedSubmission, RespondentStore, WaveSurvey } from '../../app/respond/ports.js';
import type { QuestionnaireContent } from '../../domain/questionnaire/questionnaire.js';
import type { WaveStatus } from '../../domain/wave/wave.js';
import type { CommentTable, Database, ResponseTable } from '../schema.js';
import type { SubmissionWriter } from '../submission-writer.js';
import { chunk } from './chunk.js';

/** Rows the mover takes out of an inbox per transaction. */
const MOVE_CHUNK = 250;

/**
 * Invitation tokens, respondent sessions, drafts and anonymous responses. With a writer (a
 * SQLite file), submissions outside a transaction are stored by the writer's thread and the
 * token and session lookups run on its reader thread. Submissions land in the inbox (on
 * PostgreSQL, and from the writer); moveInbox takes them to `responses` and `comments`.
 */
export function createRespondentRepository(db: Kysely<Database>, dialect: DialectName, writer?: SubmissionWriter): RespondentStore {
  const selectAccess = () =>
    db
      .selectFrom('invitations as i')
      .innerJoin('waves as w', 'w.id', 'i.wave_id')
      .select([
        'i.id as invitation_id',
        'i.unit_id',
        'i.locale',
        'i.is_submitted',
        'i.draft',
        'w.id as wave_id',
        'w.name as wave_name',
        'w.questionnaire_version_id',
        'w.status',
        'w.opens_at',
        'w.closes_at',
      ]);

  // Every submission starts with one of these lookups: each is compiled once and run with new
  // parameters, on the writer's reader thread where there is one (see submission-writer.ts).
  let tokenQuery: CompiledQuery<AccessRow> | undefined;
  let sessionQuery: CompiledQuery<AccessRow> | undefined;
  const lookUp = async (query: CompiledQuery<AccessRow>, key: string): Promise<InvitationAccess | undefined> => {
    const rows =
      writer && !db.isTransaction
        ? ((await writer.read(query.sql, [key])) as AccessRow[])
        : (await db.executeQuery<AccessRow>({ ...query, parameters: [key] })).rows;
    return rows[0] ? toAccess(rows[0]) : undefined;
  };

  return {
    async findByTokenHash(tokenHash) {
      tokenQuery ??= selectAccess()
        .innerJoin('invitation_tokens as t', 't.invitation_id', 'i.id')
        .select('t.expires_at')
        .where('t.token_hash', '=', '')
        .compile();
      return lookUp(tokenQuery, tokenHash);
    },

    async findBySessionId(sessionId) {
      sessionQuery ??= selectAccess()
        .innerJoin('respondent_sessions as s', 's.invitation_id', 'i.id')
        .select('s.expires_at')
        .where('s.id', '=', '')
        .compile();
      return lookUp(sessionQuery, sessionId);
    },

    async insertSession(session) {
      await db
        .insertInto('respondent_sessions')
        .values({ id: session.id, invitation_id: session.invitationId, expires_at: session.expiresAt })
        .execute();
    },

    async deleteExpiredSessions(now) {
      const result = await db.deleteFrom('respondent_sessions').where('expires_at', '<=', now).executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async saveDraft(invitationId, draft) {
      const result = await db
        .updateTable('invitations')
        .set({ draft })
        .where('id', '=', invitationId)
        .where('is_submitted', '=', 0)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    async loadWaveSurvey(waveId): Promise<WaveSurvey | undefined> {
      const version = await db
        .selectFrom('waves as w')
        .innerJoin('questionnaire_versions as v', 'v.id', 'w.questionnaire_version_id')
        .select(['v.id', 'v.content'])
        .where('w.id', '=', waveId)
        .executeTakeFirst();
      if (!version) return undefined;
      const relationships = await db
        .selectFrom('wave_relationships')
        .select(['provider_unit_id', 'customer_unit_id'])
        .where('wave_id', '=', waveId)
        .execute();
      return {
        questionnaireVersionId: version.id,
        content: JSON.parse(version.content) as QuestionnaireContent,
        relationships: relationships.map((row) => ({ providerUnitId: row.provider_unit_id, customerUnitId: row.customer_unit_id })),
      };
    },

    async commitSubmissions(batch) {
      // Inside a caller's transaction use it; otherwise the batch is its own transaction.
      if (db.isTransaction) return commitBatch(db, dialect, batch);
      if (writer) return writer.commit(batch);
      return db.transaction().execute((transaction) => commitBatch(transaction, dialect, batch));
    },

    async shuffleStorage(waveId) {
      if (dialect !== 'postgres') return;
      if (db.isTransaction) {
        await rewriteInRandomOrder(db, waveId);
        await rewriteInvitationRows(db, waveId, { skipLocked: false });
        return;
      }
      await db.transaction().execute((transaction) => rewriteInRandomOrder(transaction, waveId));
      // The wave is closed: nothing may be skipped, no later run comes back for it.
      await rewriteInvitationRows(db, waveId, { skipLocked: false });
      // The old row versions, in the old order and with the old transaction ids, go.
      await cleanUpAfterRewrite(db);
    },

    async shuffleOpenWaves(now) {
      if (dialect !== 'postgres') return 0;
      const day = now.slice(0, 10);
      // Open waves not rewritten today; one that is due to close is left to the build at its close.
      const isDue = (eb: ExpressionBuilder<Database, 'waves'>) =>
        eb.and([
          eb('status', '=', 'open'),
          eb.or([eb('closes_at', 'is', null), eb('closes_at', '>', now)]),
          eb.or([eb('storage_shuffled_on', 'is', null), eb('storage_shuffled_on', '<', day)]),
        ]);
      const due = await db.selectFrom('waves').select('id').where(isDue).execute();
      let shuffled = 0;
      let failure: unknown;
      for (const { id } of due) {
        // Claimed in a statement of its own, so that of several servers one rewrites a wave,
        // once a day, and a close or an edit of the wave never waits for the rewrite.
        const claim = await db.updateTable('waves').set({ storage_shuffled_on: day }).where('id', '=', id).where(isDue).executeTakeFirst();
        if (Number(claim.numUpdatedRows) === 0) continue;
        try {
          await db.transaction().execute((transaction) => rewriteInRandomOrder(transaction, id));
          await rewriteInvitationRows(db, id, { skipLocked: true });
          shuffled += 1;
        } catch (error) {
          // The other waves go on; this one is due again on the next run.
          failure ??= error;
          await db
            .updateTable('waves')
            .set({ storage_shuffled_on: null })
            .where('id', '=', id)
            .where('storage_shuffled_on', '=', day)
            .execute()
            .catch(() => undefined);
        }
      }
      // What was rewritten is cleaned up even when another wave failed.
      if (shuffled > 0) await cleanUpAfterRewrite(db).catch((error: unknown) => (failure ??= error));
      if (failure !== undefined) throw failure instanceof Error ? failure : new Error(String(failure));
      return shuffled;
    },

    async moveInbox(newId) {
      const moved = { responses: 0, comments: 0 };
      if (dialect === 'sqlite') {
        // Only the writer fills the inbox, and it moves it, between its batches; then the log,
        // which holds the inbox's pages in the order they were written, is truncated.
        if (db.isTransaction) return moved;
        if (!writer) {
          await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
          return moved;
        }
        for (;;) {
          const count = await writer.moveInbox(MOVE_CHUNK);
          moved.responses += count.responses;
          moved.comments += count.comments;
          if (count.responses < MOVE_CHUNK && count.comments < MOVE_CHUNK) break;
        }
        await writer.truncateLog();
        return moved;
      }
      for (const [inbox, kind] of [
        ['response_inbox', 'responses'],
        ['comment_inbox', 'comments'],
      ] as const) {
        // Outside a caller's transaction each chunk commits on its own, so that a large inbox
        // holds locks only briefly at a time and submissions go on meanwhile.
        for (;;) {
          const count = db.isTransaction
            ? await moveChunk(db, inbox, newId)
            : await db.transaction().execute((transaction) => moveChunk(transaction, inbox, newId));
          moved[kind] += count;
          if (count < MOVE_CHUNK) break;
        }
      }
      // VACUUM removes the inbox rows and the invitations' old versions (with their drafts),
      // whose transaction ids tied them together.
      if (!db.isTransaction && moved.responses + moved.comments > 0) {
        await sql`VACUUM response_inbox, comment_inbox, invitations`.execute(db);
      }
      return moved;
    },
  };
}

/**
 * PostgreSQL: takes up to MOVE_CHUNK rows out of an inbox and stores them anew, each with a
 * new random id, in `responses` or `comments`, in the caller's transaction; returns how many.
 * Rows are taken in the order of their random ids, not of their arrival. Rows another
 * mover holds are waited for, not skipped: a results build moves the inbox before it reads
 * the responses, and must not read them while another server's move of that wave's rows is
 * still uncommitted. (Two movers then take turns, which costs nothing worth saving.)
 */
async function moveChunk(db: Kysely<Database>, inbox: 'response_inbox' | 'comment_inbox', newId: () => string): Promise<number> {
  const rows = await db
    .deleteFrom(inbox)
    .where('id', 'in', db.selectFrom(inbox).select('id').orderBy('id').limit(MOVE_CHUNK).forUpdate())
    .returningAll()
    .execute();
  if (rows.length === 0) return 0;
  // New ids, sorted: the stored order and the ids say nothing of the inbox rows.
  const renamed = rows.map((row) => ({ ...row, id: newId() })).sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const part of chunk(renamed, 500)) {
    if (inbox === 'response_inbox')
      await db
        .insertInto('responses')
        .values(part as ResponseTable[])
        .execute();
    else
      await db
        .insertInto('comments')
        .values(part as CommentTable[])
        .execute();
  }
  return rows.length;
}

async function commitBatch(db: Kysely<Database>, dialect: DialectName, batch: readonly PreparedSubmission[]): Promise<CommitOutcome> {
  if (batch.length === 0) return { submitted: new Set(), refused: new Set() };
  // PostgreSQL keeps the writing transaction's id on every row: there the rows go to the inbox
  // (see moveInbox). Inside a caller's transaction on SQLite they go straight to `responses`.
  const [responseTable, commentTable] =
    dialect === 'postgres' ? (['response_inbox', 'comment_inbox'] as const) : (['responses', 'comments'] as const);
  // A change of a wave (a close) waits for this shared lock, so its results build comes
  // after this commit; a close that came first is seen below, and its submissions refused.
  const waveIds = [...new Set(batch.map((submission) => submission.waveId))].sort();
  for (const waveId of waveIds) await lockWave(db, dialect, waveId, 'shared');
  const open = new Set(
    (await db.selectFrom('waves').select(['id', 'status']).where('id', 'in', waveIds).execute())
      .filter((wave) => wave.status === 'open')
      .map((wave) => wave.id),
  );
  const late = batch.filter((submission) => !open.has(submission.waveId)).map((submission) => submission.invitationId);
  // A copy of a submission stored before the close is a duplicate, not refused.
  const storedBefore =
    late.length === 0
      ? new Set<string>()
      : new Set(
          (await db.selectFrom('invitations').select('id').where('id', 'in', late).where('is_submitted', '=', 1).execute()).map(
            (row) => row.id,
          ),
        );
  const refused = new Set(late.filter((id) => !storedBefore.has(id)));
  const submitted = new Set<string>();
  for (const ids of chunk(
    batch.filter((submission) => open.has(submission.waveId)).map((submission) => submission.invitationId),
    500,
  )) {
    const rows = await db
      .updateTable('invitations')
      .set({ is_submitted: 1, draft: null })
      .where('id', 'in', ids)
      .where('is_submitted', '=', 0)
      .returning('id')
      .execute();
    for (const row of rows) submitted.add(row.id);
  }
  const fresh = batch.filter((submission) => submitted.has(submission.invitationId));
  // Sorting by the random ids is a shuffle: rows of one respondent land apart, and the
  // order in storage says nothing about who submitted when.
  const responses = fresh.flatMap((submission) => submission.responses).sort((a, b) => (a.id < b.id ? -1 : 1));
  const comments = fresh.flatMap((submission) => submission.comments).sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const rows of chunk(responses, 1000)) {
    await db
      .insertInto(responseTable)
      .values(
        rows.map((row) => ({
          id: row.id,
          wave_id: row.waveId,
          questionnaire_version_id: row.questionnaireVersionId,
          provider_unit_id: row.providerUnitId,
          customer_unit_id: row.customerUnitId,
          kind: row.kind,
          submitted_on: row.submittedOn,
          answers: JSON.stringify(row.answers),
        })),
      )
      .execute();
  }
  for (const rows of chunk(comments, 1000)) {
    await db
      .insertInto(commentTable)
      .values(
        rows.map((row) => ({
          id: row.id,
          wave_id: row.waveId,
          provider_unit_id: row.providerUnitId,
          customer_unit_id: row.customerUnitId,
          topic: row.topic,
          text: row.text,
        })),
      )
      .execute();
  }
  return { submitted, refused };
}

interface AccessRow {
  invitation_id: string;
  unit_id: string;
  locale: string;
  is_submitted: number;
  draft: string | null;
  wave_id: string;
  wave_name: string;
  questionnaire_version_id: string;
  status: string;
  opens_at: string | null;
  closes_at: string | null;
  expires_at: string;
}

function toAccess(row: AccessRow): InvitationAccess {
  const wave: InvitationAccess['wave'] = {
    id: row.wave_id,
    name: row.wave_name,
    questionnaireVersionId: row.questionnaire_version_id,
    status: row.status as WaveStatus,
    opensAt: row.opens_at,
    closesAt: row.closes_at,
  };
  return {
    invitationId: row.invitation_id,
    unitId: row.unit_id,
    locale: row.locale,
    isSubmitted: row.is_submitted === 1,
    draft: row.draft,
    expiresAt: row.expires_at,
    wave,
  };
}

/**
 * PostgreSQL: a wave's responses and comments, rewritten under new random ids in the order
 * of their old ones, in the caller's transaction (see RespondentStore.shuffleStorage).
 */
async function rewriteInRandomOrder(db: Kysely<Database>, waveId: string): Promise<void> {
  await sql`WITH old AS (DELETE FROM responses WHERE wave_id = ${waveId} RETURNING *)
    INSERT INTO responses (id, wave_id, questionnaire_version_id, provider_unit_id, customer_unit_id, kind, submitted_on, answers)
    SELECT gen_random_uuid()::text, wave_id, questionnaire_version_id, provider_unit_id, customer_unit_id, kind, submitted_on, answers
    FROM old ORDER BY id`.execute(db);
  await sql`WITH old AS (DELETE FROM comments WHERE wave_id = ${waveId} RETURNING *)
    INSERT INTO comments (id, wave_id, provider_unit_id, customer_unit_id, topic, text)
    SELECT gen_random_uuid()::text, wave_id, provider_unit_id, customer_unit_id, topic, text
    FROM old ORDER BY id`.execute(db);
}

/**
 * PostgreSQL keeps on every row the id of the transaction that last wrote it (xmin), and ids
 * only grow: an invitation's row tells when its submission committed, and a session's when
 * its visit began, finer than the day. Writing them again, in chunks, leaves ids that tell
 * nothing of either. With `skipLocked` (the daily run, while submissions go on) rows a
 * submission holds at that moment are skipped: they are written then, and again on the next
 * day's run. `FOR NO KEY UPDATE` does not wait for, or skip, rows that a link or session
 * being stored only refers to.
 */
async function rewriteInvitationRows(db: Kysely<Database>, waveId: string, options: { skipLocked: boolean }): Promise<void> {
  const lock = options.skipLocked ? sql`FOR NO KEY UPDATE SKIP LOCKED` : sql`FOR NO KEY UPDATE`;
  // Ids are compared byte by byte in the database and here alike (COLLATE "C").
  for (let after = ''; ;) {
    const { rows } = await sql<{ id: string }>`UPDATE invitations SET is_submitted = is_submitted WHERE id IN (
        SELECT id FROM invitations WHERE wave_id = ${waveId} AND id COLLATE "C" > ${after} ORDER BY id COLLATE "C" LIMIT 1000 ${lock}
      ) RETURNING id`.execute(db);
    if (rows.length === 0) return;
    await sql`UPDATE respondent_sessions SET expires_at = expires_at WHERE id IN (
        SELECT id FROM respondent_sessions WHERE invitation_id IN (${sql.join(rows.map((row) => row.id))}) ${lock}
      )`.execute(db);
    after = rows.reduce((last, row) => (row.id > last ? row.id : last), after);
  }
}

/**
 * PostgreSQL: vacuums the rewritten responses and comments, and stores invitations and
 * sessions anew in the order of their ids (random), which also drops their old row versions:
 * a table keeps rows about where they were written, so the sessions lay in the order of the
 * visits and the invitations in groups answered together. CLUSTER holds the two tables for
 * the moment it takes (under a second for 100,000 invitations), once a day and at a close;
 * it gives up after 10 s of waiting for them.
 */
async function cleanUpAfterRewrite(db: Kysely<Database>): Promise<void> {
  await sql`VACUUM responses, comments`.execute(db);
  await db.transaction().execute(async (transaction) => {
    await sql`SET LOCAL lock_timeout = '10s'`.execute(transaction);
    await sql`CLUSTER invitations USING invitations_pkey`.execute(transaction);
    await sql`CLUSTER respondent_sessions USING respondent_sessions_pkey`.execute(transaction);
  });
}
