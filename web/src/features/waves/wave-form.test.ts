import { describe, expect, it } from 'vitest';
import type { RelationshipView } from '../relationships/api';
import { buildScope, countInScope, formatRate, isoToLocalInput, localInputToIso, unitsBySide } from './wave-form';

const relationship = (provider: string, customer: string): RelationshipView => ({
  id: `${provider}-${customer}`,
  providerUnitId: provider,
  providerPath: `Co/${provider.toUpperCase()}`,
  customerUnitId: customer,
  customerPath: `Co/${customer.toUpperCase()}`,
  services: [],
});
const relationships = [relationship('it', 'sales'), relationship('it', 'hr'), relationship('finance', 'sales')];

describe('unitsBySide', () => {
  it('lists each provider and each customer once, by path', () => {
    expect(unitsBySide(relationships)).toEqual({
      providers: [
        { id: 'finance', path: 'Co/FINANCE' },
        { id: 'it', path: 'Co/IT' },
      ],
      customers: [
        { id: 'hr', path: 'Co/HR' },
        { id: 'sales', path: 'Co/SALES' },
      ],
    });
  });
});

describe('buildScope and countInScope', () => {
  it.each([
    ['all', true, ['it'], [], { providerUnitIds: null, customerUnitIds: null }, 3],
    ['one provider', false, ['it'], [], { providerUnitIds: ['it'], customerUnitIds: null }, 2],
    ['one customer', false, [], ['sales'], { providerUnitIds: null, customerUnitIds: ['sales'] }, 2],
    ['both sides', false, ['it'], ['sales'], { providerUnitIds: ['it'], customerUnitIds: ['sales'] }, 1],
  ] as const)('%s', (_name, isAll, providers, customers, scope, count) => {
    expect(buildScope(isAll, providers, customers)).toEqual(scope);
    expect(countInScope(relationships, buildScope(isAll, providers, customers))).toBe(count);
  });
});

describe('local times', () => {
  it('round-trips a datetime-local value through ISO', () => {
    const iso = localInputToIso('2030-05-04T09:30');
    expect(iso).toMatch(/^2030-05-0\dT\d{2}:30:00\.000Z$/);
    expect(isoToLocalInput(iso)).toBe('2030-05-04T09:30');
  });

  it.each([
    ['', null],
    ['not a time', null],
  ])('"%s" → %s', (value, expected) => {
    expect(localInputToIso(value)).toBe(expected);
  });

  it('shows nothing for no time', () => {
    expect(isoToLocalInput(null)).toBe('');
  });
});

describe('formatRate', () => {
  it.each([
    [3, 6, '50 %'],
    [2, 3, '67 %'],
    [0, 0, '–'],
  ])('%i of %i → %s', (submitted, invited, expected) => {
    expect(formatRate(submitted, invited)).toBe(expected);
  });
});
