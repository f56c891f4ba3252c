import type { Kysely } from 'kysely';
import type { UnitStore } from '../../app/ports.js';
import type { Unit } from '../../domain/org/unit.js';
import type { Database } from '../schema.js';
import { chunk } from './chunk.js';

/** Units table. */
export function createUnitRepository(db: Kysely<Database>, now: () => string): UnitStore {
  return {
    async listAll() {
      const rows = await db.selectFrom('units').select(['id', 'name', 'parent_id', 'code']).orderBy('name').execute();
      return rows.map(toUnit);
    },
    async findById(id) {
      const row = await db.selectFrom('units').select(['id', 'name', 'parent_id', 'code']).where('id', '=', id).executeTakeFirst();
      return row ? toUnit(row) : undefined;
    },
    async insertMany(units) {
      const createdAt = now();
      // Parents first, so that the foreign key holds at every insert.
      for (const rows of chunk(sortParentsFirst(units))) {
        await db
          .insertInto('units')
          .values(rows.map((unit) => ({ id: unit.id, name: unit.name, parent_id: unit.parentId, code: unit.code, created_at: createdAt })))
          .execute();
      }
    },
    async update(unit) {
      await db.updateTable('units').set({ name: unit.name, parent_id: unit.parentId, code: unit.code }).where('id', '=', unit.id).execute();
    },
    async delete(id) {
      await db.deleteFrom('units').where('id', '=', id).execute();
    },
    async countPeopleByUnit() {
      const rows = await db
        .selectFrom('people')
        .select(['unit_id', db.fn.countAll<number>().as('count')])
        .groupBy('unit_id')
        .execute();
      return new Map(rows.map((row) => [row.unit_id, Number(row.count)]));
    },
    async countDependents(id) {
      const count = async (query: Promise<{ count: number | string | bigint } | undefined>) => Number((await query)?.count ?? 0);
      const [children, people, services, relationships, leadAccounts] = await Promise.all([
        count(db.selectFrom('units').select(db.fn.countAll<number>().as('count')).where('parent_id', '=', id).executeTakeFirst()),
        count(db.selectFrom('people').select(db.fn.countAll<number>().as('count')).where('unit_id', '=', id).executeTakeFirst()),
        count(db.selectFrom('services').select(db.fn.countAll<number>().as('count')).where('provider_unit_id', '=', id).executeTakeFirst()),
        count(
          db
            .selectFrom('relationships')
            .select(db.fn.countAll<number>().as('count'))
            .where((eb) => eb.or([eb('provider_unit_id', '=', id), eb('customer_unit_id', '=', id)]))
            .executeTakeFirst(),
        ),
        count(db.selectFrom('accounts').select(db.fn.countAll<number>().as('count')).where('unit_id', '=', id).executeTakeFirst()),
      ]);
      return { children, people, services, relationships, 'lead accounts': leadAccounts };
    },
  };
}

function toUnit(row: { id: string; name: string; parent_id: string | null; code: string | null }): Unit {
  return { id: row.id, name: row.name, parentId: row.parent_id, code: row.code };
}

function sortParentsFirst(units: readonly Unit[]): Unit[] {
  const pending = new Map(units.map((unit) => [unit.id, unit]));
  const sorted: Unit[] = [];
  const visit = (unit: Unit) => {
    if (!pending.has(unit.id)) return;
    pending.delete(unit.id);
    const parent = unit.parentId ? pending.get(unit.parentId) : undefined;
    if (parent) visit(parent);
    sorted.push(unit);
  };
  for (const unit of units) visit(unit);
  return sorted;
}
