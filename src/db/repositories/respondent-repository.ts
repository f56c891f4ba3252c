import type { Kysely } from 'kysely';
import type { RespondentStore } from '../../app/respond/ports.js';
import type { Database } from '../schema.js';

/** Invitation tokens, respondent sessions, drafts and anonymous responses. */
export function createRespondentRepository(_db: Kysely<Database>): RespondentStore {
  return {};
}
