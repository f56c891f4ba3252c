import type { Kysely } from 'kysely';

/**
 * API tokens of integrations (ticket systems, monitoring) that write SLA measurements. Only the
 * SHA-256 of a token is kept; a token is revoked, not deleted, so the audit log keeps a name
 * for every measurement an integration wrote.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('integration_tokens')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('token_hash', 'text', (column) => column.notNull().unique())
    .addColumn('objective_ids', 'text', (column) => column.notNull())
    .addColumn('created_by', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('integration_tokens').execute();
}
