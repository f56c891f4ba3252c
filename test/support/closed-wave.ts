import { randomUUID } from 'node:crypto';
import { createSurveyWave, type SurveyWave } from '../respond/fixture.js';
import type { TestServer } from './server.js';

// A closed wave with hand-made responses: the wave as createSurveyWave leaves it (closed), and
// rows written straight into `responses`, past submission and the inbox, so that a test names
// exactly the answers its figures are made of. Results are built when first asked for.

/** Item key → value, as a response stores it; null is "can't judge". */
export type HandMadeAnswers = Record<string, number | null>;

export interface HandMadeResponse {
  providerUnitId: string;
  customerUnitId: string;
  answers: HandMadeAnswers;
  /** 'perception' unless told. */
  kind?: 'perception' | 'self' | 'reverse' | 'no-contact';
  /** YYYY-MM-DD; 1 June 2026 unless told. */
  submittedOn?: string;
}

/**
 * A closed wave of the standard questionnaire whose providers are named `providerNames`
 * (see createSurveyWave), opened at `opensAt` (an ISO timestamp) when given, else now.
 */
export async function createClosedWave(
  server: TestServer,
  options: { providerNames?: string[]; opensAt?: string } = {},
): Promise<SurveyWave> {
  const db = server.runtime.handle.db;
  const wave = await createSurveyWave(server.context, db, { providerNames: options.providerNames, status: 'closed' });
  if (options.opensAt !== undefined) {
    await db.updateTable('waves').set({ opens_at: options.opensAt }).where('id', '=', wave.waveId).execute();
  }
  return wave;
}

/** Writes the responses into the wave (closed or not: closing it later builds its results). */
export async function insertResponses(server: TestServer, wave: SurveyWave, responses: readonly HandMadeResponse[]): Promise<void> {
  if (responses.length === 0) return;
  await server.runtime.handle.db
    .insertInto('responses')
    .values(
      responses.map((response) => ({
        id: randomUUID(),
        wave_id: wave.waveId,
        questionnaire_version_id: wave.versionId,
        provider_unit_id: response.providerUnitId,
        customer_unit_id: response.customerUnitId,
        kind: response.kind ?? 'perception',
        submitted_on: response.submittedOn ?? '2026-06-01',
        answers: JSON.stringify(response.answers),
      })),
    )
    .execute();
}

/**
 * One perception response per value, by `customerUnitId` about `providerUnitId`; `answers`
 * makes a response's answers from its value (e.g. `(value) => ({ 'rel-1': value })`).
 */
export async function insertRatings(
  server: TestServer,
  wave: SurveyWave,
  ratings: {
    providerUnitId: string;
    customerUnitId: string;
    values: readonly number[];
    answers: (value: number) => HandMadeAnswers;
    submittedOn?: string;
  },
): Promise<void> {
  const { providerUnitId, customerUnitId, submittedOn } = ratings;
  await insertResponses(
    server,
    wave,
    ratings.values.map((value) => ({ providerUnitId, customerUnitId, answers: ratings.answers(value), submittedOn })),
  );
}
