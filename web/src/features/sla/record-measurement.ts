import { requestWithStatus } from '../../shared/api-client';
import type { Measurement } from './api';

/** A recorded measurement and whether it is new (201) or was already recorded with the same value (200). */
export interface RecordOutcome {
  measurement: Measurement;
  isNew: boolean;
}

/** Records one measurement typed into the form; the server answers 201 for a new one and 200 for the same value again. */
export async function recordMeasurementWithOutcome(objectiveId: string, input: { at: string; value: number }): Promise<RecordOutcome> {
  const { status, body } = await requestWithStatus<Measurement>(
    'POST',
    `/api/sla/objectives/${encodeURIComponent(objectiveId)}/measurements`,
    { body: { ...input, source: 'form' } },
  );
  return { measurement: body, isNew: status === 201 };
}
