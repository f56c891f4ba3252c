import type { Actor } from '../domain/access/policy.js';
import { DomainError } from '../domain/errors.js';

/** The actor of command-line work: an operator with shell access acts as an admin. */
export const systemActor: Actor = { accountId: 'system', role: 'admin', unitId: null };

/** Throws `forbidden` unless the policy allows the actor. */
export function requirePermission(isAllowed: boolean, what: string): void {
  if (!isAllowed) throw new DomainError('forbidden', `not allowed to ${what}`);
}

/** Throws `not_found` for a missing record, naming what was looked for. */
export function requireFound<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new DomainError('not_found', `${what} not found`);
  return value;
}
