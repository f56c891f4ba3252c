import type { Kysely } from 'kysely';
import type { DialectName } from '../connect.js';
import { addSerialKey } from '../dialect.js';

/**
 * SLAs, actions and retrospectives. An objective is a stable id per relationship; its
 * versions hold the terms and who proposed, agreed, declined or withdrew them. Measurements
 * are unique per objective and instant, which makes every import idempotent. SLA history
 * goes with its relationship when that is deleted.
 *
 * Actions refer to units and waves without foreign keys, as responses do: a unit deleted
 * later keeps its history of actions instead of blocking the deletion or taking them along.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('sla_objectives')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('relationship_id', 'text', (column) => column.notNull().references('relationships.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('sla_objectives_relationship').on('sla_objectives').column('relationship_id').execute();

  await db.schema
    .createTable('sla_objective_versions')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('objective_id', 'text', (column) => column.notNull().references('sla_objectives.id').onDelete('cascade'))
    .addColumn('version', 'integer', (column) => column.notNull())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('metric', 'text', (column) => column.notNull())
    .addColumn('custom_metric', 'text')
    .addColumn('unit', 'text', (column) => column.notNull())
    .addColumn('target', 'double precision', (column) => column.notNull())
    .addColumn('direction', 'text', (column) => column.notNull())
    .addColumn('aggregation', 'text', (column) => column.notNull())
    .addColumn('required_share', 'double precision')
    .addColumn('period', 'text', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('valid_from', 'text', (column) => column.notNull())
    .addColumn('proposed_side', 'text', (column) => column.notNull())
    .addColumn('proposed_by', 'text', (column) => column.notNull())
    .addColumn('proposed_at', 'text', (column) => column.notNull())
    .addColumn('agreed_side', 'text')
    .addColumn('agreed_by', 'text')
    .addColumn('agreed_at', 'text')
    .addColumn('closed_side', 'text')
    .addColumn('closed_by', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('superseded_at', 'text')
    .addUniqueConstraint('sla_objective_versions_number', ['objective_id', 'version'])
    .execute();

  await db.schema
    .createTable('sla_measurements')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('objective_id', 'text', (column) => column.notNull().references('sla_objectives.id').onDelete('cascade'))
    .addColumn('at', 'text', (column) => column.notNull())
    .addColumn('value', 'double precision', (column) => column.notNull())
    .addColumn('source', 'text', (column) => column.notNull())
    .addColumn('recorded_by', 'text', (column) => column.notNull())
    .addColumn('recorded_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('sla_measurements_instant', ['objective_id', 'at'])
    .execute();

  await db.schema
    .createTable('actions')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('provider_unit_id', 'text', (column) => column.notNull())
    .addColumn('customer_unit_id', 'text')
    .addColumn('dimension', 'text')
    .addColumn('source_wave_id', 'text')
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('description', 'text', (column) => column.notNull())
    .addColumn('owner_account_id', 'text', (column) => column.notNull().references('accounts.id'))
    .addColumn('due_date', 'text', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('created_by', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('status_changed_at', 'text', (column) => column.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('actions_provider').on('actions').column('provider_unit_id').execute();
  await db.schema.createIndex('actions_customer').on('actions').column('customer_unit_id').execute();

  await addSerialKey(db.schema.createTable('action_comments'), dialect)
    .addColumn('action_id', 'text', (column) => column.notNull().references('actions.id').onDelete('cascade'))
    .addColumn('author_account_id', 'text', (column) => column.notNull())
    .addColumn('at', 'text', (column) => column.notNull())
    .addColumn('text', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('action_comments_action').on('action_comments').column('action_id').execute();

  await db.schema
    .createTable('retrospectives')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('relationship_id', 'text', (column) => column.notNull().references('relationships.id').onDelete('cascade'))
    .addColumn('wave_id', 'text', (column) => column.notNull().references('waves.id').onDelete('cascade'))
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('provider_part', 'text')
    .addColumn('customer_part', 'text')
    .addColumn('action_ids', 'text', (column) => column.notNull())
    .addColumn('sla_objective_ids', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('completed_at', 'text')
    .addUniqueConstraint('retrospectives_relationship_wave', ['relationship_id', 'wave_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['retrospectives', 'action_comments', 'actions', 'sla_measurements', 'sla_objective_versions', 'sla_objectives']) {
    await db.schema.dropTable(table).execute();
  }
}
