import { assertNoProblems, DomainError, type FieldProblem } from '../../domain/errors.js';
import { checkMeasurement } from '../../domain/sla/compliance.js';
import type { AppContext } from '../ports.js';
import { assertInScope } from './integration-tokens.js';
import { loadObjective } from './objective-views.js';
import type { IntegrationToken, StoredMeasurement } from './ports.js';
import { normaliseMeasurementTime } from './record-measurement.js';

export interface IntegrationMeasurement {
  objectiveId: string;
  at: string;
  value: number;
}

/**
 * Measurements sent by another system with its integration token (resolved by
 * `resolveIntegrationToken`): all of them in one transaction, or none when any is bad. Every
 * objective must be within the token's scope (else forbidden). A measurement
 * already stored with the same value is unchanged; another value at a stored time is a
 * conflict, since measurements are not overwritten.
 */
export async function recordIntegrationMeasurements(
  context: AppContext,
  input: { token: IntegrationToken; measurements: IntegrationMeasurement[] },
): Promise<{ created: number; unchanged: number }> {
  const { token } = input;
  assertInScope(
    token,
    input.measurements.map((measurement) => measurement.objectiveId),
  );
  const now = context.clock().toISOString();
  return context.transaction(async (stores) => {
    const problems: FieldProblem[] = [];
    const planned: StoredMeasurement[] = [];
    const seen = new Set<string>();
    for (const [index, entry] of input.measurements.entries()) {
      const { versions } = await loadObjective(stores, entry.objectiveId);
      const unit = (versions[0] as (typeof versions)[number]).unit;
      const entryProblems = checkMeasurement(entry, unit);
      problems.push(...entryProblems.map((problem) => ({ ...problem, field: `measurements.${index}.${problem.field}` })));
      if (entryProblems.length > 0) continue;
      const at = normaliseMeasurementTime(entry.at);
      const key = `${entry.objectiveId}\u0000${at}`;
      if (seen.has(key)) {
        problems.push({ field: `measurements.${index}.at`, problem: 'the same objective and time appear twice' });
        continue;
      }
      seen.add(key);
      planned.push({
        id: context.newId(),
        objectiveId: entry.objectiveId,
        at,
        value: entry.value,
        source: 'api',
        recordedBy: `integration:${token.id}`,
        recordedAt: now,
      });
    }
    assertNoProblems(problems);
    const stored = new Map(
      (await stores.sla.listMeasurements([...new Set(planned.map((entry) => entry.objectiveId))])).map((measurement) => [
        `${measurement.objectiveId}\u0000${measurement.at}`,
        measurement.value,
      ]),
    );
    const toCreate: StoredMeasurement[] = [];
    for (const [index, measurement] of planned.entries()) {
      const value = stored.get(`${measurement.objectiveId}\u0000${measurement.at}`);
      if (value === undefined) toCreate.push(measurement);
      else if (value !== measurement.value) {
        throw new DomainError(
          'conflict',
          `measurements.${index}.at: a measurement at ${measurement.at} is already recorded with the value ${value}; it is not overwritten`,
          [{ field: `measurements.${index}.at`, problem: 'already recorded with another value' }],
        );
      }
    }
    if (toCreate.length > 0) {
      await stores.sla.insertMeasurements(toCreate);
      await stores.audit.record({
        at: now,
        accountId: null,
        action: 'integration.measurements',
        subject: token.id,
        details: { created: toCreate.length, unchanged: planned.length - toCreate.length },
      });
    }
    return { created: toCreate.length, unchanged: planned.length - toCreate.length };
  });
}
