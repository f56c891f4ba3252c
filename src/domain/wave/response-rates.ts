/** Invitations and submissions of one customer unit in one wave. */
export interface UnitResponseCount {
  unitId: string;
  invited: number;
  submitted: number;
}

export interface ResponseRateReport {
  /** The smallest group shown (k, never below 3). */
  threshold: number;
  /** Units with at least k invitees, each on its own. */
  units: UnitResponseCount[];
  /** The units below k together, when that group has at least k invitees. */
  otherUnits: { unitCount: number; invited: number; submitted: number } | null;
  /** Units not shown at all: below k, and too few together. */
  hiddenUnitCount: number;
  /** The sum of what is shown; hidden units are left out, so that no subtraction reveals them. */
  total: { invited: number; submitted: number };
}

export const MIN_THRESHOLD = 3;

/**
 * Response rates that describe no group below k: units below k are merged into "other
 * units" when that group reaches k, and hidden otherwise. The total covers only what is
 * shown, so subtracting shown figures from it reveals nothing.
 */
export function summariseResponseRates(counts: readonly UnitResponseCount[], threshold: number): ResponseRateReport {
  const k = Math.max(MIN_THRESHOLD, Math.floor(threshold));
  const units = counts.filter((count) => count.invited >= k);
  const small = counts.filter((count) => count.invited > 0 && count.invited < k);
  const smallInvited = sum(small.map((count) => count.invited));
  const otherUnits =
    small.length > 0 && smallInvited >= k
      ? { unitCount: small.length, invited: smallInvited, submitted: sum(small.map((count) => count.submitted)) }
      : null;
  const shown = [...units, ...(otherUnits ? [otherUnits] : [])];
  return {
    threshold: k,
    units,
    otherUnits,
    hiddenUnitCount: otherUnits ? 0 : small.length,
    total: { invited: sum(shown.map((row) => row.invited)), submitted: sum(shown.map((row) => row.submitted)) },
  };
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
