import { api, toQuery } from '../../shared/api-client';

export type OutboxStatus = 'pending' | 'sent' | 'failed';

export interface OutboxItem {
  id: string;
  kind: string;
  waveId: string | null;
  /** Null for a reminder: it goes only to those who have not answered. */
  recipient: string | null;
  /** Null for a reminder: its language would tell the recipient's. */
  subject: string | null;
  /** The text of a pending invitation, only while no SMTP server is configured. */
  bodyText: string | null;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface OutboxPage {
  isSmtpConfigured: boolean;
  counts: Record<OutboxStatus, number>;
  total: number;
  page: number;
  pageSize: number;
  items: OutboxItem[];
}

/** One page of the outbox, optionally of one status. */
export function fetchOutbox(query: { status?: OutboxStatus; page: number; pageSize?: number }, signal?: AbortSignal): Promise<OutboxPage> {
  return api.get<OutboxPage>(`/api/outbox${toQuery({ status: query.status, page: query.page, pageSize: query.pageSize })}`, signal);
}

/** Puts a failed mail back in the queue. */
export function retryMail(id: string): Promise<void> {
  return api.post<void>(`/api/outbox/${encodeURIComponent(id)}/retry`);
}
