import { describe, expect, it } from 'vitest';
import { otherSide, sideOfLead, type Viewer } from './relationship-access';

const relationship = { providerUnitId: 'it', customerUnitId: 'sales' };

describe('sideOfLead', () => {
  it.each([
    [{ role: 'lead', unitId: 'it' }, 'provider'],
    [{ role: 'lead', unitId: 'sales' }, 'customer'],
    [{ role: 'lead', unitId: 'hr' }, null],
    [{ role: 'lead', unitId: null }, null],
    [{ role: 'admin', unitId: null }, null],
    [{ role: 'admin', unitId: 'it' }, null],
    [{ role: 'executive', unitId: 'sales' }, null],
  ] as [Viewer, string | null][])('%j → %s', (viewer, expected) => {
    expect(sideOfLead(viewer, relationship)).toBe(expected);
  });
});

describe('otherSide', () => {
  it.each([
    ['provider', 'customer'],
    ['customer', 'provider'],
  ] as const)('%s → %s', (side, expected) => {
    expect(otherSide(side)).toBe(expected);
  });
});
