import { Migrator, sql, type Migration, type MigrationProvider } from 'kysely';
import type { DatabaseHandle, DialectName } from './connect.js';
import * as organisation from './migrations/001-organisation.js';
import * as waves from './migrations/002-waves.js';
import * as uniqueUnitNames from './migrations/003-unique-unit-names.js';
import * as cellAggregates from './migrations/004-cell-aggregates.js';
import * as slaActions from './migrations/005-sla-actions.js';
import * as integrationTokens from './migrations/006-integration-tokens.js';
import * as slaDimensions from './migrations/007-sla-dimensions.js';
import * as responseInbox from './migrations/008-response-inbox.js';
import * as responsesByProvider from './migrations/009-responses-by-provider.js';
import * as sqliteAppendInbox from './migrations/010-sqlite-append-inbox.js';
import * as noReminderTrace from './migrations/011-no-reminder-trace.js';

interface DialectMigration {
  up: (db: Parameters<Migration['up']>[0], dialect: DialectName) => Promise<void>;
  down: (db: Parameters<Migration['up']>[0]) => Promise<void>;
  /** PostgreSQL: tables to vacuum once the migration committed, so that the old row versions it replaced are gone from disk. */
  vacuumAfter?: readonly string[];
}

// Listed by hand so that the compiled server needs no directory scan.
const migrations: Record<string, DialectMigration> = {
  '001-organisation': organisation,
  '002-waves': waves,
  '003-unique-unit-names': uniqueUnitNames,
  '004-cell-aggregates': cellAggregates,
  '005-sla-actions': slaActions,
  '006-integration-tokens': integrationTokens,
  '007-sla-dimensions': slaDimensions,
  '008-response-inbox': responseInbox,
  '009-responses-by-provider': responsesByProvider,
  '010-sqlite-append-inbox': sqliteAppendInbox,
  '011-no-reminder-trace': noReminderTrace,
};

function providerFor(dialect: DialectName): MigrationProvider {
  return {
    getMigrations: async () =>
      Object.fromEntries(
        Object.entries(migrations).map(([name, migration]) => [
          name,
          { up: (db) => migration.up(db, dialect), down: (db) => migration.down(db) },
        ]),
      ),
  };
}

/** Brings the schema to the newest version; returns the names of the migrations it applied. */
export async function migrateToLatest(handle: DatabaseHandle): Promise<string[]> {
  const migrator = new Migrator({ db: handle.db, provider: providerFor(handle.dialect) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  const applied = (results ?? []).filter((result) => result.status === 'Success').map((result) => result.migrationName);
  if (handle.dialect === 'postgres') {
    const tables = new Set(applied.flatMap((name) => migrations[name]?.vacuumAfter ?? []));
    // VACUUM runs outside a transaction, so after the migrations, not in them.
    if (tables.size > 0) await sql`VACUUM ${sql.join([...tables].map((table) => sql.table(table)))}`.execute(handle.db);
  }
  return applied;
}
