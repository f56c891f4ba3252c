import { describe, expect, it } from 'vitest';
import { checkScope, isSameScope, normaliseScope, resolveScope, selectInvitees, type ScopePair } from './scope.js';

const pair = (providerUnitId: string, customerUnitId: string): ScopePair => ({ providerUnitId, customerUnitId });
// it → sales, it → hr, finance → sales, finance → it, hr → it
const relationships = [pair('it', 'sales'), pair('it', 'hr'), pair('finance', 'sales'), pair('finance', 'it'), pair('hr', 'it')];

describe('resolveScope', () => {
  it.each([
    ['everything', null, null, ['it→sales', 'it→hr', 'finance→sales', 'finance→it', 'hr→it']],
    ['one provider', ['it'], null, ['it→sales', 'it→hr']],
    ['one customer', null, ['sales'], ['it→sales', 'finance→sales']],
    ['providers and customers: both must match', ['it', 'finance'], ['sales'], ['it→sales', 'finance→sales']],
    ['a provider with no such customer', ['hr'], ['sales'], []],
  ] as [string, string[] | null, string[] | null, string[]][])('%s', (_name, providerUnitIds, customerUnitIds, expected) => {
    const pairs = resolveScope(relationships, { providerUnitIds, customerUnitIds });
    expect(pairs.map((entry) => `${entry.providerUnitId}→${entry.customerUnitId}`).sort()).toEqual([...expected].sort());
  });

  it('gives one pair per provider and customer, in a stable order', () => {
    const pairs = resolveScope([pair('b', 'y'), pair('a', 'x'), pair('b', 'y')], { providerUnitIds: null, customerUnitIds: null });
    expect(pairs).toEqual([pair('a', 'x'), pair('b', 'y')]);
  });
});

describe('selectInvitees', () => {
  const people = [
    { id: 'p1', unitId: 'sales' },
    { id: 'p2', unitId: 'it' },
    { id: 'p3', unitId: 'sales-north' },
    { id: 'p4', unitId: 'hr' },
    { id: 'p5', unitId: 'finance' },
  ];
  const pairs = resolveScope(relationships, { providerUnitIds: ['it'], customerUnitIds: null });
  it.each([
    { asksProviders: false, invited: ['p1', 'p4'], why: 'customer units only' },
    { asksProviders: true, invited: ['p1', 'p2', 'p4'], why: 'customer units and the providers in scope (IT), never sub-units' },
  ])('asksProviders $asksProviders: $why', ({ asksProviders, invited }) => {
    expect(selectInvitees(people, pairs, { asksProviders }).map((person) => person.id)).toEqual(invited);
  });
});

describe('checkScope', () => {
  const units = new Set(['it', 'sales']);
  it.each([
    ['all units', { providerUnitIds: null, customerUnitIds: null }, []],
    ['known units', { providerUnitIds: ['it'], customerUnitIds: ['sales'] }, []],
    ['an empty selection', { providerUnitIds: [], customerUnitIds: null }, ['scope.providerUnitIds']],
    ['an unknown unit', { providerUnitIds: null, customerUnitIds: ['sales', 'nowhere'] }, ['scope.customerUnitIds']],
  ] as [string, Parameters<typeof checkScope>[0], string[]][])('%s', (_name, scope, fields) => {
    expect(checkScope(scope, units).map((problem) => problem.field)).toEqual(fields);
  });
});

describe('normaliseScope and isSameScope', () => {
  it('sorts and de-duplicates, so that the order of choice does not matter', () => {
    expect(normaliseScope({ providerUnitIds: ['b', 'a', 'b'], customerUnitIds: null })).toEqual({
      providerUnitIds: ['a', 'b'],
      customerUnitIds: null,
    });
    expect(
      isSameScope({ providerUnitIds: ['b', 'a'], customerUnitIds: null }, { providerUnitIds: ['a', 'b'], customerUnitIds: null }),
    ).toBe(true);
    expect(isSameScope({ providerUnitIds: null, customerUnitIds: null }, { providerUnitIds: [], customerUnitIds: null })).toBe(false);
  });
});
