import { describe, expect, it } from 'vitest';
import { canCreateAction, canDeleteAction, canViewAction, canWorkOnAction } from './action-policy.js';
import type { Actor } from './policy.js';
import {
  canEditRetrospectives,
  canRecordMeasurements,
  canViewRelationship,
  canViewUnit,
  partyFor,
  sideOfLead,
} from './relationship-policy.js';

const relationship = { providerUnitId: 'it', customerUnitId: 'sales' };
const actors: Record<string, Actor> = {
  admin: { accountId: 'admin', role: 'admin', unitId: null },
  executive: { accountId: 'exec', role: 'executive', unitId: null },
  'provider lead': { accountId: 'lead-it', role: 'lead', unitId: 'it' },
  'customer lead': { accountId: 'lead-sales', role: 'lead', unitId: 'sales' },
  'other lead': { accountId: 'lead-hr', role: 'lead', unitId: 'hr' },
};

describe('who may see and act on a relationship', () => {
  it.each([
    ['admin', true, true, true, null],
    ['executive', true, false, false, null],
    ['provider lead', true, true, true, 'provider'],
    ['customer lead', true, true, true, 'customer'],
    ['other lead', false, false, false, null],
  ] as const)('%s: view %s, record measurements %s, edit retrospectives %s, side %s', (name, view, record, edit, side) => {
    const actor = actors[name]!;
    expect(canViewRelationship(actor, relationship)).toBe(view);
    expect(canRecordMeasurements(actor, relationship)).toBe(record);
    expect(canEditRetrospectives(actor, relationship)).toBe(edit);
    expect(sideOfLead(actor, relationship)).toBe(side);
  });

  it('lets admins and executives see every unit, a lead only their own', () => {
    expect(canViewUnit(actors.admin!, 'hr')).toBe(true);
    expect(canViewUnit(actors.executive!, 'hr')).toBe(true);
    expect(canViewUnit(actors['provider lead']!, 'it')).toBe(true);
    expect(canViewUnit(actors['provider lead']!, 'sales')).toBe(false);
  });

  it('makes a lead act for their side and an admin for the side named', () => {
    expect(partyFor(actors['customer lead']!, relationship, undefined)).toEqual({ side: 'customer', accountId: 'lead-sales' });
    expect(partyFor(actors.admin!, relationship, 'provider')).toEqual({ side: 'provider', accountId: 'admin' });
    expect(() => partyFor(actors.admin!, relationship, undefined)).toThrowError(/side/);
    expect(() => partyFor(actors['customer lead']!, relationship, 'provider')).toThrowError(/cannot act for the provider/);
    expect(() => partyFor(actors['other lead']!, relationship, undefined)).toThrowError(/only the leads/);
    expect(() => partyFor(actors.executive!, relationship, 'provider')).toThrowError(/only the leads/);
  });
});

describe('who may see, work on, create and delete actions', () => {
  const action = { providerUnitId: 'it', customerGroupId: 'sales', ownerAccountId: 'owner' };
  const owner: Actor = { accountId: 'owner', role: 'executive', unitId: null };

  it.each([
    ['admin', actors.admin!, true, true, true, true],
    ['executive', actors.executive!, true, false, false, false],
    ['provider lead', actors['provider lead']!, true, true, true, true],
    ['customer lead', actors['customer lead']!, true, true, true, true],
    ['other lead', actors['other lead']!, false, false, false, false],
    ['the owner (an executive)', owner, true, true, false, false],
  ] as const)('%s: view %s, work on %s, create %s, delete %s', (_name, actor, view, work, create, remove) => {
    expect(canViewAction(actor, action)).toBe(view);
    expect(canWorkOnAction(actor, action)).toBe(work);
    expect(canCreateAction(actor, action)).toBe(create);
    expect(canDeleteAction(actor, action)).toBe(remove);
  });
});
