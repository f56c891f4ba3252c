import type { QuestionnaireContent } from '../../domain/questionnaire/questionnaire.js';
import type { CommentRecord, ResponseRecord } from '../../domain/respond/response-records.js';
import type { Wave } from '../../domain/wave/wave.js';

/** An invitation as the respondent side sees it, reached by a token or a respondent session. */
export interface InvitationAccess {
  invitationId: string;
  /** The respondent's unit: the customer group of their ratings. */
  unitId: string;
  locale: string;
  isSubmitted: boolean;
  /** JSON of the saved draft, or null. */
  draft: string | null;
  /** When the token or session that reached the invitation stops working. */
  expiresAt: string;
  /** The wave, without its scope: the respondent side asks its frozen relationships instead (WaveSurvey). */
  wave: Omit<Wave, 'scope'>;
}

/** What a wave asks, fixed when it opened: the frozen questionnaire and the relationships. */
export interface WaveSurvey {
  questionnaireVersionId: string;
  content: QuestionnaireContent;
  relationships: { providerUnitId: string; customerUnitId: string }[];
}

/** A response row as stored: a random id and the day, nothing that leads back to the respondent. */
export interface StoredResponse extends ResponseRecord {
  id: string;
  submittedOn: string;
}

export interface StoredComment extends CommentRecord {
  id: string;
}

/** One invitation's submission, checked and ready to store. */
export interface PreparedSubmission {
  invitationId: string;
  /** The invitation's wave: the commit stores the submission only while it is open. */
  waveId: string;
  responses: StoredResponse[];
  comments: StoredComment[];
}

/** What one commit of a batch did with its submissions. */
export interface CommitOutcome {
  /** Invitations this commit marked submitted; their rows are stored. Any other was submitted before. */
  submitted: Set<string>;
  /** Invitations whose wave was no longer open when the batch committed: nothing of them is stored. */
  refused: Set<string>;
}

/**
 * Storage for the respondent side: invitation tokens, respondent sessions, drafts and the
 * anonymous responses. Implemented by src/db/repositories/respondent-repository.ts.
 */
export interface RespondentStore {
  findByTokenHash(tokenHash: string): Promise<InvitationAccess | undefined>;
  findBySessionId(sessionId: string): Promise<InvitationAccess | undefined>;
  insertSession(session: { id: string; invitationId: string; expiresAt: string }): Promise<void>;
  deleteExpiredSessions(now: string): Promise<number>;
  /** Saves the draft of an invitation that is not submitted; false when it is. */
  saveDraft(invitationId: string, draft: string): Promise<boolean>;
  loadWaveSurvey(waveId: string): Promise<WaveSurvey | undefined>;
  /**
   * Stores a batch of submissions in one transaction. The submissions of a wave that is no
   * longer open are refused: the transaction reads the waves' status first (on PostgreSQL
   * under a shared advisory lock of the wave, which a close waits for; a close that came
   * first is seen), so a wave's results, built after its close, hold every submission that
   * was stored. A copy of one stored before is a duplicate, not refused. Each invitation
   * is marked submitted only if it was not (`UPDATE … WHERE is_submitted = 0`); the rows of
   * exactly those are inserted, in the order of their random ids.
   */
  commitSubmissions(batch: readonly PreparedSubmission[]): Promise<CommitOutcome>;
  /**
   * Moves the submissions waiting in the inbox into the responses and comments, each row
   * with a new random id, in transactions of their own, and clears what the storage engine
   * keeps of which rows a submission's transaction wrote. Submissions land in an inbox on
   * PostgreSQL because it keeps the writing transaction's id on every row (the move is
   * followed by a vacuum), and on a SQLite file because appending there is cheap where a
   * row placed by its random id costs a random page (the move is followed by truncating the
   * write-ahead log, unless readers keep it busy). Returns how many rows it moved.
   */
  moveInbox(newId: () => string): Promise<{ responses: number; comments: number }>;
  /**
   * PostgreSQL: rewrites a wave's responses and comments under new random ids, in the order
   * of their old ones, writes its invitations and their sessions again (a row keeps the id
   * of the transaction that last wrote it: the submission, the visit) and stores them anew in
   * the order of their ids, then vacuums. A table there keeps rows about in the order they
   * were written, so until then the storage order tells which minute's move brought a row;
   * afterwards it tells nothing. Done once a day while a wave is open (the wave scheduler),
   * and when its results are built (at its close). SQLite keeps the rows in the order of
   * their random ids already: nothing to do.
   */
  shuffleStorage(waveId: string): Promise<void>;
  /**
   * PostgreSQL: rewrites, as shuffleStorage does, every open wave not yet rewritten on the day
   * of `now` (UTC) and not due to close by then, and records the day per wave, so that of
   * several servers one does it, once a day; returns how many waves it rewrote. A wave whose
   * rewrite fails stays due; the others go on, and the first failure is thrown at the end.
   * SQLite: nothing to do (0).
   */
  shuffleOpenWaves(now: string): Promise<number>;
}
