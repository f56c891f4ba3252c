import { canManageSurveys, type Actor } from '../../domain/access/policy.js';
import { reminderError } from '../../domain/mail/reminder-error.js';
import { requirePermission } from '../authorize.js';
import type { AppContext, OutboxEntry } from '../ports.js';

export type OutboxStatus = OutboxEntry['status'];

export interface OutboxItem extends Omit<OutboxEntry, 'bodyText' | 'bodyHtml' | 'recipient' | 'subject'> {
  /** The address; null for a reminder (see listOutbox). */
  recipient: string | null;
  /** Null for a reminder: its language would tell the recipient's. */
  subject: string | null;
  /** The plain-text body of a pending invitation, shown only while no SMTP server is configured. */
  bodyText: string | null;
}

/**
 * A page of the mail outbox with counts per status. Without SMTP (the demo), pending mails
 * stay here, and an invitation's text, with its link, is shown so that someone can answer;
 * with SMTP, bodies are not shown: the links belong to their recipients. A reminder goes only
 * to those who have not answered, so its recipient, its subject and text (their language is
 * the recipient's) and its error but for the SMTP codes are withheld: the outbox must not tell who
 * has answered, any more than the wave does.
 */
export async function listOutbox(
  context: AppContext,
  actor: Actor,
  query: { status?: OutboxStatus | undefined; page: number; pageSize: number; isSmtpConfigured: boolean },
): Promise<{ items: OutboxItem[]; counts: Record<OutboxStatus, number>; total: number; page: number; pageSize: number }> {
  requirePermission(canManageSurveys(actor), 'manage surveys');
  const [entries, counts] = await Promise.all([
    context.stores.outbox.list({ status: query.status, limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
    context.stores.outbox.countByStatus(),
  ]);
  const items = entries.map(({ bodyText, bodyHtml: _html, ...entry }): OutboxItem => {
    if (entry.kind === 'reminder') {
      const lastError = entry.lastError === null ? null : reminderError(entry.lastError);
      return { ...entry, recipient: null, subject: null, bodyText: null, lastError };
    }
    return { ...entry, bodyText: entry.status === 'pending' && !query.isSmtpConfigured ? bodyText : null };
  });
  const total = query.status ? counts[query.status] : counts.pending + counts.sent + counts.failed;
  return { items, counts, total, page: query.page, pageSize: query.pageSize };
}
