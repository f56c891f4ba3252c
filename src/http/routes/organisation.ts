import { z } from 'zod';
import { createUnit } from '../../app/org/create-unit.js';
import { deleteUnit } from '../../app/org/delete-unit.js';
import { getServiceMap } from '../../app/org/get-service-map.js';
import { getUnitDetail } from '../../app/org/get-unit-detail.js';
import { listUnits } from '../../app/org/list-units.js';
import { createPerson, deletePerson, listPeople, updatePerson } from '../../app/org/people.js';
import { createRelationship, deleteRelationship, listRelationships, updateRelationship } from '../../app/org/relationships.js';
import { createService, deleteService, listServices, updateService } from '../../app/org/services.js';
import { updateUnit } from '../../app/org/update-unit.js';
import { LOCALES } from '../../domain/org/person.js';
import { actorOf } from '../authenticate.js';
import {
  idParams,
  personSchema,
  relationshipSchema,
  relationshipViewSchema,
  serviceSchema,
  unitSchema,
  unitViewSchema,
} from '../schemas.js';
import type { ApiScope, RouteDependencies } from './types.js';

const id = z.string().min(1).max(64);
const unitName = z.string().min(1).max(120);

/** Units, people, services, relationships and the service map. */
export function registerOrganisationRoutes(api: ApiScope, { context }: RouteDependencies): void {
  const tags = ['organisation'];

  api.get('/units', { schema: { tags, response: { 200: z.object({ units: z.array(unitViewSchema) }) } } }, async (request) => ({
    units: await listUnits(context, actorOf(request)),
  }));
  api.post(
    '/units',
    {
      schema: {
        tags,
        body: z.strictObject({ name: unitName, parentId: id.nullable(), code: z.string().max(64).nullish() }),
        response: { 201: unitSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createUnit(context, actorOf(request), request.body)),
  );
  api.get(
    '/units/:id',
    {
      schema: {
        tags,
        params: idParams,
        response: {
          200: z.object({
            unit: unitViewSchema,
            children: z.array(unitViewSchema),
            services: z.array(serviceSchema),
            asProvider: z.array(relationshipViewSchema),
            asCustomer: z.array(relationshipViewSchema),
            peopleCount: z.number().int(),
          }),
        },
      },
    },
    async (request) => getUnitDetail(context, actorOf(request), request.params.id),
  );
  api.patch(
    '/units/:id',
    {
      schema: {
        tags,
        params: idParams,
        body: z.strictObject({ name: unitName.optional(), parentId: id.nullable().optional() }),
        response: { 200: unitSchema },
      },
    },
    async (request) => updateUnit(context, actorOf(request), { id: request.params.id, ...request.body }),
  );
  api.delete('/units/:id', { schema: { tags, params: idParams } }, async (request, reply) => {
    await deleteUnit(context, actorOf(request), request.params.id);
    return reply.code(204).send();
  });

  const personBody = z.strictObject({
    email: z.string().min(1).max(254),
    name: z.string().min(1).max(200),
    unitId: id,
    locale: z.enum(LOCALES),
    isLead: z.boolean(),
  });
  api.get(
    '/people',
    {
      schema: {
        tags,
        querystring: z.object({
          search: z.string().max(200).optional(),
          unitId: id.optional(),
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(500).default(50),
        }),
        response: {
          200: z.object({
            items: z.array(personSchema.extend({ unitPath: z.string() })),
            total: z.number().int(),
            page: z.number().int(),
            pageSize: z.number().int(),
          }),
        },
      },
    },
    async (request) => listPeople(context, actorOf(request), request.query),
  );
  api.post('/people', { schema: { tags, body: personBody, response: { 201: personSchema } } }, async (request, reply) =>
    reply.code(201).send(await createPerson(context, actorOf(request), request.body)),
  );
  api.patch(
    '/people/:id',
    { schema: { tags, params: idParams, body: personBody.partial(), response: { 200: personSchema } } },
    async (request) => updatePerson(context, actorOf(request), { id: request.params.id, ...request.body }),
  );
  api.delete('/people/:id', { schema: { tags, params: idParams } }, async (request, reply) => {
    await deletePerson(context, actorOf(request), request.params.id);
    return reply.code(204).send();
  });

  const serviceName = z.string().min(1).max(160);
  api.get(
    '/services',
    {
      schema: {
        tags,
        response: {
          200: z.object({ services: z.array(serviceSchema.extend({ providerPath: z.string(), relationshipCount: z.number().int() })) }),
        },
      },
    },
    async (request) => ({ services: await listServices(context, actorOf(request)) }),
  );
  api.post(
    '/services',
    {
      schema: {
        tags,
        body: z.strictObject({ providerUnitId: id, name: serviceName, description: z.string().max(2000).optional() }),
        response: { 201: serviceSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createService(context, actorOf(request), request.body)),
  );
  api.patch(
    '/services/:id',
    {
      schema: {
        tags,
        params: idParams,
        body: z.strictObject({ name: serviceName.optional(), description: z.string().max(2000).optional() }),
        response: { 200: serviceSchema },
      },
    },
    async (request) => updateService(context, actorOf(request), { id: request.params.id, ...request.body }),
  );
  api.delete('/services/:id', { schema: { tags, params: idParams } }, async (request, reply) => {
    await deleteService(context, actorOf(request), request.params.id);
    return reply.code(204).send();
  });

  const serviceIds = z.array(id).min(1).max(100);
  api.get(
    '/relationships',
    { schema: { tags, response: { 200: z.object({ relationships: z.array(relationshipViewSchema) }) } } },
    async (request) => ({ relationships: await listRelationships(context, actorOf(request)) }),
  );
  api.post(
    '/relationships',
    {
      schema: { tags, body: z.strictObject({ providerUnitId: id, customerUnitId: id, serviceIds }), response: { 201: relationshipSchema } },
    },
    async (request, reply) => reply.code(201).send(await createRelationship(context, actorOf(request), request.body)),
  );
  api.patch(
    '/relationships/:id',
    { schema: { tags, params: idParams, body: z.strictObject({ serviceIds }), response: { 200: relationshipSchema } } },
    async (request) => updateRelationship(context, actorOf(request), { id: request.params.id, serviceIds: request.body.serviceIds }),
  );
  api.delete('/relationships/:id', { schema: { tags, params: idParams } }, async (request, reply) => {
    await deleteRelationship(context, actorOf(request), request.params.id);
    return reply.code(204).send();
  });

  api.get(
    '/service-map',
    {
      schema: {
        tags,
        response: {
          200: z.object({
            units: z.array(z.object({ id: z.string(), name: z.string(), parentId: z.string().nullable() })),
            services: z.array(z.object({ id: z.string(), name: z.string(), providerUnitId: z.string() })),
            relationships: z.array(relationshipSchema),
          }),
        },
      },
    },
    async (request) => getServiceMap(context, actorOf(request)),
  );
}
