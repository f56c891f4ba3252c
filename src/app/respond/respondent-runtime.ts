import type { AppContext } from '../ports.js';
import type { PreparedSubmission } from './ports.js';
import { createSubmissionBatcher, type SubmissionBatcher } from './submission-batcher.js';
import { surveyClosedError } from './submit-responses.js';
import { createSurveyCache, type SurveyCache } from './survey-cache.js';

/** What the respondent use cases share within one process: caches and the group-commit writer. */
export interface RespondentRuntime {
  context: AppContext;
  surveys: SurveyCache;
  batcher: SubmissionBatcher<PreparedSubmission>;
}

export function createRespondentRuntime(
  context: AppContext,
  options: { maxConcurrentBatches: number; onBatchFailure?: (error: unknown, size: number) => void },
): RespondentRuntime {
  return {
    context,
    surveys: createSurveyCache(context),
    batcher: createSubmissionBatcher<PreparedSubmission>({
      commit: (batch) => context.stores.responding.commitSubmissions(batch),
      refusal: surveyClosedError,
      maxConcurrentBatches: options.maxConcurrentBatches,
      onBatchFailure: options.onBatchFailure,
    }),
  };
}
