import { createRequire } from 'node:module';
import { Worker, type MessagePort } from 'node:worker_threads';
import type SqliteDatabase from 'better-sqlite3';
import type { PreparedSubmission } from '../app/respond/ports.js';

/** What the writer did with a batch: invitations it marked submitted, and those whose wave was not open. */
export interface WriterCommitOutcome {
  submitted: string[];
  refused: string[];
}

/**
 * Stores batches of submissions into a SQLite file from a worker thread with its own
 * connection, appending their rows to the inbox; when the scheduler or a close asks, it
 * moves the inbox into `responses` and `comments`, in chunks taken in turn with the batches.
 * A row placed by its random id (see migration 009) writes a random page of the table;
 * appended, the rows of a batch share a few pages, so the commit that answers respondents
 * writes far less (the move pays the random pages later, in transactions of its own).
 *
 * A durable commit waits for the disk (a few milliseconds here); better-sqlite3 waits
 * synchronously, so on the server's thread every commit would stop all requests. On
 * this thread it only stops the writer, while the server goes on reading, checking and
 * queueing the next batch. WAL lets the server's connection read while the writer writes.
 *
 * Beside it a second thread, with a read-only connection, runs the lookups every submission
 * starts with (its token or session). On the server's thread they took about a fifth of its
 * time per request under load: each commit of the writer empties that connection's page
 * cache, so every lookup read its pages anew, while the server's thread was the busiest of
 * the process. Lookups made in the same turn of the event loop go over in one message.
 */
export interface SubmissionWriter {
  /**
   * Stores the batch in one transaction, refusing the submissions of waves that are not
   * open; returns the invitations it newly marked submitted and those it refused.
   */
  commit(batch: readonly PreparedSubmission[]): Promise<{ submitted: Set<string>; refused: Set<string> }>;
  /**
   * Moves up to `limit` of the oldest rows of each inbox into `responses` and `comments`,
   * each with a new random id, in one transaction; returns how many of each it moved.
   */
  moveInbox(limit: number): Promise<{ responses: number; comments: number }>;
  /**
   * Copies the write-ahead log into the database file and truncates it, unless readers keep
   * it busy for more than a moment (then false: under load the log is being overwritten
   * anyway, and the next quiet minute truncates it).
   */
  truncateLog(): Promise<boolean>;
  /** The rows of a read-only statement (positional parameters), run on the reader thread. */
  read(sql: string, parameters: readonly unknown[]): Promise<unknown[]>;
  close(): Promise<void>;
}

type WriterTask =
  | { kind: 'commit'; batch: readonly PreparedSubmission[] }
  | { kind: 'move-inbox'; limit: number }
  | { kind: 'truncate-log' }
  | { kind: 'read'; sql: string; parameterSets: readonly (readonly unknown[])[] };

type WriterRequest = WriterTask & { id: number };

type WriterReply = { id: number; result: unknown } | { id: number; error: { message: string; code?: string } };

/**
 * The thread's code. It runs from its source text (`Function.prototype.toString`), so it
 * works the same from the compiled build and from the TypeScript sources in tests; it must
 * not use anything from this module's scope.
 */
