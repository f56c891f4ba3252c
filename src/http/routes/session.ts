import { z } from 'zod';
import { signIn, signOut } from '../../app/access/sessions.js';
import { SESSION_COOKIE, actorOf } from '../authenticate.js';
import { sessionSchema } from '../schemas.js';
import type { ApiScope, RouteDependencies } from './types.js';

/** Sign in, who am I, sign out. */
export function registerSessionRoutes(api: ApiScope, { context, config, authenticate }: RouteDependencies): void {
  api.post(
    '/session',
    {
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['session'],
        body: z.strictObject({ email: z.string().min(1).max(254), password: z.string().min(1).max(256) }),
        response: { 200: sessionSchema },
      },
    },
    async (request, reply) => {
      const { token, account, expiresAt } = await signIn(context, { ...request.body, sessionHours: config.sessionHours });
      reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: 'auto', expires: expiresAt });
      const csrfToken = reply.generateCsrf();
      return {
        account: { id: account.id, email: account.email, name: account.name, role: account.role, unitId: account.unitId },
        csrfToken,
      };
    },
  );

  api.get(
    '/session',
    { onRequest: authenticate, schema: { tags: ['session'], response: { 200: sessionSchema } } },
    async (request, reply) => {
      const actor = actorOf(request);
      const account = await context.stores.accounts.findById(actor.accountId);
      const csrfToken = reply.generateCsrf();
      return {
        account: { id: actor.accountId, email: account?.email ?? '', name: account?.name ?? '', role: actor.role, unitId: actor.unitId },
        csrfToken,
      };
    },
  );

  api.delete(
    '/session',
    {
      onRequest: [authenticate, (request, reply, done) => api.csrfProtection(request, reply, done)],
      schema: { tags: ['session'] },
    },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await signOut(context, token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send();
    },
  );
}
