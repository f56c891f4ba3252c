import { sql, type Kysely } from 'kysely';

/**
 * What reminders left behind about who had not answered yet, and when, goes:
 * - `invitations.reminder_count`, which told how many reminders each person got; together
 *   with the times of the reminder rounds (audit log) it bracketed when a person submitted.
 *   Reminder rounds now give every invitation a new link (see send-reminders.ts), so the
 *   links stored per invitation count rounds, not reminders.
 * - the recipients of reminders already sent;
 * - in closed waves: mails still waiting (their links no longer work), the texts of failed
 *   mails (they held links) and the recipients of failed reminders.
 * From now on the outbox does the same as it goes (see outbox-repository.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('invitations').dropColumn('reminder_count').execute();
  await sql`UPDATE outbox SET recipient = '' WHERE kind = 'reminder' AND status = 'sent'`.execute(db);
  const closed = sql`wave_id IN (SELECT id FROM waves WHERE status IN ('closed', 'archived'))`;
  await sql`DELETE FROM outbox WHERE status = 'pending' AND ${closed}`.execute(db);
  await sql`UPDATE outbox SET body_text = '', body_html = '' WHERE status = 'failed' AND ${closed}`.execute(db);
  await sql`UPDATE outbox SET recipient = '' WHERE kind = 'reminder' AND status = 'failed' AND ${closed}`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('invitations')
    .addColumn('reminder_count', 'integer', (column) => column.notNull().defaultTo(0))
    .execute();
}
