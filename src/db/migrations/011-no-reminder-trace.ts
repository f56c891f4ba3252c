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
 *   waves every invitation gets links that open nothing, up to the wave's highest count
 *   (see padLinks). From now on each reminder round gives every invitation a link (see
 *   send-reminders.ts);
 * - the recipients and subjects (their language) of reminders already sent, and the text of
 *   reminders' errors beyond their SMTP codes;
 * - in closed waves: mails still waiting (their links open nothing), the texts of failed
 *   mails (they held links), and the recipients and subjects of failed reminders.
 * From now on the outbox does the same as it goes (see outbox-repository.ts).
 *
 * It also adds `waves.storage_shuffled_on`, the day the wave scheduler last rewrote an open
 * wave's responses in random order on PostgreSQL (see RespondentStore.shuffleOpenWaves), and
 * an index of sessions by invitation for that rewrite.
 */
/** PostgreSQL keeps the replaced row versions (old counts, addresses, links) on disk until a vacuum. */
export const vacuumAfter = ['invitations', 'invitation_tokens', 'outbox'];

export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  // One transaction: Kysely runs SQLite migrations without one (on PostgreSQL it is inside one).
  if (dialect === 'sqlite') await db.transaction().execute((transaction) => forget(transaction));
  else await forget(db);
}

async function forget(db: Kysely<unknown>): Promise<void> {
  await sql`UPDATE invitations SET reminder_count = 0`.execute(db);
  await db.schema.alterTable('invitations').dropColumn('reminder_count').execute();
  await db.schema.alterTable('waves').addColumn('storage_shuffled_on', 'text').execute();
  // The daily rewrite writes a wave's sessions again by their invitations.
  await db.schema.createIndex('respondent_sessions_invitation').on('respondent_sessions').column('invitation_id').execute();

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

/**
 * Every invitation of an open wave gets as many links as the one with the most, all expiring
 * when the wave's latest does; the added ones open nothing. The wave's links are written
 * anew in the order of their hashes, old and added alike, so that neither their number, nor
 * their expiry, nor where they are stored tells which were added.
 */
async function padLinks(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{ wave_id: string; invitation_id: string; token_hash: string | null; expires_at: string | null }>`
    SELECT i.wave_id, i.id AS invitation_id, t.token_hash, t.expires_at
    FROM invitations i
    JOIN waves w ON w.id = i.wave_id
    LEFT JOIN invitation_tokens t ON t.invitation_id = i.id
    WHERE w.status = 'open'`.execute(db);
  const waves = new Map<string, { latest: string; links: Map<string, string[]> }>();
  for (const row of rows) {
    const wave = waves.get(row.wave_id) ?? { latest: '', links: new Map<string, string[]>() };
    const links = wave.links.get(row.invitation_id) ?? [];
    if (row.token_hash !== null) links.push(row.token_hash);
    wave.links.set(row.invitation_id, links);
    if (row.expires_at !== null && row.expires_at > wave.latest) wave.latest = row.expires_at;
    waves.set(row.wave_id, wave);
  }
  for (const [waveId, wave] of waves) {
    if (wave.latest === '') continue;
    // A loop, not Math.max(...): a spread of 100,000 values and more overflows the stack.
    let most = 0;
    for (const links of wave.links.values()) most = Math.max(most, links.length);
    const all: { token_hash: string; invitation_id: string }[] = [];
    for (const [invitationId, links] of wave.links) {
      for (const token_hash of links) all.push({ token_hash, invitation_id: invitationId });
      // The hash of a secret nobody keeps: a link that opens nothing.
      for (let count = links.length; count < most; count += 1) {
        all.push({ token_hash: createHash('sha256').update(randomBytes(32)).digest('base64url'), invitation_id: invitationId });
      }
    }
    all.sort((a, b) => (a.token_hash < b.token_hash ? -1 : 1));
    await sql`DELETE FROM invitation_tokens WHERE invitation_id IN (SELECT id FROM invitations WHERE wave_id = ${waveId})`.execute(db);
    for (let start = 0; start < all.length; start += 500) {
      await sql`INSERT INTO invitation_tokens (token_hash, invitation_id, expires_at) VALUES ${sql.join(
        all.slice(start, start + 500).map((link) => sql`(${link.token_hash}, ${link.invitation_id}, ${wave.latest})`),
      )}`.execute(db);
    }
  }
}

/**
 * The SMTP codes an error text starts its reply with, as the outbox keeps a reminder's error
 * from now on: the first reply code and its enhanced status code, nothing of the text after
 * them (an address, a name, a host).
 */
function codesOnly(text: string): string {
  const match = /(?:^|SMTP |: )([245]\d\d)(?:[ -]([245]\.\d{1,3}\.\d{1,3}))?\b/.exec(text);
  if (!match?.[1]) return 'details withheld';
  return `SMTP ${match[1]}${match[2] ? ` ${match[2]}` : ''} (details withheld)`;
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('respondent_sessions_invitation').execute();
  await db.schema.alterTable('waves').dropColumn('storage_shuffled_on').execute();
  await db.schema
    .alterTable('invitations')
    .addColumn('reminder_count', 'integer', (column) => column.notNull().defaultTo(0))
    .execute();
}
