import { createHash, randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../connect.js';

/**
 * What reminders left behind about who had not answered yet, and so about when each person
 * answered, goes:
 * - `invitations.reminder_count` (set to 0 first: PostgreSQL keeps a dropped column's values
 *   in rows that are never written again);
 * - the differences in the number of links per invitation, which counted the reminders a
 *   person got: closed waves lose their links (they open nothing any more), and in open
 *   waves every invitation gets links that open nothing, up to the wave's highest count,
 *   stored in the order of their hashes. From now on each reminder round gives every
 *   invitation a link (see send-reminders.ts);
 * - the recipients and subjects (their language) of reminders already sent, and the text of
 *   reminders' errors beyond their SMTP codes;
 * - in closed waves: mails still waiting (their links open nothing), the texts of failed
 *   mails (they held links), and the recipients and subjects of failed reminders.
 * From now on the outbox does the same as it goes (see outbox-repository.ts).
 *
 * It also adds `waves.storage_shuffled_on`, the day the wave scheduler last rewrote an open
 * wave's responses in random order on PostgreSQL (see RespondentStore.shuffleOpenWaves).
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  // One transaction: Kysely runs SQLite migrations without one (on PostgreSQL it is inside one).
  if (dialect === 'sqlite') await db.transaction().execute((transaction) => forget(transaction));
  else await forget(db);
}

async function forget(db: Kysely<unknown>): Promise<void> {
  await sql`UPDATE invitations SET reminder_count = 0`.execute(db);
  await db.schema.alterTable('invitations').dropColumn('reminder_count').execute();
  await db.schema.alterTable('waves').addColumn('storage_shuffled_on', 'text').execute();

  const closed = sql`SELECT id FROM waves WHERE status IN ('closed', 'archived')`;
  await sql`DELETE FROM invitation_tokens WHERE invitation_id IN (SELECT id FROM invitations WHERE wave_id IN (${closed}))`.execute(db);
  await padLinks(db);

  await sql`UPDATE outbox SET recipient = '', subject = '' WHERE kind = 'reminder' AND status = 'sent'`.execute(db);
  const errors = await sql<{ id: string; last_error: string }>`
    SELECT id, last_error FROM outbox WHERE kind = 'reminder' AND last_error IS NOT NULL`.execute(db);
  for (const { id, last_error } of errors.rows) {
    await sql`UPDATE outbox SET last_error = ${codesOnly(last_error)} WHERE id = ${id}`.execute(db);
  }
  await sql`DELETE FROM outbox WHERE status = 'pending' AND wave_id IN (${closed})`.execute(db);
  await sql`UPDATE outbox SET body_text = '', body_html = '' WHERE status = 'failed' AND wave_id IN (${closed})`.execute(db);
  await sql`UPDATE outbox SET recipient = '', subject = '' WHERE kind = 'reminder' AND status = 'failed' AND wave_id IN (${closed})`.execute(
    db,
  );
}

/** Every invitation of an open wave gets as many links as the one with the most; the added ones open nothing. */
async function padLinks(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{ wave_id: string; invitation_id: string; links: number | string; expires_at: string | null }>`
    SELECT i.wave_id, i.id AS invitation_id, COUNT(t.token_hash) AS links, MAX(t.expires_at) AS expires_at
    FROM invitations i
    JOIN waves w ON w.id = i.wave_id
    LEFT JOIN invitation_tokens t ON t.invitation_id = i.id
    WHERE w.status = 'open'
    GROUP BY i.wave_id, i.id`.execute(db);
  const waves = new Map<string, { most: number; expiresAt: string }>();
  for (const row of rows) {
    const wave = waves.get(row.wave_id) ?? { most: 0, expiresAt: '' };
    wave.most = Math.max(wave.most, Number(row.links));
    if (row.expires_at !== null && row.expires_at > wave.expiresAt) wave.expiresAt = row.expires_at;
    waves.set(row.wave_id, wave);
  }
  const added: { token_hash: string; invitation_id: string; expires_at: string }[] = [];
  for (const row of rows) {
    const wave = waves.get(row.wave_id);
    if (!wave || wave.expiresAt === '') continue;
    for (let count = Number(row.links); count < wave.most; count += 1) {
      // The hash of a secret nobody keeps: a link that opens nothing.
      const token_hash = createHash('sha256').update(randomBytes(32)).digest('base64url');
      added.push({ token_hash, invitation_id: row.invitation_id, expires_at: wave.expiresAt });
    }
  }
  added.sort((a, b) => (a.token_hash < b.token_hash ? -1 : 1));
  for (let start = 0; start < added.length; start += 500) {
    const slice = added.slice(start, start + 500);
    await sql`INSERT INTO invitation_tokens (token_hash, invitation_id, expires_at) VALUES ${sql.join(
      slice.map((link) => sql`(${link.token_hash}, ${link.invitation_id}, ${link.expires_at})`),
    )}`.execute(db);
  }
}

/** The SMTP reply codes of an error text, as the outbox keeps a reminder's error from now on. */
function codesOnly(text: string): string {
  const codes = text.match(/\b[245]\d\d\b|\b[245]\.\d{1,3}\.\d{1,3}\b/g) ?? [];
  return codes.length > 0 ? `SMTP ${[...new Set(codes)].join(' ')} (details withheld)` : 'details withheld';
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('waves').dropColumn('storage_shuffled_on').execute();
  await db.schema
    .alterTable('invitations')
    .addColumn('reminder_count', 'integer', (column) => column.notNull().defaultTo(0))
    .execute();
}
