import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase } from '../../src/db/connect.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { buildPerson, buildUnit } from '../support/factories.js';
import { createTestRuntime, type TestRuntime } from '../support/database.js';

const migrationFiles = readdirSync(fileURLToPath(new URL('../../src/db/migrations', import.meta.url)))
  .filter((file) => /^\d{3}-.+\.ts$/.test(file) && !file.endsWith('.test.ts'))
  .map((file) => file.replace(/\.ts$/, ''))
  .sort();
const isPostgres = process.env.DATABASE_URL?.startsWith('postgres') ?? false;

let test: TestRuntime;
beforeAll(async () => {
  test = await createTestRuntime();
});
afterAll(async () => {
  await test?.cleanup();
});

describe('migrateToLatest', () => {
  it('has run every migration at start, and running it again applies nothing and keeps the data', async () => {
    const { handle, context } = test.runtime;
    const unit = await buildUnit(context, { name: 'Survivor' });
    await buildPerson(context, { unitId: unit.id });
    const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(handle.db);
    // migrate.ts lists migrations by hand: every file in migrations/ must be in that list.
    expect(applied.rows.map((row) => row.name)).toEqual(migrationFiles);
    expect(migrationFiles[0]).toBe('001-organisation');

    expect(await migrateToLatest(handle)).toEqual([]);
    expect(await migrateToLatest(handle)).toEqual([]);

    expect((await sql<{ name: string }>`select name from kysely_migration`.execute(handle.db)).rows).toHaveLength(migrationFiles.length);
    expect((await context.stores.units.findById(unit.id))?.name).toBe('Survivor');
    expect(await context.stores.people.count()).toBe(1);
  });

  it('a second process opening the same database finds it current', async () => {
    const second = connectDatabase(test.config.database);
    try {
      expect(await migrateToLatest(second)).toEqual([]);
    } finally {
      await second.close();
    }
  });
});

describe.skipIf(isPostgres)('the SQLite file', () => {
  it('is in WAL mode with synchronous=FULL (an acknowledged write survives a power cut)', async () => {
    const { db } = test.runtime.handle;
    const journal = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db);
    expect(journal.rows[0]?.journal_mode).toBe('wal');
    const synchronous = await sql<{ synchronous: number }>`pragma synchronous`.execute(db);
    expect(synchronous.rows[0]?.synchronous).toBe(2);
    const foreignKeys = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db);
    expect(foreignKeys.rows[0]?.foreign_keys).toBe(1);
  });

  it('takes synchronous=NORMAL only when configured so', async () => {
    const normal = await createTestRuntime({ EYELEVEL_SQLITE_SYNCHRONOUS: 'NORMAL' });
    try {
      const synchronous = await sql<{ synchronous: number }>`pragma synchronous`.execute(normal.runtime.handle.db);
      expect(synchronous.rows[0]?.synchronous).toBe(1);
    } finally {
      await normal.cleanup();
    }
  });

  it('lower() folds non-ASCII letters as PostgreSQL does, for people search', async () => {
    const result = await sql<{ folded: string }>`select lower('ÖZLEM ÇAĞRI ÄRZTE') as folded`.execute(test.runtime.handle.db);
    expect(result.rows[0]?.folded).toBe('özlem çağri ärzte');
  });
});
