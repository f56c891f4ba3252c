import type { Kysely } from 'kysely';
import type { ServiceStore } from '../../app/ports.js';
import type { Service } from '../../domain/org/relationship.js';
import type { Database } from '../schema.js';
import { chunk } from './chunk.js';

/** Services table. */
export function createServiceRepository(db: Kysely<Database>, now: () => string): ServiceStore {
  const select = () => db.selectFrom('services').select(['id', 'provider_unit_id', 'name', 'description']);
  return {
    async listAll() {
      return (await select().orderBy('name').execute()).map(toService);
    },
    async findById(id) {
      const row = await select().where('id', '=', id).executeTakeFirst();
      return row ? toService(row) : undefined;
    },
    async insertMany(services) {
      const createdAt = now();
      for (const rows of chunk(services)) {
        await db
          .insertInto('services')
          .values(
            rows.map((service) => ({
              id: service.id,
              provider_unit_id: service.providerUnitId,
              name: service.name,
              description: service.description,
              created_at: createdAt,
            })),
          )
          .execute();
      }
    },
    async update(service) {
      await db.updateTable('services').set({ name: service.name, description: service.description }).where('id', '=', service.id).execute();
    },
    async delete(id) {
      await db.deleteFrom('services').where('id', '=', id).execute();
    },
    async countRelationshipsByService() {
      const rows = await db
        .selectFrom('relationship_services')
        .select(['service_id', db.fn.countAll<number>().as('count')])
        .groupBy('service_id')
        .execute();
      return new Map(rows.map((row) => [row.service_id, Number(row.count)]));
    },
  };
}

function toService(row: { id: string; provider_unit_id: string; name: string; description: string }): Service {
  return { id: row.id, providerUnitId: row.provider_unit_id, name: row.name, description: row.description };
}
