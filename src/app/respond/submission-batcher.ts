/**
 * Group commit for submissions. A durable commit costs a disk flush; a flush per submission
 * caps a SQLite file at a few thousand per second. The batcher queues what arrives while the
 * previous batch is being written and stores the queue in one transaction, answering every
 * caller only after that transaction committed.
 *
 * Each submission stays atomic and idempotent inside the shared transaction (the store marks
 * an invitation submitted only if it was not, and refuses one whose survey closed before the
 * commit; its caller gets the `refusal` error). Copies of one invitation in the same batch go
 * in once; the others are answered as duplicates. If a batch fails, its submissions are
 * retried one by one, so that one bad submission fails alone.
 */
export interface SubmissionBatcher<T extends { invitationId: string }> {
  /** Resolves after the submission is durably stored, or was stored before (`isDuplicate`). */
  submit(submission: T): Promise<{ isDuplicate: boolean }>;
  /** Resolves when nothing is queued or being written. */
  drain(): Promise<void>;
}

export interface SubmissionBatcherOptions<T> {
  /**
   * Stores a batch in one transaction; returns the invitations it newly marked submitted,
   * and those it refused to store (their survey had closed).
   */
  commit: (batch: readonly T[]) => Promise<{ submitted: ReadonlySet<string>; refused: ReadonlySet<string> }>;
  /** The error a refused submission's caller gets. */
  refusal: () => Error;
  maxBatchSize?: number;
  /** Batches handed to the store at once: 2 for SQLite (its one writer thread takes them in turn), a few for PostgreSQL. */
  maxConcurrentBatches?: number;
  /** Told when a batch failed and its submissions are retried one by one. */
  onBatchFailure?: (error: unknown, size: number) => void;
  /** Defers the start of a batch so that requests arriving together share it. */
  schedule?: (start: () => void) => void;
}

interface Pending<T> {
  submission: T;
  resolve: (outcome: { isDuplicate: boolean }) => void;
  reject: (error: unknown) => void;
}

export function createSubmissionBatcher<T extends { invitationId: string }>(options: SubmissionBatcherOptions<T>): SubmissionBatcher<T> {
  const maxBatchSize = options.maxBatchSize ?? 1000;
  const maxConcurrent = options.maxConcurrentBatches ?? 1;
  // setImmediate runs after the event loop has read every request that is ready, so a
  // burst of requests lands in one batch even when a database call never yields to I/O.
  const schedule = options.schedule ?? ((start: () => void) => setImmediate(start));
  let queue: Pending<T>[] = [];
  let running = 0;
  let isScheduled = false;
  const idleWaiters: (() => void)[] = [];

  const pump = () => {
    isScheduled = false;
    while (running < maxConcurrent && queue.length > 0) {
      const batch = queue.slice(0, maxBatchSize);
      queue = queue.slice(batch.length);
      running += 1;
      void writeBatch(batch).finally(() => {
        running -= 1;
        if (queue.length > 0) requestPump();
        else if (running === 0) for (const wake of idleWaiters.splice(0)) wake();
      });
    }
  };
  const requestPump = () => {
    if (isScheduled) return;
    isScheduled = true;
    schedule(pump);
  };

  const writeBatch = async (batch: Pending<T>[]): Promise<void> => {
    const leaders = new Map<string, Pending<T>>();
    const followers: Pending<T>[] = [];
    for (const pending of batch) {
      if (leaders.has(pending.submission.invitationId)) followers.push(pending);
      else leaders.set(pending.submission.invitationId, pending);
    }
    const stored = new Set<string>();
    const refused = new Set<string>();
    try {
      const outcome = await options.commit([...leaders.values()].map((pending) => pending.submission));
      for (const [invitationId, pending] of leaders) {
        if (settle(pending, outcome)) stored.add(invitationId);
        else refused.add(invitationId);
      }
    } catch (error) {
      if (leaders.size > 1) options.onBatchFailure?.(error, leaders.size);
      for (const pending of leaders.values()) {
        if (leaders.size === 1) pending.reject(error);
        else if (await writeAlone(pending)) stored.add(pending.submission.invitationId);
      }
    }
    // A copy of an invitation is answered after the batch that holds the original: as a
    // duplicate when that was stored, otherwise it gets its own try.
    for (const pending of followers) {
      if (stored.has(pending.submission.invitationId)) pending.resolve({ isDuplicate: true });
      else if (refused.has(pending.submission.invitationId)) pending.reject(options.refusal());
      else if (await writeAlone(pending)) stored.add(pending.submission.invitationId);
    }
  };

  /** Answers a caller from its batch's outcome; false when its submission was refused. */
  const settle = (pending: Pending<T>, outcome: { submitted: ReadonlySet<string>; refused: ReadonlySet<string> }): boolean => {
    const { invitationId } = pending.submission;
    if (outcome.refused.has(invitationId)) {
      pending.reject(options.refusal());
      return false;
    }
    pending.resolve({ isDuplicate: !outcome.submitted.has(invitationId) });
    return true;
  };

  const writeAlone = async (pending: Pending<T>): Promise<boolean> => {
    try {
      return settle(pending, await options.commit([pending.submission]));
    } catch (error) {
      pending.reject(error);
      return false;
    }
  };

  return {
    submit(submission) {
      return new Promise((resolve, reject) => {
        queue.push({ submission, resolve, reject });
        requestPump();
      });
    },
    drain() {
      if (queue.length === 0 && running === 0) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
  };
}
