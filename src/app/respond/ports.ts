/**
 * Storage for the respondent side: invitation tokens, respondent sessions, drafts and the
 * anonymous responses. Implemented by src/db/repositories/respondent-repository.ts.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in as the feature grows
export interface RespondentStore {}
