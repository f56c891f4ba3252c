import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  createIntegrationToken,
  listIntegrationTokens,
  resolveIntegrationToken,
  revokeIntegrationToken,
} from '../../app/sla/integration-tokens.js';
import type { IntegrationToken } from '../../app/sla/ports.js';
import { recordIntegrationMeasurements } from '../../app/sla/record-integration-measurements.js';
import { actorOf } from '../authenticate.js';
import { idParams } from '../schemas.js';
import type { ApiScope, RouteDependencies } from './types.js';

const id = z.string().min(1).max(64);
const tags = ['integrations'];

const tokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  objectiveIds: z.array(z.string()),
  createdBy: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});

/** Admins manage the API tokens of integrations (inside the session-secured scope). */
export function registerIntegrationTokenRoutes(api: ApiScope, { context }: RouteDependencies): void {
  api.get(
    '/integrations/tokens',
    {
      schema: {
        tags,
        summary: 'Integration tokens, newest first (never their secrets)',
        response: { 200: z.object({ tokens: z.array(tokenSchema) }) },
      },
    },
    async (request) => ({ tokens: await listIntegrationTokens(context, actorOf(request)) }),
  );
  api.post(
    '/integrations/tokens',
    {
      schema: {
        tags,
        summary: 'A token for an integration, scoped to the SLA objectives it may write; the secret is shown in this answer only',
        body: z.strictObject({ name: z.string().min(1).max(100), objectiveIds: z.array(id).min(1).max(200) }),
        response: { 201: tokenSchema.extend({ secret: z.string() }) },
      },
    },
    async (request, reply) => {
      const { token, secret } = await createIntegrationToken(context, actorOf(request), request.body);
      return reply.code(201).send({ ...token, secret });
    },
  );
  api.post(
    '/integrations/tokens/:id/revoke',
    { schema: { tags, summary: 'Revoke a token: from now on it opens nothing', params: idParams, response: { 200: tokenSchema } } },
    async (request) => revokeIntegrationToken(context, actorOf(request), request.params.id),
  );
}

/**
 * POST /api/integrations/measurements: other systems send SLA measurements with their
 * integration token (`Authorization: Bearer …`). Outside the session scope and without CSRF:
 * no browser sends this header on its own, so there is no cross-site request to guard against.
 */
export function registerIntegrationRoutes(api: ApiScope, { context }: RouteDependencies): void {
  const tokens = new WeakMap<FastifyRequest, IntegrationToken>();
  // The token is checked before the body is parsed: a caller without one learns only that it must authenticate.
  const authenticate = async (request: FastifyRequest) => {
    const match = /^Bearer\s+(\S{1,200})$/i.exec(request.headers.authorization ?? '');
    tokens.set(request, await resolveIntegrationToken(context, match?.[1]));
  };
  api.post(
    '/integrations/measurements',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary:
          'Record measurements of the objectives in the token’s scope: all or none; 401 for an unknown or revoked token, 403 outside its scope',
        body: z.strictObject({
          measurements: z
            .array(
              z.strictObject({
                objectiveId: id,
                at: z.string().min(1).max(40).describe('a date or an ISO time with zone'),
                value: z.number(),
              }),
            )
            .min(1)
            .max(1000),
        }),
        response: { 200: z.object({ created: z.number().int(), unchanged: z.number().int() }) },
      },
    },
    async (request) => {
      const token = tokens.get(request);
      if (!token) throw new Error('the integration token was not resolved');
      return recordIntegrationMeasurements(context, { token, measurements: request.body.measurements });
    },
  );
}
