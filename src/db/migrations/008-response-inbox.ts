import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../connect.js';

/**
 * The inbox of submitted responses and comments, used on PostgreSQL, whose rows keep the id
 * of the transaction that wrote them (xmin): a submission marks its invitation and writes its
 * rows here in one transaction (durable, exactly once), and a mover takes them every minute,
 * and before a wave's results are built, into `responses` and `comments` under new random ids
 * in transactions of their own, then vacuums. SQLite pages record no transaction; there the
 * inbox serves speed instead (migration 010 makes it a plain appended table). See
 * src/db/repositories/respondent-repository.ts.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const responses = db.schema
    .createTable('response_inbox')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('wave_id', 'text', (column) => column.notNull())
    .addColumn('questionnaire_version_id', 'text', (column) => column.notNull())
    .addColumn('provider_unit_id', 'text', (column) => column.notNull())
    .addColumn('customer_unit_id', 'text', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('submitted_on', 'text', (column) => column.notNull())
    .addColumn('answers', 'text', (column) => column.notNull());
  await (dialect === 'sqlite' ? responses.modifyEnd(sql`without rowid`) : responses).execute();

  const comments = db.schema
    .createTable('comment_inbox')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('wave_id', 'text', (column) => column.notNull())
    .addColumn('provider_unit_id', 'text', (column) => column.notNull())
    .addColumn('customer_unit_id', 'text', (column) => column.notNull())
    .addColumn('topic', 'text', (column) => column.notNull())
    .addColumn('text', 'text', (column) => column.notNull());
  await (dialect === 'sqlite' ? comments.modifyEnd(sql`without rowid`) : comments).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('comment_inbox').execute();
  await db.schema.dropTable('response_inbox').execute();
}
