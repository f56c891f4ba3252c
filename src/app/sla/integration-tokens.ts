import type { Actor } from '../../domain/access/policy.js';
import { assertNoProblems, DomainError, invalidField, type FieldProblem } from '../../domain/errors.js';
import { requireFound, requirePermission } from '../authorize.js';
import type { AppContext } from '../ports.js';
import { createToken, hashToken } from '../tokens.js';
import type { IntegrationToken } from './ports.js';

export const MAX_INTEGRATION_NAME = 100;

/**
 * A new API token for an integration, scoped to the SLA objectives it may write measurements
 * for. The secret is returned here once; the database keeps only its SHA-256. Admins only.
 */
export async function createIntegrationToken(
  context: AppContext,
  actor: Actor,
  input: { name: string; objectiveIds: string[] },
): Promise<{ token: IntegrationToken; secret: string }> {
  requirePermission(actor.role === 'admin', 'create integration tokens');
  const name = input.name.trim();
  const problems: FieldProblem[] = [];
  if (name.length === 0 || name.length > MAX_INTEGRATION_NAME) {
    problems.push({ field: 'name', problem: `must be 1–${MAX_INTEGRATION_NAME} characters` });
  }
  const objectiveIds = [...new Set(input.objectiveIds)];
  if (objectiveIds.length === 0) problems.push({ field: 'objectiveIds', problem: 'name at least one SLA objective' });
  const known = new Set((await context.stores.sla.listVersionsByRelationships()).map((version) => version.objectiveId));
  const unknown = objectiveIds.filter((id) => !known.has(id));
  if (unknown.length > 0) problems.push({ field: 'objectiveIds', problem: `no such SLA objectives: ${unknown.join(', ')}` });
  assertNoProblems(problems);
  const now = context.clock().toISOString();
  const secret = createToken();
  const token: IntegrationToken = { id: context.newId(), name, objectiveIds, createdBy: actor.accountId, createdAt: now, revokedAt: null };
  await context.transaction(async (stores) => {
    await stores.integrations.insert(token, hashToken(secret));
    await stores.audit.record({ at: now, accountId: actor.accountId, action: 'integration.create', subject: token.id, details: { name } });
  });
  return { token, secret };
}

/** Every integration token (without secrets), newest first. Admins only. */
export async function listIntegrationTokens(context: AppContext, actor: Actor): Promise<IntegrationToken[]> {
  requirePermission(actor.role === 'admin', 'list integration tokens');
  return context.stores.integrations.list();
}

/** Revokes a token: from now on it opens nothing. Revoking twice is a conflict. Admins only. */
export async function revokeIntegrationToken(context: AppContext, actor: Actor, id: string): Promise<IntegrationToken> {
  requirePermission(actor.role === 'admin', 'revoke integration tokens');
  const now = context.clock().toISOString();
  return context.transaction(async (stores) => {
    const token = requireFound(await stores.integrations.findById(id), 'integration token');
    if (!(await stores.integrations.revoke(id, now))) throw new DomainError('conflict', 'the token is already revoked');
    await stores.audit.record({ at: now, accountId: actor.accountId, action: 'integration.revoke', subject: id });
    return { ...token, revokedAt: now };
  });
}

/** The integration a bearer secret belongs to; unauthenticated when it is unknown or revoked. */
export async function resolveIntegrationToken(context: AppContext, secret: string | undefined): Promise<IntegrationToken> {
  const token = secret === undefined ? undefined : await context.stores.integrations.findByHash(hashToken(secret));
  if (!token || token.revokedAt !== null) {
    throw new DomainError('unauthenticated', 'send a valid, unrevoked integration token as "Authorization: Bearer <token>"');
  }
  return token;
}

/** Refuses objectives outside the token's scope, naming the first such measurement. */
export function assertInScope(token: IntegrationToken, objectiveIds: readonly string[]): void {
  const scope = new Set(token.objectiveIds);
  const index = objectiveIds.findIndex((id) => !scope.has(id));
  if (index >= 0) {
    const error = invalidField(`measurements.${index}.objectiveId`, 'is not an objective this token may write');
    throw new DomainError('forbidden', error.message, error.problems);
  }
}
