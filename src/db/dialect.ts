import { sql, type CreateTableBuilder, type Kysely } from 'kysely';
import type { DialectName } from './connect.js';
import type { Database } from './schema.js';

/** The few places where SQLite and PostgreSQL need different SQL. */
export function addSerialKey<T extends string>(table: CreateTableBuilder<T, never>, dialect: DialectName): CreateTableBuilder<T, 'id'> {
  return dialect === 'postgres'
    ? table.addColumn('id', 'integer', (column) => column.primaryKey().generatedByDefaultAsIdentity())
    : table.addColumn('id', 'integer', (column) => column.primaryKey().autoIncrement());
}

/** The advisory lock space of waves (the first key of PostgreSQL's two-key advisory locks). */
const WAVE_LOCKS = 7_001;

/**
 * PostgreSQL: holds a wave's advisory lock until the transaction ends, shared by submission
 * commits and exclusive for a change of the wave. Row locks would not do: a new FOR SHARE
 * is granted while an UPDATE waits, so steady submissions could hold off a close for as
 * long as they last; the lock manager queues a new shared request behind a waiting
 * exclusive one. SQLite has one writer at a time and needs none.
 */
export async function lockWave(db: Kysely<Database>, dialect: DialectName, waveId: string, mode: 'shared' | 'exclusive'): Promise<void> {
  if (dialect !== 'postgres') return;
  await (
    mode === 'shared'
      ? sql`SELECT pg_advisory_xact_lock_shared(${WAVE_LOCKS}, hashtext(${waveId}))`
      : sql`SELECT pg_advisory_xact_lock(${WAVE_LOCKS}, hashtext(${waveId}))`
  ).execute(db);
}
