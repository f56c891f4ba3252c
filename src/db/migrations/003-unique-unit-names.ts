import { sql, type Kysely } from 'kysely';

/**
 * Sibling units carry distinct names, also when two requests race: the use case checks
 * first, and this index decides between concurrent writers (top-level units included).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('units_sibling_name')
    .on('units')
    .unique()
    .expression(sql`coalesce(parent_id, ''), name`)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('units_sibling_name').execute();
}
