import { describe, expect, it } from 'vitest';
import type { RelationshipSide } from '../relationships/relationship-access';
import { actingSides, proposalActions } from './proposal-actions';

const relationship = { providerUnitId: 'it', customerUnitId: 'sales' };

describe('actingSides', () => {
  it.each([
    ['an admin', { role: 'admin', unitId: null }, ['provider', 'customer']],
    ['an executive', { role: 'executive', unitId: 'it' }, []],
    ['the provider lead', { role: 'lead', unitId: 'it' }, ['provider']],
    ['the customer lead', { role: 'lead', unitId: 'sales' }, ['customer']],
    ['a lead of another unit', { role: 'lead', unitId: 'hr' }, []],
    ['a lead without unit', { role: 'lead', unitId: null }, []],
  ] as const)('%s', (_name, viewer, expected) => {
    expect(actingSides(viewer, relationship)).toEqual(expected);
  });

  it('acts for nobody without a session or relationship', () => {
    expect(actingSides(null, relationship)).toEqual([]);
    expect(actingSides({ role: 'admin', unitId: null }, undefined)).toEqual([]);
  });
});

describe('proposalActions', () => {
  it.each([
    ['provider', ['customer'], ['agree:customer', 'decline:customer']],
    ['provider', ['provider'], ['withdraw:provider']],
    ['customer', ['customer'], ['withdraw:customer']],
    ['customer', ['provider'], ['agree:provider', 'decline:provider']],
    ['provider', ['provider', 'customer'], ['agree:customer', 'decline:customer', 'withdraw:provider']],
    ['provider', [], []],
  ] as const)('proposed by the %s, seen by %j', (proposer, sides, expected) => {
    const actions = proposalActions({ proposedBy: { side: proposer } }, sides as readonly RelationshipSide[]);
    expect(actions.map((action) => `${action.decision}:${action.side}`)).toEqual(expected);
  });
});
