import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../src/app/tokens.js';
import { createSurveyWave, invite, twentyAnswers, type Invitee, type SurveyWave } from './fixture.js';
import { RespondentClient } from './respondent-client.js';
import { createRespondentTestServer, submitWithToken, type RespondentTestServer } from './support.js';

// After a run of submissions through the form and the API, nothing in the database or the
// logs links a response to a person: no shared column, no id, no time finer than the day.
let server: RespondentTestServer;
let wave: SurveyWave;
const logLines: string[] = [];
const invitees: Invitee[] = [];
const sessionSecrets: string[] = [];
let inboxIds: string[] = [];
let logHeldTrace = false;
let inboxTransactions = new Set<string>();
let invitationTransactions = new Set<string>();

beforeAll(async () => {
  // The logger `serve` uses, without the respondent serializer: the respondent routes must
  // keep tokens out of the log on their own.
  const logger = pino(
    { level: 'info', redact: { paths: ['req.headers.cookie', 'res.headers["set-cookie"]'], remove: true } },
    { write: (line: string) => void logLines.push(line) },
  );
  server = await createRespondentTestServer({ logger });
  wave = await createSurveyWave(server.context, server.db, { customerNames: ['Marketing'] });

  for (let index = 0; index < 4; index += 1) {
    const invitee = await invite(server.context, server.db, wave, { locale: index % 2 === 0 ? 'de' : 'en' });
    invitees.push(invitee);
    const client = new RespondentClient(server.app);
    await client.open(invitee.token);
    sessionSecrets.push(client.cookies.get('eyelevel_respondent') ?? '');
    await client.postPage({});
    await client.postPage({ 'rel-1': String(index + 1), 'comment:start': `Idea ${index}` });
    await client.postPage({ 'no-contact': '1' });
    await client.postPage({ 'cou-1': '4' });
    await client.postPage({ unit: wave.others[0]?.id ?? '' }, 'add');
    await client.postPage({ nps: '7' });
    await client.postPage({});
    await client.postPage({ 'rev-clr-1': '3' });
    await client.postPage({ 'self:reliability': '4' });
    await client.post('/r/submit', {});
    // A reload and the link again after submitting.
    await client.get('/r');
    await client.open(invitee.token);
  }
  for (let index = 0; index < 4; index += 1) {
    const invitee = await invite(server.context, server.db, wave);
    invitees.push(invitee);
    const ratings = wave.providers.map((provider) => ({
      kind: 'perception',
      providerUnitId: provider.id,
      answers: twentyAnswers(wave.content),
      comments: { keep: `Keep ${index}` },
    }));
    expect((await submitWithToken(server.app, invitee.token, ratings)).statusCode).toBe(200);
    expect((await submitWithToken(server.app, invitee.token, ratings)).statusCode).toBe(200);
  }
  // What the engine holds before the mover runs (in a server: within a minute).
  inboxIds = [...(await readTable('response_inbox')), ...(await readTable('comment_inbox'))].map((row) => String(row.id));
  if (isSqlite()) {
    const log = readLog();
    logHeldTrace = inboxIds.some((id) => log.includes(id)) && invitees.some((invitee) => log.includes(invitee.invitationId));
  } else {
    inboxTransactions = await transactionIds(['response_inbox', 'comment_inbox']);
    invitationTransactions = await transactionIds(['invitations']);
  }
  await server.context.stores.responding.moveInbox(() => randomUUID());
});
afterAll(async () => {
  await server?.cleanup();
});

const isSqlite = () => server.db.getExecutor().adapter.constructor.name === 'SqliteAdapter';

async function listTables(): Promise<string[]> {
  const query = isSqlite()
    ? sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`
    : sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema()`;
  return (await query.execute(server.db)).rows.map((row) => row.name);
}

/** SQLite: the write-ahead log's bytes ('' when there is none). */
function readLog(): string {
  const file = `${server.config.database.kind === 'sqlite' ? server.config.database.file : ''}-wal`;
  return existsSync(file) ? readFileSync(file).toString('latin1') : '';
}

/** PostgreSQL: the ids of the transactions that wrote the tables' rows (xmin). */
async function transactionIds(tables: string[]): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const table of tables) {
    const { rows } = await sql<{ x: string }>`select xmin::text as x from ${sql.table(table)}`.execute(server.db);
    for (const row of rows) ids.add(row.x);
  }
  return ids;
}

async function readTable(table: string): Promise<Record<string, unknown>[]> {
  return (await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(server.db)).rows;
}

/** Everything that identifies a respondent or their access. */
function identifiers(): string[] {
  return [
    ...invitees.flatMap((invitee) => [
      invitee.invitationId,
      invitee.token,
      hashToken(invitee.token),
      invitee.person.id,
      invitee.person.email,
    ]),
    ...sessionSecrets.flatMap((secret) => [secret, hashToken(secret)]),
  ];
}

