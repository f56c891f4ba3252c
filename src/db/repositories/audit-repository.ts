import type { Kysely } from 'kysely';
import type { AuditStore } from '../../app/ports.js';
import type { Database } from '../schema.js';

/** The append-only audit log of admin actions. */
export function createAuditRepository(db: Kysely<Database>): AuditStore {
  return {
    async record(event) {
      await db
        .insertInto('audit_events')
        .values({
          at: event.at,
          account_id: event.accountId,
          action: event.action,
          subject: event.subject,
          details: JSON.stringify(event.details ?? {}),
        })
        .execute();
    },
    async list(limit) {
      const rows = await db.selectFrom('audit_events').selectAll().orderBy('id', 'desc').limit(limit).execute();
      return rows.map((row) => ({
        id: Number(row.id),
        at: row.at,
        accountId: row.account_id,
        action: row.action,
        subject: row.subject,
        details: JSON.parse(row.details) as Record<string, unknown>,
      }));
    },
  };
}
