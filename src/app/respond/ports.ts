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
  wave: Wave;
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
  responses: StoredResponse[];
  comments: StoredComment[];
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
   * Stores a batch of submissions in one transaction. Each invitation is marked submitted
   * only if it was not (`UPDATE … WHERE is_submitted = 0`); the rows of exactly those are
   * inserted, in the order of their random ids, so that storage order tells nothing about
   * arrival. Returns the invitations this call submitted; the others were submitted before.
   */
  commitSubmissions(batch: readonly PreparedSubmission[]): Promise<Set<string>>;
  /**
   * Clears what the storage engine keeps of which rows a submission's transaction wrote.
   * PostgreSQL keeps the transaction id on every row, so there submissions land in an inbox;
   * this moves every inbox row, with a new random id, into the responses and comments in
   * transactions of their own and vacuums the inbox and the invitations. SQLite pages record
   * no transaction, only its write-ahead log does: this truncates the log unless readers keep
   * it busy. Returns how many rows it moved.
   */
  moveInbox(newId: () => string): Promise<{ responses: number; comments: number }>;
}
