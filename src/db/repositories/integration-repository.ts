import type { Kysely, Selectable } from 'kysely';
import type { IntegrationToken, IntegrationTokenStore } from '../../app/sla/ports.js';
import type { Database, IntegrationTokenTable } from '../schema.js';

/** Integration tokens, found by the hash of their secret. */
export function createIntegrationRepository(db: Kysely<Database>): IntegrationTokenStore {
  const columns = ['id', 'name', 'objective_ids', 'created_by', 'created_at', 'revoked_at'] as const;
  return {
    async insert(token, tokenHash) {
      await db
        .insertInto('integration_tokens')
        .values({
          id: token.id,
          name: token.name,
          token_hash: tokenHash,
          objective_ids: JSON.stringify(token.objectiveIds),
          created_by: token.createdBy,
          created_at: token.createdAt,
          revoked_at: token.revokedAt,
        })
        .execute();
    },
    async findByHash(tokenHash) {
      const row = await db.selectFrom('integration_tokens').select(columns).where('token_hash', '=', tokenHash).executeTakeFirst();
      return row ? toToken(row) : undefined;
    },
    async findById(id) {
      const row = await db.selectFrom('integration_tokens').select(columns).where('id', '=', id).executeTakeFirst();
      return row ? toToken(row) : undefined;
    },
    async list() {
      const rows = await db.selectFrom('integration_tokens').select(columns).orderBy('created_at', 'desc').orderBy('id').execute();
      return rows.map(toToken);
    },
    async revoke(id, revokedAt) {
      const result = await db
        .updateTable('integration_tokens')
        .set({ revoked_at: revokedAt })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}

function toToken(row: Omit<Selectable<IntegrationTokenTable>, 'token_hash'>): IntegrationToken {
  return {
    id: row.id,
    name: row.name,
    objectiveIds: JSON.parse(row.objective_ids) as string[],
    createdBy: row.created_by,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
  };
}
