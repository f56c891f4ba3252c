import { describe, expect, it } from 'vitest';
import type { RetrospectivePart } from './api';
import {
  actionListUnitId,
  canStartRetrospectives,
  decidePermissions,
  defaultAdminSide,
  listFilter,
  sideOfViewer,
  startableRelationships,
} from './retrospective-access';
import type { Viewer } from '../relationships/relationship-access';

const relationship = { providerUnitId: 'it', customerUnitId: 'sales' };
const admin: Viewer = { role: 'admin', unitId: null };
const executive: Viewer = { role: 'executive', unitId: null };
const providerLead: Viewer = { role: 'lead', unitId: 'it' };
const customerLead: Viewer = { role: 'lead', unitId: 'sales' };
const otherLead: Viewer = { role: 'lead', unitId: 'hr' };
const part: RetrospectivePart = {
  authorAccountId: 'a',
  notes: { whatWorks: 'x', whatToChange: '', whatWeAgree: '' },
  writtenAt: '2026-01-01T00:00:00Z',
};

describe('sideOfViewer', () => {
  it.each([
    ['an admin acts for the side chosen', admin, 'customer', 'customer'],
    ['the provider lead acts for the provider', providerLead, 'customer', 'provider'],
    ['the customer lead acts for the customer', customerLead, 'provider', 'customer'],
    ['a lead of another unit does not act', otherLead, 'provider', null],
    ['an executive does not act', executive, 'provider', null],
  ] as const)('%s', (_, viewer, adminSide, expected) => {
    expect(sideOfViewer(viewer, relationship, adminSide)).toBe(expected);
  });
});

describe('decidePermissions', () => {
  const draft = (provider: RetrospectivePart | null, customer: RetrospectivePart | null) => ({
    status: 'draft' as const,
    provider,
    customer,
  });
  const completed = { status: 'completed' as const, provider: part, customer: part };

  it.each([
    [
      'admin, empty draft',
      admin,
      draft(null, null),
      { canEditNotes: true, canEditLinks: true, canComplete: false, completeBlock: 'missing-both', canDelete: true },
    ],
    [
      'lead, provider missing',
      customerLead,
      draft(null, part),
      { canEditNotes: true, canEditLinks: true, canComplete: false, completeBlock: 'missing-provider', canDelete: true },
    ],
    [
      'lead, customer missing',
      providerLead,
      draft(part, null),
      { canEditNotes: true, canEditLinks: true, canComplete: false, completeBlock: 'missing-customer', canDelete: true },
    ],
    [
      'lead, both written',
      providerLead,
      draft(part, part),
      { canEditNotes: true, canEditLinks: true, canComplete: true, completeBlock: null, canDelete: true },
    ],
    [
      'executive reads only',
      executive,
      draft(part, part),
      { canEditNotes: false, canEditLinks: false, canComplete: false, completeBlock: 'read-only', canDelete: false },
    ],
    [
      'other lead reads only',
      otherLead,
      draft(part, part),
      { canEditNotes: false, canEditLinks: false, canComplete: false, completeBlock: 'read-only', canDelete: false },
    ],
    [
      'completed: notes fixed, links open',
      providerLead,
      completed,
      { canEditNotes: false, canEditLinks: true, canComplete: false, completeBlock: 'completed', canDelete: false },
    ],
    [
      'completed, admin: kept, not deleted',
      admin,
      completed,
      { canEditNotes: false, canEditLinks: true, canComplete: false, completeBlock: 'completed', canDelete: false },
    ],
    [
      'completed, executive',
      executive,
      completed,
      { canEditNotes: false, canEditLinks: false, canComplete: false, completeBlock: 'completed', canDelete: false },
    ],
  ] as const)('%s', (_, viewer, retrospective, expected) => {
    expect(decidePermissions({ viewer, relationship, retrospective, adminSide: 'provider' })).toMatchObject(expected);
  });
});

describe('listFilter', () => {
  it.each([
    ['the relationship of the query wins', providerLead, { relationshipId: 'r1', unitId: 'x' }, { relationshipId: 'r1' }],
    ['the unit of the query', admin, { unitId: 'sales' }, { unitId: 'sales' }],
    ['a lead without a query lists their unit', providerLead, {}, { unitId: 'it' }],
    ['an admin without a query lists all', admin, {}, {}],
    ['an executive without a query lists all', executive, {}, {}],
  ] as const)('%s', (_, viewer, query, expected) => {
    expect(listFilter(viewer, query)).toEqual(expected);
  });
});

describe('who starts and which relationships', () => {
  const relationships = [
    { id: 'r1', providerUnitId: 'it', customerUnitId: 'sales' },
    { id: 'r2', providerUnitId: 'hr', customerUnitId: 'it' },
    { id: 'r3', providerUnitId: 'hr', customerUnitId: 'sales' },
  ];
  it.each([
    [admin, true, ['r1', 'r2', 'r3']],
    [providerLead, true, ['r1', 'r2']],
    [customerLead, true, ['r1', 'r3']],
    [executive, false, []],
    [{ role: 'lead', unitId: null } as Viewer, false, []],
  ] as const)('%j', (viewer, canStart, ids) => {
    expect(canStartRetrospectives(viewer)).toBe(canStart);
    expect(startableRelationships(viewer, relationships).map((each) => each.id)).toEqual(ids);
  });
});

describe('actionListUnitId and defaultAdminSide', () => {
  it.each([
    [admin, 'it'],
    [executive, 'it'],
    [providerLead, 'it'],
    [customerLead, 'sales'],
  ] as const)('lists the actions of %j with the unit %s', (viewer, expected) => {
    expect(actionListUnitId(viewer, relationship)).toBe(expected);
  });

  it.each([
    [null, null, 'provider'],
    [part, null, 'customer'],
    [null, part, 'provider'],
    [part, part, 'provider'],
  ] as const)('provider %j, customer %j → %s', (provider, customer, expected) => {
    expect(defaultAdminSide({ provider, customer })).toBe(expected);
  });
});
