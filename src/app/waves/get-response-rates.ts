import { canManageSurveys, type Actor } from '../../domain/access/policy.js';
import { computeUnitPaths } from '../../domain/org/unit.js';
import { summariseResponseRates, type ResponseRateReport } from '../../domain/wave/response-rates.js';
import type { WaveStatus } from '../../domain/wave/wave.js';
import { requireFound, requirePermission } from '../authorize.js';
import type { AppContext } from '../ports.js';

export interface ResponseRates extends Omit<ResponseRateReport, 'units'> {
  waveId: string;
  status: WaveStatus;
  units: { unitId: string; unitPath: string; invited: number; submitted: number }[];
}

/** How many of the invited submitted, per unit, only for groups of at least k invitees. */
export async function getResponseRates(context: AppContext, actor: Actor, id: string, threshold: number): Promise<ResponseRates> {
  requirePermission(canManageSurveys(actor), 'manage surveys');
  const wave = requireFound(await context.stores.waves.findWave(id), 'wave');
  const [counts, units] = await Promise.all([context.stores.waves.countInvitationsByUnit(wave.id), context.stores.units.listAll()]);
  const report = summariseResponseRates(counts, threshold);
  const paths = computeUnitPaths(units);
  return {
    ...report,
    waveId: wave.id,
    status: wave.status,
    units: report.units
      .map((row) => ({ ...row, unitPath: paths.get(row.unitId) ?? '?' }))
      .sort((left, right) => left.unitPath.localeCompare(right.unitPath)),
  };
}
