import type { Kysely } from 'kysely';
import type { SessionStore } from '../../app/ports.js';
import { isRole } from '../../domain/access/policy.js';
import type { Database } from '../schema.js';

/** Sessions, keyed by the hash of the cookie token; the token itself is never stored. */
export function createSessionRepository(db: Kysely<Database>): SessionStore {
  return {
    async insert(session) {
      await db
        .insertInto('sessions')
        .values({ id: session.id, account_id: session.accountId, created_at: session.createdAt, expires_at: session.expiresAt })
        .execute();
    },
    async findActor(id, now) {
      const row = await db
        .selectFrom('sessions')
        .innerJoin('accounts', 'accounts.id', 'sessions.account_id')
        .select(['accounts.id', 'accounts.role', 'accounts.unit_id'])
        .where('sessions.id', '=', id)
        .where('sessions.expires_at', '>', now)
        .where('accounts.is_disabled', '=', 0)
        .executeTakeFirst();
      if (!row || !isRole(row.role)) return undefined;
      return { accountId: row.id, role: row.role, unitId: row.unit_id };
    },
    async delete(id) {
      await db.deleteFrom('sessions').where('id', '=', id).execute();
    },
    async deleteForAccount(accountId) {
      await db.deleteFrom('sessions').where('account_id', '=', accountId).execute();
    },
    async deleteExpired(now) {
      const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
