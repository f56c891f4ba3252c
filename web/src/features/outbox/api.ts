import type { OutboxItem, OutboxPage, OutboxStatus } from '@contract/survey-bodies';
import { api, toQuery } from '../../shared/api-client';

export type { OutboxItem, OutboxPage, OutboxStatus };

/** One page of the outbox, optionally of one status. */
export function fetchOutbox(query: { status?: OutboxStatus; page: number; pageSize?: number }, signal?: AbortSignal): Promise<OutboxPage> {
  return api.get<OutboxPage>(`/api/outbox${toQuery({ status: query.status, page: query.page, pageSize: query.pageSize })}`, signal);
}

/** Puts a failed mail back in the queue. */
export function retryMail(id: string): Promise<void> {
  return api.post<void>(`/api/outbox/${encodeURIComponent(id)}/retry`);
}
