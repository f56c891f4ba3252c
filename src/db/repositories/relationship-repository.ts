import type { Kysely } from 'kysely';
import type { RelationshipStore } from '../../app/ports.js';
import type { Relationship } from '../../domain/org/relationship.js';
import type { Database } from '../schema.js';
import { chunk } from './chunk.js';

/** Relationships and the services they run through. */
export function createRelationshipRepository(db: Kysely<Database>, now: () => string): RelationshipStore {
  const addLinks = async (links: readonly { relationshipId: string; serviceId: string }[]) => {
    for (const rows of chunk(links)) {
      await db
        .insertInto('relationship_services')
        .values(rows.map((link) => ({ relationship_id: link.relationshipId, service_id: link.serviceId })))
        .onConflict((conflict) => conflict.columns(['relationship_id', 'service_id']).doNothing())
        .execute();
    }
  };
  return {
    async listAll() {
      const [relationships, links] = await Promise.all([
        db.selectFrom('relationships').select(['id', 'provider_unit_id', 'customer_unit_id']).execute(),
        db.selectFrom('relationship_services').select(['relationship_id', 'service_id']).execute(),
      ]);
      const servicesOf = new Map<string, string[]>();
      for (const link of links) {
        const list = servicesOf.get(link.relationship_id) ?? [];
        list.push(link.service_id);
        servicesOf.set(link.relationship_id, list);
      }
      return relationships.map((row) => ({
        id: row.id,
        providerUnitId: row.provider_unit_id,
        customerUnitId: row.customer_unit_id,
        serviceIds: servicesOf.get(row.id) ?? [],
      }));
    },
    async findById(id) {
      const row = await db
        .selectFrom('relationships')
        .select(['id', 'provider_unit_id', 'customer_unit_id'])
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) return undefined;
      const links = await db.selectFrom('relationship_services').select('service_id').where('relationship_id', '=', id).execute();
      const relationship: Relationship = {
        id: row.id,
        providerUnitId: row.provider_unit_id,
        customerUnitId: row.customer_unit_id,
        serviceIds: links.map((link) => link.service_id),
      };
      return relationship;
    },
    async insertMany(relationships) {
      const createdAt = now();
      for (const rows of chunk(relationships)) {
        await db
          .insertInto('relationships')
          .values(
            rows.map((relationship) => ({
              id: relationship.id,
              provider_unit_id: relationship.providerUnitId,
              customer_unit_id: relationship.customerUnitId,
              created_at: createdAt,
            })),
          )
          .execute();
      }
      await addLinks(
        relationships.flatMap((relationship) =>
          relationship.serviceIds.map((serviceId) => ({ relationshipId: relationship.id, serviceId })),
        ),
      );
    },
    addServices: addLinks,
    async setServices(relationshipId, serviceIds) {
      await db.deleteFrom('relationship_services').where('relationship_id', '=', relationshipId).execute();
      await addLinks(serviceIds.map((serviceId) => ({ relationshipId, serviceId })));
    },
    async delete(id) {
      await db.deleteFrom('relationship_services').where('relationship_id', '=', id).execute();
      await db.deleteFrom('relationships').where('id', '=', id).execute();
    },
  };
}
