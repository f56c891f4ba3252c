import { describe, expect, it } from 'vitest';
import { summariseResponseRates, type UnitResponseCount } from './response-rates.js';

const unit = (unitId: string, invited: number, submitted: number): UnitResponseCount => ({ unitId, invited, submitted });

describe('summariseResponseRates', () => {
  it('shows units with at least k invitees on their own', () => {
    const report = summariseResponseRates([unit('a', 5, 2), unit('b', 12, 12)], 5);
    expect(report).toEqual({
      threshold: 5,
      units: [unit('a', 5, 2), unit('b', 12, 12)],
      otherUnits: null,
      hiddenUnitCount: 0,
      total: { invited: 17, submitted: 14 },
    });
  });

  it('merges units below k into "other units" when that group reaches k', () => {
    const report = summariseResponseRates([unit('a', 8, 3), unit('b', 2, 1), unit('c', 4, 0)], 5);
    expect(report.units.map((row) => row.unitId)).toEqual(['a']);
    expect(report.otherUnits).toEqual({ unitCount: 2, invited: 6, submitted: 1 });
    expect(report.hiddenUnitCount).toBe(0);
    expect(report.total).toEqual({ invited: 14, submitted: 4 });
  });

  it('hides units below k when they are too few together, and leaves them out of the total', () => {
    const report = summariseResponseRates([unit('a', 8, 3), unit('b', 2, 2), unit('c', 2, 0)], 5);
    expect(report.otherUnits).toBeNull();
    expect(report.hiddenUnitCount).toBe(2);
    // Total minus the shown unit reveals nothing about b and c.
    expect(report.total).toEqual({ invited: 8, submitted: 3 });
  });

  it.each([
    ['k below 3 counts as 3', 1, 3],
    ['k of 10', 10, 10],
  ])('%s', (_name, threshold, expected) => {
    const report = summariseResponseRates([unit('a', 3, 1), unit('b', 9, 9)], threshold);
    expect(report.threshold).toBe(expected);
    expect(report.units.every((row) => row.invited >= expected)).toBe(true);
  });

  it('ignores units without invitations', () => {
    expect(summariseResponseRates([unit('a', 0, 0)], 5)).toMatchObject({ units: [], otherUnits: null, hiddenUnitCount: 0 });
  });
});
