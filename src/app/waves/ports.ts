import type { Locale } from '../../domain/org/person.js';
import type { QuestionnaireVersion } from '../../domain/questionnaire/questionnaire.js';
import type { UnitResponseCount } from '../../domain/wave/response-rates.js';
import type { ScopePair } from '../../domain/wave/scope.js';
import type { Wave, WaveStatus } from '../../domain/wave/wave.js';

export interface QuestionnaireRecord {
  id: string;
  name: string;
  createdAt: string;
}

export interface StoredVersion extends QuestionnaireVersion {
  createdAt: string;
}

export interface StoredWave extends Wave {
  createdAt: string;
}

/**
 * One person's access to one wave. It records whether the person submitted, never what or
 * when: responses are stored apart and cannot be linked back.
 */
export interface Invitation {
  id: string;
  waveId: string;
  /** Null once the person has been deleted. */
  personId: string | null;
  /** The person's unit when invited: the customer group they answer for. */
  unitId: string;
  locale: Locale;
  isSubmitted: boolean;
}

/** A link's stand-in in the database: the SHA-256 of the token, never the token. */
export interface InvitationToken {
  tokenHash: string;
  invitationId: string;
  expiresAt: string;
}

/**
 * Storage for questionnaires, waves and invitations (the admin side of a survey).
 * Implemented by src/db/repositories/wave-repository.ts.
 */
export interface WaveStores {
  listQuestionnaires(): Promise<QuestionnaireRecord[]>;
  findQuestionnaire(id: string): Promise<QuestionnaireRecord | undefined>;
  insertQuestionnaire(questionnaire: QuestionnaireRecord): Promise<void>;
  /** Versions of one questionnaire (or of all), by questionnaire and number. */
  listVersions(questionnaireId?: string): Promise<StoredVersion[]>;
  findVersion(id: string): Promise<StoredVersion | undefined>;
  insertVersion(version: StoredVersion): Promise<void>;
  /** Stores a draft's content; false when the version is not a draft any more. */
  updateDraftContent(version: QuestionnaireVersion): Promise<boolean>;
  freezeVersion(id: string): Promise<void>;

  listWaves(): Promise<StoredWave[]>;
  findWave(id: string): Promise<StoredWave | undefined>;
  insertWave(wave: StoredWave): Promise<void>;
  /** Stores a changed wave if its status is still `expectedStatus`; false when a concurrent change came first. */
  updateWave(wave: Wave, expectedStatus: WaveStatus): Promise<boolean>;
  insertWaveRelationships(waveId: string, pairs: readonly ScopePair[]): Promise<void>;
  listWaveRelationships(waveId: string): Promise<ScopePair[]>;

  insertInvitations(invitations: readonly Invitation[]): Promise<void>;
  insertTokens(tokens: readonly InvitationToken[]): Promise<void>;
  /** Moves the expiry of every link of a wave to at least `expiresAt`. */
  extendTokens(waveId: string, expiresAt: string): Promise<void>;
  listUnsubmittedInvitations(waveId: string): Promise<Invitation[]>;
  /** Every invitation of the wave, submitted or not. */
  listInvitations(waveId: string): Promise<Invitation[]>;
  /** Invited and submitted per unit: counts only, never who. */
  countInvitationsByUnit(waveId: string): Promise<UnitResponseCount[]>;
  countInvitationsByWave(): Promise<Map<string, number>>;
}