describe('anonymous storage', () => {
  it('stores the submissions (the scan below looks at real rows)', async () => {
    const responses = await readTable('responses');
    expect(responses.length).toBe(4 * 6 + 4 * 3);
    expect((await readTable('comments')).length).toBe(4 + 4 * 3);
  });

  it('responses and comments hold nothing that names an invitation, a person, a token or a session', async () => {
    const secrets = identifiers();
    for (const table of ['responses', 'comments']) {
      for (const row of await readTable(table)) {
        for (const [column, value] of Object.entries(row)) {
          const text = String(value);
          for (const secret of secrets) expect(text.includes(secret), `${table}.${column} holds ${secret}`).toBe(false);
        }
      }
    }
  });

  it('responses and comments have only the expected columns, random ids and no time finer than the day', async () => {
    const responses = await readTable('responses');
    const comments = await readTable('comments');
    expect(Object.keys(responses[0] ?? {}).sort()).toEqual(
      ['answers', 'customer_unit_id', 'id', 'kind', 'provider_unit_id', 'questionnaire_version_id', 'submitted_on', 'wave_id'].sort(),
    );
    expect(Object.keys(comments[0] ?? {}).sort()).toEqual(
      ['customer_unit_id', 'id', 'provider_unit_id', 'text', 'topic', 'wave_id'].sort(),
    );
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    for (const row of [...responses, ...comments]) {
      expect(String(row.id)).toMatch(uuid);
      for (const value of Object.values(row)) expect(String(value)).not.toMatch(/\d{1,2}:\d{2}|\d{4}-\d{2}-\d{2}T/);
    }
    for (const row of responses) expect(String(row.submitted_on)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('no other table refers to a response or a comment', async () => {
    const ids = [...(await readTable('responses')), ...(await readTable('comments'))].map((row) => String(row.id));
    for (const table of await listTables()) {
      if (table === 'responses' || table === 'comments') continue;
      for (const row of await readTable(table)) {
        const text = JSON.stringify(row);
        for (const id of ids) expect(text.includes(id), `${table} refers to ${id}`).toBe(false);
      }
    }
  });

  it('submitted invitations keep no draft and no time of submission', async () => {
    const invitations = await readTable('invitations');
    const ours = invitations.filter((row) => invitees.some((invitee) => invitee.invitationId === row.id));
    expect(ours).toHaveLength(invitees.length);
    for (const row of ours) {
      expect(row.is_submitted).toBe(1);
      expect(row.draft).toBeNull();
      expect(Object.keys(row).sort()).toEqual(['draft', 'id', 'is_submitted', 'locale', 'person_id', 'unit_id', 'wave_id']);
    }
  });

  it('keeps SQLite rows in the order of their random ids, not of arrival (WITHOUT ROWID)', async (context) => {
    if (!isSqlite()) context.skip();
    for (const table of ['responses', 'comments']) {
      await expect(sql`select rowid from ${sql.table(table)}`.execute(server.db)).rejects.toThrow(/no such column: rowid/);
    }
  });
});

describe('traces of the submitting transaction', () => {
  it('PostgreSQL: the rows waited in the inbox, sharing transaction ids with the invitations they marked; moved, they share none', async (context) => {
    if (isSqlite()) return context.skip();
    expect(inboxIds.length).toBe(4 * 6 + 4 * 3 + 4 + 4 * 3);
    // The trace the inbox exists for: the transaction that marked an invitation wrote its rows.
    expect([...inboxTransactions].some((id) => invitationTransactions.has(id))).toBe(true);
    expect(await readTable('response_inbox')).toEqual([]);
    expect(await readTable('comment_inbox')).toEqual([]);
    const stored = [...(await readTable('responses')), ...(await readTable('comments'))].map((row) => String(row.id));
    expect(stored.filter((id) => inboxIds.includes(id))).toEqual([]);
    const moved = await transactionIds(['responses', 'comments']);
    const invitations = await transactionIds(['invitations']);
    expect([...moved].filter((id) => invitations.has(id))).toEqual([]);
  });

  it('SQLite: the rows waited in the inbox, and the log held them beside the invitations they marked; moved, they keep no trace of it', async (context) => {
    if (!isSqlite()) return context.skip();
    expect(inboxIds.length).toBe(4 * 6 + 4 * 3 + 4 + 4 * 3);
    expect(logHeldTrace).toBe(true);
    expect(readLog()).toBe('');
    expect(await readTable('response_inbox')).toEqual([]);
    expect(await readTable('comment_inbox')).toEqual([]);
    const stored = [...(await readTable('responses')), ...(await readTable('comments'))].map((row) => String(row.id));
    expect(stored.filter((id) => inboxIds.includes(id))).toEqual([]);
    // Deleted inbox rows are zeroed (secure_delete), not left in free pages of the file.
    const file = readFileSync(server.config.database.kind === 'sqlite' ? server.config.database.file : '').toString('latin1');
    expect(inboxIds.filter((id) => file.includes(id))).toEqual([]);
  });
});

describe('the logs of a run of submissions', () => {
  const parsed = () => logLines.map((line) => JSON.parse(line) as { msg?: string; req?: Record<string, unknown>; url?: string });

  it('were written (the checks below look at real lines)', () => {
    expect(parsed().filter((line) => line.msg === 'incoming request').length).toBeGreaterThan(50);
  });

  it('hold no token, token hash, session secret or session id', () => {
    const secrets = identifiers().filter((value) => !value.includes('@'));
    for (const line of logLines) for (const secret of secrets) expect(line.includes(secret), line).toBe(false);
  });

  it('log invitation links as /r/[token] and no network address for respondent requests', () => {
    const requests = parsed().filter((line) => line.req);
    expect(requests.some((line) => line.req?.url === '/r/[token]')).toBe(true);
    for (const line of requests) {
      const url = String(line.req?.url);
      if (url.startsWith('/r') || url.startsWith('/api/respond')) {
        expect(line.req).not.toHaveProperty('remoteAddress');
        expect(line.req).not.toHaveProperty('remotePort');
      }
    }
  });

  it('hold no answers, comments or response ids', async () => {
    const responseIds = (await readTable('responses')).map((row) => String(row.id));
    for (const line of logLines) {
      expect(line).not.toMatch(/Idea \d|Keep \d|"answers"|rel-1/);
      for (const id of responseIds) expect(line.includes(id)).toBe(false);
    }
  });
});
