import { z } from 'zod';
import { createAccount, listAccountDirectory, listAccounts, updateAccount } from '../../app/access/accounts.js';
import { requirePermission } from '../../app/authorize.js';
import { ROLES, canViewAuditLog } from '../../domain/access/policy.js';
import { actorOf } from '../authenticate.js';
import { accountSchema, idParams } from '../schemas.js';
import type { ApiScope, RouteDependencies } from './types.js';

/** Accounts and roles (admins only), the directory of names (everyone signed in), and the audit log. */
export function registerAccountRoutes(api: ApiScope, { context }: RouteDependencies): void {
  const tags = ['accounts'];
  const id = z.string().min(1).max(64);
  api.get('/accounts', { schema: { tags, response: { 200: z.object({ accounts: z.array(accountSchema) }) } } }, async (request) => ({
    accounts: await listAccounts(context, actorOf(request)),
  }));
  api.get(
    '/accounts/directory',
    {
      schema: {
        tags,
        summary: 'Enabled accounts by name (no email addresses), for choosing action owners and naming authors; every signed-in role',
        response: {
          200: z.object({
            accounts: z.array(z.object({ id: z.string(), name: z.string(), role: z.enum(ROLES), unitId: z.string().nullable() })),
          }),
        },
      },
    },
    async () => ({ accounts: await listAccountDirectory(context) }),
  );
  api.post(
    '/accounts',
    {
      schema: {
        tags,
        body: z.strictObject({
          email: z.string().min(1).max(254),
          name: z.string().min(1).max(200),
          role: z.enum(ROLES),
          unitId: id.nullish(),
          password: z.string().min(1).max(256),
        }),
        response: { 201: accountSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createAccount(context, actorOf(request), request.body)),
  );
  api.patch(
    '/accounts/:id',
    {
      schema: {
        tags,
        params: idParams,
        body: z.strictObject({
          role: z.enum(ROLES).optional(),
          unitId: id.nullable().optional(),
          isDisabled: z.boolean().optional(),
          password: z.string().min(1).max(256).optional(),
        }),
        response: { 200: accountSchema },
      },
    },
    async (request) => updateAccount(context, actorOf(request), { id: request.params.id, ...request.body }),
  );
  api.get(
    '/audit-events',
    {
      schema: {
        tags,
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(1000).default(200) }),
        response: {
          200: z.object({
            events: z.array(
              z.object({
                id: z.number().int(),
                at: z.string(),
                accountId: z.string().nullable(),
                action: z.string(),
                subject: z.string(),
                details: z.record(z.string(), z.unknown()),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      requirePermission(canViewAuditLog(actorOf(request)), 'view the audit log');
      return { events: await context.stores.audit.list(request.query.limit) };
    },
  );
}
