import type { FastifyReply, FastifyRequest } from 'fastify';
import { resolveSession } from '../app/access/sessions.js';
import type { AppContext } from '../app/ports.js';
import type { Actor } from '../domain/access/policy.js';
import { DomainError } from '../domain/errors.js';

export const SESSION_COOKIE = 'eyelevel_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

/** A preHandler that loads the session's actor, or answers 401. */
export function createAuthenticate(context: AppContext) {
  return async function authenticate(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
    const token = request.cookies[SESSION_COOKIE];
    const actor = token ? await resolveSession(context, token) : undefined;
    if (!actor) throw new DomainError('unauthenticated', 'sign in first');
    request.actor = actor;
  };
}

/** The actor of an authenticated request; routes behind `authenticate` always have one. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new DomainError('unauthenticated', 'sign in first');
  return request.actor;
}
