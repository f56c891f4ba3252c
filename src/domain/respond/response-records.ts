import { COMMENT_TOPICS, questionsFor, type Answers, type CommentTopic, type Rating } from './answers.js';
import { checkPageAnswers } from './check-ratings.js';
import type { Draft, PageAnswers } from './draft.js';
import type { RespondentPage } from './page-sequence.js';
import type { SurveyFrame } from './survey-frame.js';

/**
 * One anonymous response: who was rated, by which customer group, with what answers.
 * Nothing in it refers to an invitation, a person or a time finer than the day.
 */
export interface ResponseRecord {
  waveId: string;
  questionnaireVersionId: string;
  providerUnitId: string;
  customerUnitId: string;
  kind: Rating['kind'];
  answers: Answers;
}

/** A comment, stored apart from its response: it cannot be joined back to the answers. */
export interface CommentRecord {
  waveId: string;
  providerUnitId: string;
  customerUnitId: string;
  topic: CommentTopic;
  text: string;
}

/** The records a checked submission stores: one response per rating, one row per comment. */
export function buildResponseRecords(
  ratings: readonly Rating[],
  frame: SurveyFrame,
): { responses: ResponseRecord[]; comments: CommentRecord[] } {
  const base = { waveId: frame.waveId, questionnaireVersionId: frame.questionnaireVersionId };
  const own = frame.ownUnitId;
  const responses: ResponseRecord[] = [];
  const comments: CommentRecord[] = [];
  for (const rating of ratings) {
    if (rating.kind === 'perception') {
      responses.push({ ...base, providerUnitId: rating.providerUnitId, customerUnitId: own, kind: 'perception', answers: rating.answers });
      for (const topic of COMMENT_TOPICS) {
        const text = rating.comments?.[topic]?.trim() ?? '';
        if (text !== '') comments.push({ waveId: frame.waveId, providerUnitId: rating.providerUnitId, customerUnitId: own, topic, text });
      }
    } else if (rating.kind === 'no-contact') {
      responses.push({ ...base, providerUnitId: rating.providerUnitId, customerUnitId: own, kind: 'no-contact', answers: {} });
    } else if (rating.kind === 'reverse') {
      // The respondent's unit is the provider here, rating how a customer works with it.
      responses.push({ ...base, providerUnitId: own, customerUnitId: rating.customerUnitId, kind: 'reverse', answers: rating.answers });
    } else {
      responses.push({ ...base, providerUnitId: own, customerUnitId: own, kind: 'self', answers: rating.answers });
    }
  }
  return { responses, comments };
}

/**
 * Turns the saved draft into ratings. A provider or customer page without an answer and
 * without "no contact" makes the draft incomplete; the first such page is returned so the
 * respondent can be sent there. A ticked "no contact" drops that page's answers. A customer
 * page with "no contact" and an empty self-assessment store nothing.
 */
export function ratingsFromDraft(
  draft: Draft,
  pages: readonly RespondentPage[],
  frame: SurveyFrame,
): { ratings: Rating[]; incompletePage: RespondentPage | null } {
  const ratings: Rating[] = [];
  for (const page of pages) {
    const saved: PageAnswers | undefined = draft.pages[page.key];
    if (page.kind === 'provider') {
      const questions = questionsFor('perception', frame.content);
      const answers = saved ?? { isNoContact: false, answers: {}, comments: {} };
      const canSayNoContact = !page.isAdded;
      const problems = checkPageAnswers(
        questions,
        { ...answers, isNoContact: canSayNoContact && answers.isNoContact },
        { needsAnswer: true },
      );
      if (problems.length > 0) return { ratings, incompletePage: page };
      if (canSayNoContact && answers.isNoContact) ratings.push({ kind: 'no-contact', providerUnitId: page.unitId });
      else ratings.push({ kind: 'perception', providerUnitId: page.unitId, answers: answers.answers, comments: answers.comments });
    } else if (page.kind === 'customer') {
      const answers = saved ?? { isNoContact: false, answers: {}, comments: {} };
      const problems = checkPageAnswers(questionsFor('reverse', frame.content), answers, { needsAnswer: true });
      if (problems.length > 0) return { ratings, incompletePage: page };
      if (!answers.isNoContact) ratings.push({ kind: 'reverse', customerUnitId: page.unitId, answers: answers.answers });
    } else if (page.kind === 'self' && saved && Object.keys(saved.answers).length > 0) {
      ratings.push({ kind: 'self', answers: saved.answers });
    }
  }
  return { ratings, incompletePage: null };
}

/** The day of a submission, UTC, as YYYY-MM-DD: responses are never timed finer than that. */
export function submissionDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}
