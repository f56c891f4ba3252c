import { sql, type Kysely, type Selectable } from 'kysely';
import type { RetrospectiveStore } from '../../app/actions/ports.js';
import type { Retrospective, RetrospectivePart } from '../../domain/actions/retrospective.js';
import type { Database, RetrospectiveTable } from '../schema.js';
import { chunk } from './chunk.js';

/** Retrospectives: both sides' notes and the linked actions and objectives, as JSON. */
export function createRetrospectiveRepository(db: Kysely<Database>): RetrospectiveStore {
  return {
    async insert(retrospective) {
      await db.insertInto('retrospectives').values(toRow(retrospective)).execute();
    },

    async update(retrospective) {
      const { id: _id, relationship_id: _relationship, wave_id: _wave, created_at: _created, ...changes } = toRow(retrospective);
      await db.updateTable('retrospectives').set(changes).where('id', '=', retrospective.id).execute();
    },

    async delete(id) {
      // Notes and links are columns of the row; nothing else refers to a retrospective.
      await db.deleteFrom('retrospectives').where('id', '=', id).execute();
    },

    async linksAction(actionId) {
      // Links are a JSON array of ids in a text column: a quoted id is one element.
      const pattern = `%${JSON.stringify(actionId).replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
      const row = await db
        .selectFrom('retrospectives')
        .select('id')
        .where(sql<boolean>`action_ids like ${pattern} escape '\\'`)
        .limit(1)
        .executeTakeFirst();
      return row !== undefined;
    },

    async findById(id) {
      const row = await db.selectFrom('retrospectives').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toRetrospective(row) : undefined;
    },

    async list(query) {
      const read = async (relationshipIds?: readonly string[]) => {
        let select = db.selectFrom('retrospectives').selectAll();
        if (relationshipIds !== undefined) select = select.where('relationship_id', 'in', relationshipIds);
        if (query.waveId !== undefined) select = select.where('wave_id', '=', query.waveId);
        return (await select.orderBy('created_at').orderBy('id').execute()).map(toRetrospective);
      };
      if (query.relationshipIds === undefined) return read();
      const found: Retrospective[] = [];
      for (const ids of chunk(query.relationshipIds)) if (ids.length > 0) found.push(...(await read(ids)));
      return found;
    },
  };
}

function toRow(retrospective: Retrospective): RetrospectiveTable {
  return {
    id: retrospective.id,
    relationship_id: retrospective.relationshipId,
    wave_id: retrospective.waveId,
    status: retrospective.status,
    provider_part: retrospective.provider ? JSON.stringify(retrospective.provider) : null,
    customer_part: retrospective.customer ? JSON.stringify(retrospective.customer) : null,
    action_ids: JSON.stringify(retrospective.actionIds),
    sla_objective_ids: JSON.stringify(retrospective.slaObjectiveIds),
    created_at: retrospective.createdAt,
    completed_at: retrospective.completedAt,
  };
}

function toRetrospective(row: Selectable<RetrospectiveTable>): Retrospective {
  const part = (json: string | null) => (json === null ? null : (JSON.parse(json) as RetrospectivePart));
  return {
    id: row.id,
    relationshipId: row.relationship_id,
    waveId: row.wave_id,
    status: row.status as Retrospective['status'],
    provider: part(row.provider_part),
    customer: part(row.customer_part),
    actionIds: JSON.parse(row.action_ids) as string[],
    slaObjectiveIds: JSON.parse(row.sla_objective_ids) as string[],
    createdAt: row.created_at,
    completedAt: row.completed_at,
  };
}
