import { canManageSurveys, type Actor } from '../../domain/access/policy.js';
import { requirePermission } from '../authorize.js';
import type { AppContext, OutboxEntry } from '../ports.js';

export type OutboxStatus = OutboxEntry['status'];

export interface OutboxItem extends Omit<OutboxEntry, 'bodyText' | 'bodyHtml'> {
  /** The plain-text body of a pending mail, shown only while no SMTP server is configured. */
  bodyText: string | null;
}

/**
 * A page of the mail outbox with counts per status. Without SMTP (the demo), pending mails
 * stay here, and their text, with the invitation link, is shown so that someone can answer;
 * with SMTP, bodies are not shown: the links belong to their recipients.
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
  const items = entries.map(({ bodyText, bodyHtml: _html, ...entry }) => ({
    ...entry,
    bodyText: entry.status === 'pending' && !query.isSmtpConfigured ? bodyText : null,
  }));
  const total = query.status ? counts[query.status] : counts.pending + counts.sent + counts.failed;
  return { items, counts, total, page: query.page, pageSize: query.pageSize };
}
