import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../connect.js';

/**
 * SQLite: the inbox becomes a plain table that the writer thread appends to (see
 * src/db/submission-writer.ts). Placed by its random id, every row wrote a random page of
 * `responses`; appended, the rows of a batch share a few pages, and the mover places them
 * later, in larger transactions. The inbox has no key: the mover takes its rows in the order
 * of their rowid and gives each a new random id. Until then the inbox holds the order of
 * arrival, as the write-ahead log does until it is truncated after the move. PostgreSQL
 * keeps its inbox as it is.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  if (dialect !== 'sqlite') return;
  // One transaction: Kysely runs SQLite migrations without one, and a crash between the
  // DROP and the RENAME would leave no inbox and a migration that cannot run again.
  await db.transaction().execute((transaction) => rebuildInboxes(transaction));
}

async function rebuildInboxes(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE response_inbox_appended (
    id text NOT NULL,
    wave_id text NOT NULL,
    questionnaire_version_id text NOT NULL,
    provider_unit_id text NOT NULL,
    customer_unit_id text NOT NULL,
    kind text NOT NULL,
    submitted_on text NOT NULL,
    answers text NOT NULL
  )`.execute(db);
  await sql`INSERT INTO response_inbox_appended SELECT id, wave_id, questionnaire_version_id, provider_unit_id, customer_unit_id, kind, submitted_on, answers FROM response_inbox`.execute(
    db,
  );
  await sql`DROP TABLE response_inbox`.execute(db);
  await sql`ALTER TABLE response_inbox_appended RENAME TO response_inbox`.execute(db);
  await sql`CREATE TABLE comment_inbox_appended (
    id text NOT NULL,
    wave_id text NOT NULL,
    provider_unit_id text NOT NULL,
    customer_unit_id text NOT NULL,
    topic text NOT NULL,
    text text NOT NULL
  )`.execute(db);
  await sql`INSERT INTO comment_inbox_appended SELECT id, wave_id, provider_unit_id, customer_unit_id, topic, text FROM comment_inbox`.execute(
    db,
  );
  await sql`DROP TABLE comment_inbox`.execute(db);
  await sql`ALTER TABLE comment_inbox_appended RENAME TO comment_inbox`.execute(db);
}

/** Nothing to undo: the mover and every query work on either form. */
export async function down(): Promise<void> {}
