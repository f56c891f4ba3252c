import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase as KyselySqliteDatabase } from 'kysely';
import pg from 'pg';
import type { DatabaseTarget } from '../config.js';
import type { Database } from './schema.js';
import { startSubmissionWriter, type SubmissionWriter } from './submission-writer.js';

export type DialectName = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: DialectName;
  /** Stores submissions from a thread of its own (SQLite files). */
  submissionWriter?: SubmissionWriter;
  close: () => Promise<void>;
}

// COUNT(*) and BIGINT come back from pg as strings; every count we use fits a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));

/** Opens the database named by the target: a SQLite file (WAL, durable commits) or a PostgreSQL pool. */
export function connectDatabase(target: DatabaseTarget): DatabaseHandle {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    // An idle client that the server dropped (restart, failover) must not crash the process;
    // the pool opens a new connection on the next query.
    pool.on('error', () => {});
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  if (target.file !== ':memory:') mkdirSync(dirname(target.file), { recursive: true });
  const sqlite = new SqliteDatabase(target.file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma(`synchronous = ${target.synchronous}`);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Deleted and overwritten rows (the response inbox, drafts) are zeroed on disk, not left in free pages.
  sqlite.pragma('secure_delete = ON');
  // SQLite's lower() folds only ASCII; people search must fold Ö and Ä too, as PostgreSQL does.
  sqlite.function('lower', { deterministic: true }, (value: unknown) => (typeof value === 'string' ? value.toLowerCase() : value));
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  if (target.file === ':memory:') return { db, dialect: 'sqlite', close: () => db.destroy() };
  const submissionWriter = startSubmissionWriter({ file: target.file, synchronous: target.synchronous });
  const close = async () => {
    await submissionWriter.close();
    await db.destroy();
  };
  return { db, dialect: 'sqlite', submissionWriter, close };
}

/**
 * Kysely's SQLite driver prepares every statement anew; preparing costs more than running a
 * short lookup. This keeps the most recently used statements (better-sqlite3 statements are
 * reusable, and Kysely runs one query at a time on its single connection).
 *
 * Transactions begin IMMEDIATE, holding the write lock from the start. Kysely's `begin` is
 * DEFERRED: a transaction that reads and then writes (a close reads the wave, then updates
 * it) fails at once with SQLITE_BUSY_SNAPSHOT when the writer thread committed in between,
 * and the busy timeout does not help there. IMMEDIATE waits for the writer instead.
 */
function withStatementCache(sqlite: SqliteDatabase.Database, capacity = 300): KyselySqliteDatabase {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(query) {
      const sql = query === 'begin' ? 'begin immediate' : query;
      let statement = statements.get(sql);
      if (statement) {
        statements.delete(sql);
      } else {
        statement = sqlite.prepare(sql);
        if (statements.size >= capacity) statements.delete(statements.keys().next().value as string);
      }
      statements.set(sql, statement);
      return statement;
    },
  };
}
