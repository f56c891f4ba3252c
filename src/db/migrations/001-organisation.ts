import type { Kysely } from 'kysely';
import type { DialectName } from '../connect.js';
import { addSerialKey } from '../dialect.js';

/** Units, people, services, relationships, accounts, sessions and the audit log. */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('units')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('parent_id', 'text', (column) => column.references('units.id'))
    .addColumn('code', 'text', (column) => column.unique())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('units_parent').on('units').column('parent_id').execute();

  await db.schema
    .createTable('people')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('email', 'text', (column) => column.notNull().unique())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('unit_id', 'text', (column) => column.notNull().references('units.id'))
    .addColumn('locale', 'text', (column) => column.notNull())
    .addColumn('is_lead', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('people_unit').on('people').column('unit_id').execute();
  await db.schema.createIndex('people_name').on('people').column('name').execute();

  await db.schema
    .createTable('services')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('provider_unit_id', 'text', (column) => column.notNull().references('units.id'))
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('description', 'text', (column) => column.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('services_provider_name', ['provider_unit_id', 'name'])
    .execute();

  await db.schema
    .createTable('relationships')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('provider_unit_id', 'text', (column) => column.notNull().references('units.id'))
    .addColumn('customer_unit_id', 'text', (column) => column.notNull().references('units.id'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('relationships_pair', ['provider_unit_id', 'customer_unit_id'])
    .execute();
  await db.schema.createIndex('relationships_customer').on('relationships').column('customer_unit_id').execute();

  await db.schema
    .createTable('relationship_services')
    .addColumn('relationship_id', 'text', (column) => column.notNull().references('relationships.id').onDelete('cascade'))
    .addColumn('service_id', 'text', (column) => column.notNull().references('services.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('relationship_services_pk', ['relationship_id', 'service_id'])
    .execute();
  await db.schema.createIndex('relationship_services_service').on('relationship_services').column('service_id').execute();

  await db.schema
    .createTable('accounts')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('email', 'text', (column) => column.notNull().unique())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('password_hash', 'text', (column) => column.notNull())
    .addColumn('role', 'text', (column) => column.notNull())
    .addColumn('unit_id', 'text', (column) => column.references('units.id'))
    .addColumn('is_disabled', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('account_id', 'text', (column) => column.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('expires_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('sessions_account').on('sessions').column('account_id').execute();

  await db.schema
    .createTable('audit_events')
    .$call((table) => addSerialKey(table, dialect))
    .addColumn('at', 'text', (column) => column.notNull())
    .addColumn('account_id', 'text')
    .addColumn('action', 'text', (column) => column.notNull())
    .addColumn('subject', 'text', (column) => column.notNull())
    .addColumn('details', 'text', (column) => column.notNull().defaultTo('{}'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['audit_events', 'sessions', 'accounts', 'relationship_services', 'relationships', 'services', 'people', 'units']) {
    await db.schema.dropTable(table).execute();
  }
}