function writerThread(load: (id: string) => unknown): void {
  // Only type imports reach in here: they leave nothing in the source text the thread runs.
  const { parentPort, workerData } = load('node:worker_threads') as {
    parentPort: MessagePort;
    workerData: ThreadData;
  };
  const Driver = load(workerData.driverPath) as typeof SqliteDatabase;
  const sqlite = new Driver(workerData.file);
  // The reader's connection refuses to write, whatever statement it is handed.
  if (workerData.role === 'reader') sqlite.pragma('query_only = ON');
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma(`synchronous = ${workerData.synchronous}`);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Deleted and overwritten rows are zeroed on disk, not left in free pages.
  sqlite.pragma('secure_delete = ON');
  const { randomUUID } = load('node:crypto') as { randomUUID: () => string };
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
  let store: ((batch: readonly PreparedSubmission[]) => WriterCommitOutcome) | undefined = undefined;
  let move: ((limit: number) => { responses: number; comments: number }) | undefined = undefined;
  // Prepared on first use: the tables exist only after the migrations ran.
  const prepareStore = () => {
    const waveStatus = sqlite.prepare('SELECT status FROM waves WHERE id = ?').pluck();
    const markSubmitted = sqlite.prepare('UPDATE invitations SET is_submitted = 1, draft = NULL WHERE id = ? AND is_submitted = 0');
    const isSubmitted = sqlite.prepare('SELECT is_submitted FROM invitations WHERE id = ?').pluck();
    const insertResponse = sqlite.prepare(
      'INSERT INTO response_inbox (id, wave_id, questionnaire_version_id, provider_unit_id, customer_unit_id, kind, submitted_on, answers) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const insertComment = sqlite.prepare(
      'INSERT INTO comment_inbox (id, wave_id, provider_unit_id, customer_unit_id, topic, text) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const transaction = sqlite.transaction((batch: readonly PreparedSubmission[]): WriterCommitOutcome => {
      // The write lock is held from the start (IMMEDIATE), so the status read is the latest:
      // a close committed before it refuses its wave's submissions.
      const open = new Map<string, boolean>();
      const isOpen = (waveId: string) => {
        let known = open.get(waveId);
        if (known === undefined) open.set(waveId, (known = waveStatus.get(waveId) === 'open'));
        return known;
      };
      // A copy of a submission stored before the close is a duplicate, not refused.
      const refused = batch.filter((submission) => !isOpen(submission.waveId) && isSubmitted.get(submission.invitationId) !== 1);
      const fresh = batch.filter((submission) => isOpen(submission.waveId) && markSubmitted.run(submission.invitationId).changes > 0);
      // Shuffled by their random ids, so that a respondent's rows do not lie together even
      // in the inbox.
      for (const row of fresh.flatMap((submission) => submission.responses).sort(byId)) {
        insertResponse.run(
          row.id,
          row.waveId,
          row.questionnaireVersionId,
          row.providerUnitId,
          row.customerUnitId,
          row.kind,
          row.submittedOn,
          JSON.stringify(row.answers),
        );
      }
      for (const row of fresh.flatMap((submission) => submission.comments).sort(byId)) {
        insertComment.run(row.id, row.waveId, row.providerUnitId, row.customerUnitId, row.topic, row.text);
      }
      return {
        submitted: fresh.map((submission) => submission.invitationId),
        refused: refused.map((submission) => submission.invitationId),
      };
    });
    return (batch: readonly PreparedSubmission[]) => transaction.immediate(batch);
  };
  const prepareMove = () => {
    const tables = [
      {
        inbox: 'response_inbox',
        target: 'responses',
        columns: 'wave_id, questionnaire_version_id, provider_unit_id, customer_unit_id, kind, submitted_on, answers',
      },
      { inbox: 'comment_inbox', target: 'comments', columns: 'wave_id, provider_unit_id, customer_unit_id, topic, text' },
    ].map(({ inbox, target, columns }) => {
      const count = columns.split(',').length;
      return {
        take: sqlite.prepare(`SELECT rowid AS seq, ${columns} FROM ${inbox} ORDER BY rowid LIMIT ?`).raw(),
        insert: sqlite.prepare(`INSERT INTO ${target} (id, ${columns}) VALUES (?${', ?'.repeat(count)})`),
        remove: sqlite.prepare(`DELETE FROM ${inbox} WHERE rowid <= ?`),
      };
    });
    const transaction = sqlite.transaction((limit: number) => {
      const moved = tables.map(({ take, insert, remove }) => {
        const rows = take.all(limit) as unknown[][];
        const last = rows.at(-1)?.[0];
        if (last === undefined) return 0;
        // New ids, sorted: neither the ids nor the stored order say anything of the inbox.
        const renamed = rows.map(([, ...values]) => ({ id: randomUUID(), values })).sort(byId);
        for (const row of renamed) insert.run(row.id, ...row.values);
        remove.run(last);
        return rows.length;
      });
      return { responses: moved[0] ?? 0, comments: moved[1] ?? 0 };
    });
    return (limit: number) => transaction.immediate(limit);
  };
  const reads = new Map<string, SqliteDatabase.Statement>();
  const run = (task: WriterTask): unknown => {
    if (task.kind === 'commit') return (store ??= prepareStore())(task.batch);
    if (task.kind === 'move-inbox') return (move ??= prepareMove())(task.limit);
    if (task.kind === 'read') {
      let statement = reads.get(task.sql);
      if (!statement) reads.set(task.sql, (statement = sqlite.prepare(task.sql)));
      const prepared = statement;
      // One read transaction for all the lookups of the message.
      return sqlite.transaction(() => task.parameterSets.map((parameters) => prepared.all(parameters)))();
    }
    // A short wait only: the batches behind this task must not wait for slow readers.
    sqlite.pragma('busy_timeout = 20');
    try {
      const [outcome] = sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
      return outcome?.busy === 0;
    } catch {
      return false;
    } finally {
      sqlite.pragma('busy_timeout = 5000');
    }
  };
  parentPort.on('message', (request: WriterRequest) => {
    try {
      parentPort.postMessage({ id: request.id, result: run(request) });
    } catch (error) {
      const { message, code } = error as { message?: unknown; code?: unknown };
      parentPort.postMessage({
        id: request.id,
        error: { message: String(message ?? error), code: typeof code === 'string' ? code : undefined },
      });
    }
  });
}

