import type { Actor } from '../../domain/access/policy.js';
import { assertNoProblems, DomainError } from '../../domain/errors.js';
import { checkMeasurement } from '../../domain/sla/compliance.js';
import { requirePermission } from '../authorize.js';
import type { AppContext } from '../ports.js';
import { loadObjective } from './objective-views.js';
import type { StoredMeasurement } from './ports.js';
import { canRecordMeasurements, canViewRelationship } from '../../domain/access/relationship-policy.js';

/** A measurement's time as stored: a date is midnight UTC, a time with zone is converted to UTC. */
export function normaliseMeasurementTime(at: string): string {
  return new Date(/T/.test(at) ? at : `${at}T00:00:00Z`).toISOString();
}

/**
 * Records one measurement of an objective (the form, or another system through the API).
 * Recording the same value at the same time again changes nothing; a different value at a
 * time already recorded is a conflict, since measurements are not overwritten.
 */
export async function recordMeasurement(
  context: AppContext,
  actor: Actor,
  input: { objectiveId: string; at: string; value: number; source: 'form' | 'api' },
): Promise<{ measurement: StoredMeasurement; isNew: boolean }> {
  const now = context.clock().toISOString();
  return context.transaction(async (stores) => {
    const { versions, relationship } = await loadObjective(stores, input.objectiveId);
    requirePermission(canRecordMeasurements(actor, relationship), "record this relationship's measurements");
    assertNoProblems(checkMeasurement(input, (versions[0] as (typeof versions)[number]).unit));
    const at = normaliseMeasurementTime(input.at);
    const measurement: StoredMeasurement = {
      id: context.newId(),
      objectiveId: input.objectiveId,
      at,
      value: input.value,
      source: input.source,
      recordedBy: actor.accountId,
      recordedAt: now,
    };
    if ((await stores.sla.insertMeasurements([measurement])) === 1) {
      await stores.audit.record({
        at: now,
        accountId: actor.accountId,
        action: 'sla.measure',
        subject: input.objectiveId,
        details: { at },
      });
      return { measurement, isNew: true };
    }
    const [stored] = await stores.sla.listMeasurements([input.objectiveId], { from: at, to: new Date(Date.parse(at) + 1).toISOString() });
    if (stored && stored.value === input.value) return { measurement: stored, isNew: false };
    throw new DomainError(
      'conflict',
      `a measurement at ${at} is already recorded with the value ${stored?.value ?? '?'}; it is not overwritten`,
      [{ field: 'at', problem: 'already recorded with another value' }],
    );
  });
}

/** The measurements of an objective, oldest first, optionally between two times. */
export async function listMeasurements(
  context: AppContext,
  actor: Actor,
  input: { objectiveId: string; from?: string | undefined; to?: string | undefined },
): Promise<StoredMeasurement[]> {
  const { relationship } = await loadObjective(context.stores, input.objectiveId);
  requirePermission(canViewRelationship(actor, relationship), "view this relationship's SLAs");
  return context.stores.sla.listMeasurements([input.objectiveId], {
    from: input.from === undefined ? undefined : normaliseMeasurementTime(input.from),
    to: input.to === undefined ? undefined : normaliseMeasurementTime(input.to),
  });
}
