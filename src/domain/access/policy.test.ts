import { describe, expect, it } from 'vitest';
import {
  ROLES,
  canManageAccounts,
  canManageOrganisation,
  canManageSurveys,
  canViewAuditLog,
  canViewOrganisation,
  canViewUnitResults,
  checkAccountRole,
  isRole,
  type Actor,
  type Role,
} from './policy.js';

const actors: Record<Role, Actor> = {
  admin: { accountId: 'a1', role: 'admin', unitId: null },
  executive: { accountId: 'e1', role: 'executive', unitId: null },
  lead: { accountId: 'l1', role: 'lead', unitId: 'own-unit' },
};

// Every policy function against every role: a new role or a new function must be added here.
const policies: { policy: string; decide: (actor: Actor) => boolean; allows: Record<Role, boolean> }[] = [
  { policy: 'canViewOrganisation', decide: canViewOrganisation, allows: { admin: true, executive: true, lead: true } },
  { policy: 'canManageOrganisation', decide: canManageOrganisation, allows: { admin: true, executive: false, lead: false } },
  { policy: 'canManageAccounts', decide: canManageAccounts, allows: { admin: true, executive: false, lead: false } },
  { policy: 'canViewAuditLog', decide: canViewAuditLog, allows: { admin: true, executive: false, lead: false } },
  { policy: 'canManageSurveys', decide: canManageSurveys, allows: { admin: true, executive: false, lead: false } },
  {
    policy: 'canViewUnitResults of their own unit',
    decide: (actor) => canViewUnitResults(actor, 'own-unit'),
    allows: { admin: true, executive: true, lead: true },
  },
  {
    policy: 'canViewUnitResults of another unit',
    decide: (actor) => canViewUnitResults(actor, 'other-unit'),
    allows: { admin: true, executive: true, lead: false },
  },
];

describe.each(policies)('$policy', ({ decide, allows }) => {
  it.each(ROLES.map((role) => ({ role, isAllowed: allows[role] })))('$role → $isAllowed', ({ role, isAllowed }) => {
    expect(decide(actors[role])).toBe(isAllowed);
  });

  it('refuses an actor whose role is not one of ours (e.g. a stale row)', () => {
    expect(decide({ accountId: 'x', role: 'respondent' as Role, unitId: 'own-unit' })).toBe(false);
  });
});

describe('the role table', () => {
  it('covers exactly the roles there are', () => {
    for (const { allows } of policies) expect(Object.keys(allows).sort()).toEqual([...ROLES].sort());
  });

  it('a lead without a unit sees no unit results', () => {
    expect(canViewUnitResults({ accountId: 'l2', role: 'lead', unitId: null }, 'own-unit')).toBe(false);
  });
});

describe('isRole', () => {
  it.each([
    { value: 'admin', isValid: true },
    { value: 'executive', isValid: true },
    { value: 'lead', isValid: true },
    { value: 'Admin', isValid: false },
    { value: 'respondent', isValid: false },
    { value: '', isValid: false },
  ])('"$value" → $isValid', ({ value, isValid }) => {
    expect(isRole(value)).toBe(isValid);
  });
});

describe('checkAccountRole', () => {
  it.each([
    { role: 'admin', unitId: null, problem: null },
    { role: 'executive', unitId: null, problem: null },
    { role: 'lead', unitId: 'u1', problem: null },
    { role: 'lead', unitId: null, problem: 'a lead account needs a unit' },
    { role: 'admin', unitId: 'u1', problem: 'an admin account has no unit' },
    { role: 'executive', unitId: 'u1', problem: 'an executive account has no unit' },
    { role: 'respondent', unitId: null, problem: 'role must be one of admin, executive, lead' },
    { role: 'ADMIN', unitId: null, problem: 'role must be one of admin, executive, lead' },
  ])('$role with unit $unitId → $problem', ({ role, unitId, problem }) => {
    expect(checkAccountRole(role, unitId)).toBe(problem);
  });
});