interface ThreadData {
  driverPath: string;
  file: string;
  synchronous: string;
  role: 'writer' | 'reader';
}

export function startSubmissionWriter(options: { file: string; synchronous: string }): SubmissionWriter {
  const driverPath = createRequire(import.meta.url).resolve('better-sqlite3');
  // Transpilers that keep function names (esbuild in tests) wrap inner functions in `__name`.
  const source = `var __name = (target) => target;\n(${writerThread.toString()})(require);`;
  const writer = startThread(source, { driverPath, ...options, role: 'writer' });
  const reader = startThread(source, { driverPath, ...options, role: 'reader' });

  type Lookup = { parameters: readonly unknown[]; resolve: (rows: unknown[]) => void; reject: (error: unknown) => void };
  let lookups: Map<string, Lookup[]> | undefined;
  // setImmediate runs after the event loop has read every request that is ready, so the
  // lookups of a burst of requests travel together.
  const sendLookups = () => {
    const taken = lookups ?? new Map<string, Lookup[]>();
    lookups = undefined;
    for (const [sql, entries] of taken) {
      reader.send({ kind: 'read', sql, parameterSets: entries.map((entry) => entry.parameters) }).then(
        (results) => entries.forEach((entry, index) => entry.resolve((results as unknown[][])[index] ?? [])),
        (error: unknown) => entries.forEach((entry) => entry.reject(error)),
      );
    }
  };

  return {
    commit: async (batch) => {
      const outcome = (await writer.send({ kind: 'commit', batch })) as WriterCommitOutcome;
      return { submitted: new Set(outcome.submitted), refused: new Set(outcome.refused) };
    },
    moveInbox: async (limit) => (await writer.send({ kind: 'move-inbox', limit })) as { responses: number; comments: number },
    truncateLog: async () => (await writer.send({ kind: 'truncate-log' })) === true,
    read: (sql, parameters) =>
      new Promise((resolve, reject) => {
        if (reader.isClosed()) return reject(new Error('the submission writer is closed'));
        if (!lookups) {
          lookups = new Map();
          setImmediate(sendLookups);
        }
        const entries = lookups.get(sql) ?? [];
        entries.push({ parameters, resolve, reject });
        lookups.set(sql, entries);
      }),
    async close() {
      await Promise.all([writer.close(), reader.close()]);
    },
  };
}

/** A thread running `source`, started on first use and again after a crash; a crashed thread fails only what it held. */
function startThread(source: string, workerData: ThreadData) {
  const pending = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();
  let worker: Worker | undefined;
  let nextId = 0;
  let isClosed = false;
  const name = `the submission ${workerData.role}`;

  const failAll = (error: Error) => {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };

  const thread = (): Worker => {
    if (worker) return worker;
    const started = new Worker(source, { eval: true, workerData });
    started.on('message', (reply: WriterReply) => {
      const waiting = pending.get(reply.id);
      if (!waiting) return;
      pending.delete(reply.id);
      if (pending.size === 0) started.unref();
      if ('error' in reply) waiting.reject(Object.assign(new Error(reply.error.message), { code: reply.error.code }));
      else waiting.resolve(reply.result);
    });
    started.on('error', (error) => failAll(error));
    started.on('exit', (code) => {
      if (worker === started) worker = undefined;
      failAll(new Error(`${name} stopped (exit code ${code})`));
    });
    worker = started;
    return started;
  };

  return {
    isClosed: () => isClosed,
    send(task: WriterTask): Promise<unknown> {
      if (isClosed) return Promise.reject(new Error('the submission writer is closed'));
      return new Promise((resolve, reject) => {
        const id = ++nextId;
        pending.set(id, { resolve, reject });
        // An idle thread must not keep the process alive; one with work to finish must.
        const running = thread();
        running.ref();
        running.postMessage({ ...task, id } satisfies WriterRequest);
      });
    },
    async close() {
      isClosed = true;
      const running = worker;
      worker = undefined;
      if (running) await running.terminate();
    },
  };
}
