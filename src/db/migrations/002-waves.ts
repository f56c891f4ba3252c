import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../connect.js';

/**
 * Questionnaires, waves, invitations, the mail outbox, and the anonymous responses.
 *
 * Anonymity by construction: `responses` and `comments` have no column that refers to an
 * invitation, a person or a token, no time finer than the day, and random ids. An
 * invitation records only *whether* it was submitted, never when.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('questionnaires')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('questionnaire_versions')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('questionnaire_id', 'text', (column) => column.notNull().references('questionnaires.id'))
    .addColumn('number', 'integer', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('content', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('questionnaire_versions_number', ['questionnaire_id', 'number'])
    .execute();

  await db.schema
    .createTable('waves')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('questionnaire_version_id', 'text', (column) => column.notNull().references('questionnaire_versions.id'))
    .addColumn('scope', 'text', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('opens_at', 'text')
    .addColumn('closes_at', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();

  // The relationships a wave asks about, fixed when it opens.
  await db.schema
    .createTable('wave_relationships')
    .addColumn('wave_id', 'text', (column) => column.notNull().references('waves.id'))
    .addColumn('provider_unit_id', 'text', (column) => column.notNull())
    .addColumn('customer_unit_id', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('wave_relationships_pk', ['wave_id', 'customer_unit_id', 'provider_unit_id'])
    .execute();

  await db.schema
    .createTable('invitations')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('wave_id', 'text', (column) => column.notNull().references('waves.id'))
    .addColumn('person_id', 'text', (column) => column.references('people.id').onDelete('set null'))
    .addColumn('unit_id', 'text', (column) => column.notNull())
    .addColumn('locale', 'text', (column) => column.notNull())
    .addColumn('is_submitted', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('reminder_count', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('draft', 'text')
    .addUniqueConstraint('invitations_wave_person', ['wave_id', 'person_id'])
    .execute();
  await db.schema.createIndex('invitations_wave_unit').on('invitations').columns(['wave_id', 'unit_id']).execute();

  // Several tokens may open one invitation (mail, reminder, printed link); only hashes are kept.
  await db.schema
    .createTable('invitation_tokens')
    .addColumn('token_hash', 'text', (column) => column.primaryKey())
    .addColumn('invitation_id', 'text', (column) => column.notNull().references('invitations.id').onDelete('cascade'))
    .addColumn('expires_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('invitation_tokens_invitation').on('invitation_tokens').column('invitation_id').execute();

  await db.schema
    .createTable('respondent_sessions')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('invitation_id', 'text', (column) => column.notNull().references('invitations.id').onDelete('cascade'))
    .addColumn('expires_at', 'text', (column) => column.notNull())
    .execute();

  const responses = db.schema
    .createTable('responses')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('wave_id', 'text', (column) => column.notNull())
    .addColumn('questionnaire_version_id', 'text', (column) => column.notNull())
    .addColumn('provider_unit_id', 'text', (column) => column.notNull())
    .addColumn('customer_unit_id', 'text', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('submitted_on', 'text', (column) => column.notNull())
    .addColumn('answers', 'text', (column) => column.notNull());
  // WITHOUT ROWID: rows are kept in the order of their random ids, not of their arrival.
  await (dialect === 'sqlite' ? responses.modifyEnd(sql`without rowid`) : responses).execute();
  await db.schema.createIndex('responses_wave_provider').on('responses').columns(['wave_id', 'provider_unit_id']).execute();

  const comments = db.schema
    .createTable('comments')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('wave_id', 'text', (column) => column.notNull())
    .addColumn('provider_unit_id', 'text', (column) => column.notNull())
    .addColumn('customer_unit_id', 'text', (column) => column.notNull())
    .addColumn('topic', 'text', (column) => column.notNull())
    .addColumn('text', 'text', (column) => column.notNull());
  await (dialect === 'sqlite' ? comments.modifyEnd(sql`without rowid`) : comments).execute();
  await db.schema.createIndex('comments_wave_provider').on('comments').columns(['wave_id', 'provider_unit_id']).execute();

  await db.schema
    .createTable('outbox')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('wave_id', 'text')
    .addColumn('recipient', 'text', (column) => column.notNull())
    .addColumn('subject', 'text', (column) => column.notNull())
    .addColumn('body_text', 'text', (column) => column.notNull())
    .addColumn('body_html', 'text', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('attempts', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (column) => column.notNull())
    .addColumn('claimed_by', 'text')
    .addColumn('claimed_until', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('sent_at', 'text')
    .execute();
  await db.schema.createIndex('outbox_due').on('outbox').columns(['status', 'next_attempt_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'outbox',
    'comments',
    'responses',
    'respondent_sessions',
    'invitation_tokens',
    'invitations',
    'wave_relationships',
    'waves',
    'questionnaire_versions',
    'questionnaires',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
