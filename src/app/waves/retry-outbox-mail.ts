import { canManageSurveys, type Actor } from '../../domain/access/policy.js';
import { DomainError } from '../../domain/errors.js';
import { requirePermission } from '../authorize.js';
import type { AppContext } from '../ports.js';

/** Puts a failed mail back in the queue, due now. */
export async function retryOutboxMail(context: AppContext, actor: Actor, id: string): Promise<void> {
  requirePermission(canManageSurveys(actor), 'manage surveys');
  const now = context.clock().toISOString();
  if (!(await context.stores.outbox.retry(id, now))) {
    throw new DomainError(
      'invalid_state',
      'no failed mail with this id that can still be sent: only failed mails can be retried, and not once their wave has closed',
    );
  }
  await context.stores.audit.record({ at: now, accountId: actor.accountId, action: 'outbox.retry', subject: id });
}
