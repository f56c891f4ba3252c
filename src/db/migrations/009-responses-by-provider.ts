import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../connect.js';

/**
 * SQLite keeps `responses` in the order of its primary key (WITHOUT ROWID). Keyed by wave,
 * provider and the random id, the rows of one provider lie together, in random order among
 * themselves, and the separate index on (wave, provider) goes: a submission writes each row
 * into one B-tree instead of two. PostgreSQL keeps its heap and index.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  if (dialect !== 'sqlite') return;
  await sql`CREATE TABLE responses_by_provider (
    id text NOT NULL,
    wave_id text NOT NULL,
    questionnaire_version_id text NOT NULL,
    provider_unit_id text NOT NULL,
    customer_unit_id text NOT NULL,
    kind text NOT NULL,
    submitted_on text NOT NULL,
    answers text NOT NULL,
    PRIMARY KEY (wave_id, provider_unit_id, id)
  ) WITHOUT ROWID`.execute(db);
  await sql`INSERT INTO responses_by_provider SELECT id, wave_id, questionnaire_version_id, provider_unit_id, customer_unit_id, kind, submitted_on, answers FROM responses`.execute(
    db,
  );
  await sql`DROP TABLE responses`.execute(db);
  await sql`ALTER TABLE responses_by_provider RENAME TO responses`.execute(db);
}

/** Nothing to undo: the key by wave, provider and id answers every query the old index did. */
export async function down(): Promise<void> {}
