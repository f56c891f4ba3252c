import type { Kysely } from 'kysely';

/**
 * Results read cell aggregates, never the answers: per closed wave, subject unit, respondent
 * unit, kind and measure the count, sum, sum of squares and histogram. They are built once
 * per wave (when its results are first asked for, or rebuilt on demand) and marked done in
 * `wave_results`, so a half-built set is never read.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('cell_aggregates')
    .addColumn('wave_id', 'text', (column) => column.notNull().references('waves.id').onDelete('cascade'))
    .addColumn('subject_unit_id', 'text', (column) => column.notNull())
    .addColumn('respondent_unit_id', 'text', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('measure', 'text', (column) => column.notNull())
    .addColumn('n', 'integer', (column) => column.notNull())
    .addColumn('sum', 'double precision', (column) => column.notNull())
    .addColumn('sum_squares', 'double precision', (column) => column.notNull())
    .addColumn('histogram', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('cell_aggregates_key', ['wave_id', 'subject_unit_id', 'respondent_unit_id', 'kind', 'measure'])
    .execute();
  await db.schema
    .createTable('wave_results')
    .addColumn('wave_id', 'text', (column) => column.primaryKey().references('waves.id').onDelete('cascade'))
    .addColumn('built_at', 'text', (column) => column.notNull())
    .addColumn('responses', 'integer', (column) => column.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('wave_results').execute();
  await db.schema.dropTable('cell_aggregates').execute();
}
