import { sql, type Kysely } from 'kysely';
import type { OutboxEntry, OutboxStore, OutgoingMail } from '../../app/ports.js';
import type { DialectName } from '../connect.js';
import type { Database, OutboxTable } from '../schema.js';
import { chunk } from './chunk.js';

/** The mail outbox. Claiming is atomic: FOR UPDATE SKIP LOCKED on PostgreSQL, the single writer on SQLite. */
export function createOutboxRepository(db: Kysely<Database>, dialect: DialectName): OutboxStore {
  return {
    async enqueue(mails, now) {
      for (const rows of chunk(mails)) {
        await db
          .insertInto('outbox')
          .values(
            rows.map((mail) => ({
              id: mail.id,
              kind: mail.kind,
              wave_id: mail.waveId,
              recipient: mail.recipient,
              subject: mail.subject,
              body_text: mail.bodyText,
              body_html: mail.bodyHtml,
              status: 'pending',
              attempts: 0,
              next_attempt_at: now,
              created_at: now,
            })),
          )
          .execute();
      }
    },
    async claimDue({ now, worker, leaseUntil, limit }) {
      const due = db
        .selectFrom('outbox')
        .select('id')
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', now)
        .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]))
        .orderBy('next_attempt_at')
        .limit(limit);
      const rows = await db
        .updateTable('outbox')
        .set((eb) => ({ claimed_by: worker, claimed_until: leaseUntil, attempts: eb('attempts', '+', 1) }))
        .where('id', 'in', dialect === 'postgres' ? due.forUpdate().skipLocked() : due)
        .returning(['id', 'kind', 'wave_id', 'recipient', 'subject', 'body_text', 'body_html', 'attempts'])
        .execute();
      return rows.map((row) => ({ ...toMail(row), attempts: Number(row.attempts) }));
    },
    async markSent(id, now) {
      await db
        .updateTable('outbox')
        .set({
          status: 'sent',
          sent_at: now,
          claimed_by: null,
          claimed_until: null,
          body_text: '',
          body_html: '',
          last_error: null,
          // Who got a reminder is who had not answered by then; its language would narrow it down.
          recipient: sql<string>`CASE WHEN kind = 'reminder' THEN '' ELSE recipient END`,
          subject: sql<string>`CASE WHEN kind = 'reminder' THEN '' ELSE subject END`,
        })
        .where('id', '=', id)
        // Only a pending mail changes: a worker whose lease ran out must not undo another's work.
        .where('status', '=', 'pending')
        .execute();
    },
    async markFailed(id, { error, nextAttemptAt }) {
      await db
        .updateTable('outbox')
        .set({
          status: nextAttemptAt === null ? 'failed' : 'pending',
          next_attempt_at: nextAttemptAt ?? sql<string>`next_attempt_at`,
          claimed_by: null,
          claimed_until: null,
          last_error: error.slice(0, 1000),
        })
        .where('id', '=', id)
        .where('status', '=', 'pending')
        .execute();
    },
    async countByStatus(waveId) {
      let query = db
        .selectFrom('outbox')
        .select(['status', db.fn.countAll<number>().as('count')])
        .groupBy('status');
      if (waveId !== undefined) query = query.where('wave_id', '=', waveId);
      const counts = { pending: 0, sent: 0, failed: 0 };
      for (const row of await query.execute()) if (row.status in counts) counts[row.status as keyof typeof counts] = Number(row.count);
      return counts;
    },
    async list({ status, limit, offset }) {
      let query = db.selectFrom('outbox').selectAll();
      if (status) query = query.where('status', '=', status);
      const rows = await query.orderBy('created_at', 'desc').orderBy('id').limit(limit).offset(offset).execute();
      return rows.map(toEntry);
    },
    async clearClosedWave(waveId) {
      const result = await db.deleteFrom('outbox').where('wave_id', '=', waveId).where('status', '=', 'pending').executeTakeFirst();
      await db
        .updateTable('outbox')
        .set({
          body_text: '',
          body_html: '',
          recipient: sql<string>`CASE WHEN kind = 'reminder' THEN '' ELSE recipient END`,
          subject: sql<string>`CASE WHEN kind = 'reminder' THEN '' ELSE subject END`,
        })
        .where('wave_id', '=', waveId)
        .where('status', '=', 'failed')
        .execute();
      return Number(result.numDeletedRows);
    },
    async retry(id, now) {
      const result = await db
        .updateTable('outbox')
        .set({ status: 'pending', next_attempt_at: now, claimed_by: null, claimed_until: null })
        .where('id', '=', id)
        .where('status', '=', 'failed')
        .where('body_text', '!=', '')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
  };
}

function toMail(row: Pick<OutboxTable, 'id' | 'kind' | 'wave_id' | 'recipient' | 'subject' | 'body_text' | 'body_html'>): OutgoingMail {
  return {
    id: row.id,
    kind: row.kind,
    waveId: row.wave_id,
    recipient: row.recipient,
    subject: row.subject,
    bodyText: row.body_text,
    bodyHtml: row.body_html,
  };
}

function toEntry(row: OutboxTable): OutboxEntry {
  return {
    ...toMail(row),
    status: row.status === 'sent' || row.status === 'failed' ? row.status : 'pending',
    attempts: Number(row.attempts),
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error,
    createdAt: row.created_at,
    sentAt: row.sent_at,
  };
}
