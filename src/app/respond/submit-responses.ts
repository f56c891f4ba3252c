import type { Rating } from '../../domain/respond/answers.js';
import { checkRatings } from '../../domain/respond/check-ratings.js';
import { buildResponseRecords, ratingsFromDraft, submissionDay } from '../../domain/respond/response-records.js';
import type { RespondentPage } from '../../domain/respond/page-sequence.js';
import { DomainError, assertNoProblems } from '../../domain/errors.js';
import { isAcceptingResponses } from '../../domain/wave/wave.js';
import type { InvitationAccess, PreparedSubmission } from './ports.js';
import type { RespondentForm } from './respondent-form.js';
import type { RespondentRuntime } from './respondent-runtime.js';

/** A submission to a wave that no longer accepts responses, found before storing or when committing. */
export function surveyClosedError(): DomainError {
  return new DomainError('invalid_state', 'the survey has closed; answers can no longer be submitted');
}

/**
 * Stores an invitation's ratings as anonymous responses, once. The ratings are checked first,
 * so a bad submission never reaches the shared write; then the group-commit writer stores it
 * in one transaction with others and resolves only after that transaction is durable.
 * A repeated submission of the same invitation stores nothing and succeeds (`isDuplicate`).
 */
export async function submitResponses(
  respond: RespondentRuntime,
  input: { access: InvitationAccess; ratings: readonly Rating[] },
): Promise<{ isDuplicate: boolean }> {
  const { context, surveys } = respond;
  const { access, ratings } = input;
  const now = context.clock();
  if (access.isSubmitted) return { isDuplicate: true };
  if (!isAcceptingResponses(access.wave, now) || access.expiresAt <= now.toISOString()) {
    throw surveyClosedError();
  }
  const frame = await surveys.frameFor(access);
  const listed = new Set(frame.providerUnitIds);
  const knownUnitIds = new Set<string>();
  for (const rating of ratings) {
    if ((rating.kind === 'perception' || rating.kind === 'no-contact') && !listed.has(rating.providerUnitId)) {
      if (await surveys.findUnit(rating.providerUnitId)) knownUnitIds.add(rating.providerUnitId);
    }
  }
  assertNoProblems(checkRatings(ratings, frame, knownUnitIds));
  const records = buildResponseRecords(ratings, frame);
  const submittedOn = submissionDay(now);
  const submission: PreparedSubmission = {
    invitationId: access.invitationId,
    waveId: access.wave.id,
    responses: records.responses.map((record) => ({ ...record, id: context.newId(), submittedOn })),
    comments: records.comments.map((record) => ({ ...record, id: context.newId() })),
  };
  return respond.batcher.submit(submission);
}

/**
 * Submits the saved draft of the respondent form. When a page still needs an answer, nothing
 * is stored and that page is returned, so the respondent can be sent to it.
 */
export async function submitDraft(
  respond: RespondentRuntime,
  form: RespondentForm,
): Promise<{ isSubmitted: true; isDuplicate: boolean } | { isSubmitted: false; incompletePage: RespondentPage }> {
  if (form.access.isSubmitted) return { isSubmitted: true, isDuplicate: true };
  const { ratings, incompletePage } = ratingsFromDraft(form.draft, form.pages, form.frame);
  if (incompletePage) return { isSubmitted: false, incompletePage };
  const outcome = await submitResponses(respond, { access: form.access, ratings });
  return { isSubmitted: true, ...outcome };
}
