import type { SlaObjective } from '../../domain/sla/objective.js';

export const MEASUREMENT_SOURCES = ['csv', 'api', 'form'] as const;
export type MeasurementSource = (typeof MEASUREMENT_SOURCES)[number];

/** One observed value of an objective, as stored: `at` is an ISO time in UTC, unique per objective. */
export interface StoredMeasurement {
  id: string;
  objectiveId: string;
  at: string;
  value: number;
  source: MeasurementSource;
  recordedBy: string;
  recordedAt: string;
}

/**
 * Storage for SLA objectives (one row per objective, one per version) and their measurements.
 * Implemented by src/db/repositories/sla-repository.ts.
 */
export interface SlaStore {
  insertObjective(objective: { id: string; relationshipId: string; createdAt: string }): Promise<void>;
  insertVersion(version: SlaObjective): Promise<void>;
  /** Stores a changed version if its status is still `expectedStatus`; false when a concurrent change came first. */
  updateVersion(version: SlaObjective, expectedStatus: SlaObjective['status']): Promise<boolean>;
  /** Every version of one objective, by version number; empty when there is no such objective. */
  listVersions(objectiveId: string): Promise<SlaObjective[]>;
  /** Every version of the objectives of the given relationships (all relationships when not given). */
  listVersionsByRelationships(relationshipIds?: readonly string[]): Promise<SlaObjective[]>;
  /** Inserts measurements; one already stored for the same objective and instant is left as it is. */
  insertMeasurements(measurements: readonly StoredMeasurement[]): Promise<number>;
  /** Measurements of the objectives, oldest first, optionally from `from` (inclusive) to `to` (exclusive). */
  listMeasurements(
    objectiveIds: readonly string[],
    range?: { from?: string | undefined; to?: string | undefined },
  ): Promise<StoredMeasurement[]>;
}

/** An integration's API token as stored: only the SHA-256 of the secret, never the secret. */
export interface IntegrationToken {
  id: string;
  /** What the integration is, e.g. "Ticket system". */
  name: string;
  /** The objectives the integration may write measurements for. */
  objectiveIds: string[];
  createdBy: string;
  createdAt: string;
  revokedAt: string | null;
}

/** Storage for integration tokens. Implemented by src/db/repositories/integration-repository.ts. */
export interface IntegrationTokenStore {
  insert(token: IntegrationToken, tokenHash: string): Promise<void>;
  /** The token with this hash, revoked or not; undefined when there is none. */
  findByHash(tokenHash: string): Promise<IntegrationToken | undefined>;
  findById(id: string): Promise<IntegrationToken | undefined>;
  /** Every token, newest first. */
  list(): Promise<IntegrationToken[]>;
  /** Revokes a token not yet revoked; false when it was already revoked or does not exist. */
  revoke(id: string, revokedAt: string): Promise<boolean>;
}
