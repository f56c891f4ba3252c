import type { Kysely } from 'kysely';
import type { Stores } from '../app/ports.js';
import { DomainError } from '../domain/errors.js';
import type { DatabaseHandle, DialectName } from './connect.js';
import { createAccountRepository } from './repositories/account-repository.js';
import { createActionRepository } from './repositories/action-repository.js';
import { createAuditRepository } from './repositories/audit-repository.js';
import { createIntegrationRepository } from './repositories/integration-repository.js';
import { createOutboxRepository } from './repositories/outbox-repository.js';
import { createRespondentRepository } from './repositories/respondent-repository.js';
import { createResultsRepository } from './repositories/results-repository.js';
import { createRetrospectiveRepository } from './repositories/retrospective-repository.js';
import { createSlaRepository } from './repositories/sla-repository.js';
import { createWaveRepository } from './repositories/wave-repository.js';
import { createPersonRepository } from './repositories/person-repository.js';
import { createRelationshipRepository } from './repositories/relationship-repository.js';
import { createServiceRepository } from './repositories/service-repository.js';
import { createSessionRepository } from './repositories/session-repository.js';
import { createUnitRepository } from './repositories/unit-repository.js';
import type { Database } from './schema.js';
import type { SubmissionWriter } from './submission-writer.js';

/** All repositories over one connection (or one transaction, then without the submission writer). */
export function createStores(db: Kysely<Database>, dialect: DialectName, now: () => string, writer?: SubmissionWriter): Stores {
  return {
    units: createUnitRepository(db, now),
    people: createPersonRepository(db),
    services: createServiceRepository(db, now),
    relationships: createRelationshipRepository(db, now),
    accounts: createAccountRepository(db, now),
    sessions: createSessionRepository(db),
    audit: createAuditRepository(db),
    outbox: createOutboxRepository(db, dialect),
    waves: createWaveRepository(db, dialect),
    responding: createRespondentRepository(db, dialect, writer),
    results: createResultsRepository(db),
    sla: createSlaRepository(db),
    actions: createActionRepository(db, dialect),
    retrospectives: createRetrospectiveRepository(db),
    integrations: createIntegrationRepository(db),
  };
}

/** Runs `work` in one transaction with stores bound to it. */
export function createTransactionRunner(handle: DatabaseHandle, now: () => string) {
  return async <T>(work: (stores: Stores) => Promise<T>): Promise<T> => {
    try {
      return await handle.db.transaction().execute((transaction) => work(createStores(transaction, handle.dialect, now)));
    } catch (error) {
      // Two concurrent writers may both pass the use case's checks; the database's unique
      // constraint then decides, and the loser gets a conflict rather than an internal error.
      if (isUniqueViolation(error))
        throw new DomainError('conflict', 'a concurrent change stored the same record first; reload and try again');
      throw error;
    }
  };
}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
