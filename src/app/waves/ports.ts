/**
 * Storage for questionnaires, waves and invitations (the admin side of a survey).
 * Implemented by src/db/repositories/wave-repository.ts.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in as the feature grows
export interface WaveStores {}
