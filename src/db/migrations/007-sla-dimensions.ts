import { sql, type Kysely } from 'kysely';

/** The survey dimensions a custom SLA metric bears on (a JSON array of keys), for SLA beside perception. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('sla_objective_versions')
    .addColumn('dimensions', 'text', (column) => column.notNull().defaultTo(sql.lit('[]')))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sla_objective_versions').dropColumn('dimensions').execute();
}
