import type { TestServer } from '../support/server.js';

/** Terms of a monthly objective: mean resolution time of at most `target` hours, unless overridden. */
export function monthlyTerms(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Resolution time',
    metric: 'resolution-time',
    unit: 'hours',
    target: 8,
    direction: 'at-most',
    aggregation: 'mean',
    period: 'month',
    ...overrides,
  };
}

/** The first day of next month (UTC), a validFrom that is never in the past. */
export function nextMonth(): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
}

/**
 * Moves a version's validFrom into the past, as if it had been agreed long ago: the server's
 * clock is the real one, and proposals may not start in the past.
 */
export async function backdate(server: TestServer, versionId: string, validFrom: string): Promise<void> {
  await server.runtime.handle.db.updateTable('sla_objective_versions').set({ valid_from: validFrom }).where('id', '=', versionId).execute();
}

export async function countMeasurements(server: TestServer): Promise<number> {
  const row = await server.runtime.handle.db
    .selectFrom('sla_measurements')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}
