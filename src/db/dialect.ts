import type { CreateTableBuilder } from 'kysely';
import type { DialectName } from './connect.js';

/** The few places where SQLite and PostgreSQL need different SQL. */
export function addSerialKey<T extends string>(table: CreateTableBuilder<T, never>, dialect: DialectName): CreateTableBuilder<T, 'id'> {
  return dialect === 'postgres'
    ? table.addColumn('id', 'integer', (column) => column.primaryKey().generatedByDefaultAsIdentity())
    : table.addColumn('id', 'integer', (column) => column.primaryKey().autoIncrement());
}
