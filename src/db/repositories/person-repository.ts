import { sql, type Kysely } from 'kysely';
import type { PersonStore } from '../../app/ports.js';
import { isLocale, type Person } from '../../domain/org/person.js';
import type { Database, PersonTable } from '../schema.js';
import { chunk } from './chunk.js';

const columns = ['id', 'email', 'name', 'unit_id', 'locale', 'is_lead'] as const;

/** People table. */
export function createPersonRepository(db: Kysely<Database>): PersonStore {
  return {
    async page(query) {
      let base = db.selectFrom('people');
      if (query.unitId) base = base.where('unit_id', '=', query.unitId);
      if (query.search) {
        const pattern = `%${query.search.toLowerCase().replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
        base = base.where(sql<boolean>`(lower(name) like ${pattern} escape '\\' or email like ${pattern} escape '\\')`);
      }
      const [items, total] = await Promise.all([
        base
          .select(columns)
          .orderBy('name')
          .orderBy('email')
          .limit(query.pageSize)
          .offset((query.page - 1) * query.pageSize)
          .execute(),
        base.select(db.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
      ]);
      return { items: items.map(toPerson), total: Number(total.count) };
    },
    async listAll() {
      return (await db.selectFrom('people').select(columns).execute()).map(toPerson);
    },
    async findById(id) {
      const row = await db.selectFrom('people').select(columns).where('id', '=', id).executeTakeFirst();
      return row ? toPerson(row) : undefined;
    },
    async findByEmail(email) {
      const row = await db.selectFrom('people').select(columns).where('email', '=', email).executeTakeFirst();
      return row ? toPerson(row) : undefined;
    },
    async count() {
      const row = await db.selectFrom('people').select(db.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
      return Number(row.count);
    },
    async insertMany(people, now) {
      for (const rows of chunk(people)) {
        await db
          .insertInto('people')
          .values(rows.map((person) => ({ ...toRow(person), created_at: now, updated_at: now })))
          .execute();
      }
    },
    async updateMany(people, now) {
      // One statement per 500 people: an upsert on the primary key updates rows that exist.
      for (const rows of chunk(people)) {
        await db
          .insertInto('people')
          .values(rows.map((person) => ({ ...toRow(person), created_at: now, updated_at: now })))
          .onConflict((conflict) =>
            conflict.column('id').doUpdateSet((eb) => ({
              email: eb.ref('excluded.email'),
              name: eb.ref('excluded.name'),
              unit_id: eb.ref('excluded.unit_id'),
              locale: eb.ref('excluded.locale'),
              is_lead: eb.ref('excluded.is_lead'),
              updated_at: eb.ref('excluded.updated_at'),
            })),
          )
          .execute();
      }
    },
    async delete(id) {
      await db.deleteFrom('people').where('id', '=', id).execute();
    },
  };
}

function toPerson(row: Pick<PersonTable, (typeof columns)[number]>): Person {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    unitId: row.unit_id,
    locale: isLocale(row.locale) ? row.locale : 'en',
    isLead: row.is_lead === 1,
  };
}

function toRow(person: Person) {
  return {
    id: person.id,
    email: person.email,
    name: person.name,
    unit_id: person.unitId,
    locale: person.locale,
    is_lead: person.isLead ? 1 : 0,
  };
}
