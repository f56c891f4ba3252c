import type { Kysely, Selectable } from 'kysely';
import type { DialectName } from '../connect.js';
import type { ActionStore } from '../../app/actions/ports.js';
import type { Action, ActionComment, ActionStatus } from '../../domain/actions/action.js';
import type { Dimension } from '../../domain/questionnaire/item-bank.js';
import type { ActionTable, Database } from '../schema.js';
import { chunk } from './chunk.js';

/** Actions and their comments. */
export function createActionRepository(db: Kysely<Database>, dialect: DialectName): ActionStore {
  const isLocking = dialect === 'postgres' && db.isTransaction;
  const commentsOf = async (actionIds: readonly string[]): Promise<Map<string, ActionComment[]>> => {
    const byAction = new Map<string, ActionComment[]>();
    for (const ids of chunk(actionIds)) {
      const rows = await db.selectFrom('action_comments').selectAll().where('action_id', 'in', ids).orderBy('id').execute();
      for (const row of rows) {
        const list = byAction.get(row.action_id) ?? [];
        list.push({ authorAccountId: row.author_account_id, at: row.at, text: row.text });
        byAction.set(row.action_id, list);
      }
    }
    return byAction;
  };
  return {
    async insert(action) {
      await db
        .insertInto('actions')
        .values({
          id: action.id,
          provider_unit_id: action.providerUnitId,
          customer_unit_id: action.customerGroupId,
          dimension: action.dimension,
          source_wave_id: action.sourceWaveId,
          title: action.title,
          description: action.description,
          owner_account_id: action.ownerAccountId,
          due_date: action.dueDate,
          status: action.status,
          created_by: action.createdByAccountId,
          created_at: action.createdAt,
          status_changed_at: action.statusChangedAt,
          closed_at: action.closedAt,
          updated_at: action.createdAt,
        })
        .execute();
    },

    async update(action, expectedStatus, updatedAt) {
      const result = await db
        .updateTable('actions')
        .set({
          title: action.title,
          description: action.description,
          owner_account_id: action.ownerAccountId,
          due_date: action.dueDate,
          status: action.status,
          status_changed_at: action.statusChangedAt,
          closed_at: action.closedAt,
          updated_at: updatedAt,
        })
        .where('id', '=', action.id)
        .where('status', '=', expectedStatus)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async addComment(actionId, comment) {
      await db
        .insertInto('action_comments')
        .values({ action_id: actionId, author_account_id: comment.authorAccountId, at: comment.at, text: comment.text })
        .execute();
    },

    async deleteIfWithoutHistory(id) {
      // The same test as the domain's, in the statement: a change or comment that came in
      // meanwhile keeps the action.
      const result = await db
        .deleteFrom('actions')
        .where('id', '=', id)
        .where('status', '=', 'open')
        .whereRef('status_changed_at', '=', 'created_at')
        .where(({ not, exists, selectFrom }) =>
          not(exists(selectFrom('action_comments').select('action_comments.id').whereRef('action_comments.action_id', '=', 'actions.id'))),
        )
        .executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },

    async findById(id, lock) {
      let select = db.selectFrom('actions').selectAll().where('id', '=', id);
      if (isLocking && lock === 'share') select = select.forShare();
      if (isLocking && lock === 'update') select = select.forUpdate();
      const row = await select.executeTakeFirst();
      if (!row) return undefined;
      return toAction(row, (await commentsOf([id])).get(id) ?? []);
    },

    async lockExisting(ids) {
      const found: string[] = [];
      for (const part of chunk(ids)) {
        const select = db.selectFrom('actions').select('id').where('id', 'in', part).orderBy('id');
        found.push(...(await (isLocking ? select.forShare() : select).execute()).map((row) => row.id));
      }
      return found;
    },

    async list(query) {
      let select = db.selectFrom('actions').selectAll();
      if (query.unitId !== undefined) {
        const unitId = query.unitId;
        select = select.where((eb) => eb.or([eb('provider_unit_id', '=', unitId), eb('customer_unit_id', '=', unitId)]));
      }
      if (query.status !== undefined) select = select.where('status', '=', query.status);
      const rows = await select.orderBy('due_date').orderBy('created_at').orderBy('id').execute();
      const comments = await commentsOf(rows.map((row) => row.id));
      return rows.map((row) => toAction(row, comments.get(row.id) ?? []));
    },
  };
}

function toAction(row: Selectable<ActionTable>, comments: ActionComment[]): Action {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    ownerAccountId: row.owner_account_id,
    dueDate: row.due_date,
    status: row.status as ActionStatus,
    providerUnitId: row.provider_unit_id,
    customerGroupId: row.customer_unit_id,
    dimension: row.dimension as Dimension | null,
    sourceWaveId: row.source_wave_id,
    createdByAccountId: row.created_by,
    createdAt: row.created_at,
    statusChangedAt: row.status_changed_at,
    closedAt: row.closed_at,
    comments,
  };
}
