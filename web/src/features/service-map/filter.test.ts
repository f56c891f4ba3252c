import { describe, expect, it } from 'vitest';
import type { ServiceMapData } from './api';
import { countDegrees, filterServiceMap } from './filter';

// Company ─┬─ IT ── Support
//          ├─ Sales
//          └─ Finance
const map: ServiceMapData = {
  units: [
    { id: 'company', name: 'Company', parentId: null },
    { id: 'it', name: 'IT', parentId: 'company' },
    { id: 'support', name: 'Support', parentId: 'it' },
    { id: 'sales', name: 'Sales', parentId: 'company' },
    { id: 'finance', name: 'Finance', parentId: 'company' },
  ],
  services: [
    { id: 'helpdesk', name: 'Helpdesk', providerUnitId: 'support' },
    { id: 'reports', name: 'Reports', providerUnitId: 'finance' },
    { id: 'unused', name: 'Unused', providerUnitId: 'it' },
  ],
  relationships: [
    { id: 'r1', providerUnitId: 'support', customerUnitId: 'sales', serviceIds: ['helpdesk'] },
    { id: 'r2', providerUnitId: 'finance', customerUnitId: 'sales', serviceIds: ['reports'] },
    { id: 'r3', providerUnitId: 'support', customerUnitId: 'finance', serviceIds: ['helpdesk'] },
  ],
};

describe('filterServiceMap', () => {
  it.each([
    {
      name: 'no filter shows everything',
      filter: { unitId: '', serviceId: '' },
      units: ['company', 'finance', 'it', 'sales', 'support'],
      relationships: ['r1', 'r2', 'r3'],
    },
    {
      name: 'unit with subtree and neighbours',
      filter: { unitId: 'it', serviceId: '' },
      units: ['finance', 'it', 'sales', 'support'],
      relationships: ['r1', 'r3'],
    },
    {
      name: 'leaf unit and neighbours',
      filter: { unitId: 'sales', serviceId: '' },
      units: ['finance', 'sales', 'support'],
      relationships: ['r1', 'r2'],
    },
    { name: 'service only', filter: { unitId: '', serviceId: 'reports' }, units: ['finance', 'sales'], relationships: ['r2'] },
    { name: 'unused service shows its provider', filter: { unitId: '', serviceId: 'unused' }, units: ['it'], relationships: [] },
    {
      name: 'unit and service together',
      filter: { unitId: 'finance', serviceId: 'helpdesk' },
      units: ['finance', 'support'],
      relationships: ['r3'],
    },
    { name: 'unknown unit shows nothing', filter: { unitId: 'gone', serviceId: '' }, units: [], relationships: [] },
  ])('$name', ({ filter, units, relationships }) => {
    const result = filterServiceMap(map, filter);
    expect([...result.unitIds].sort()).toEqual(units);
    expect(result.relationships.map((relationship) => relationship.id).sort()).toEqual(relationships);
  });
});

describe('countDegrees', () => {
  it('counts both ends of every relationship', () => {
    expect(Object.fromEntries(countDegrees(map.relationships))).toEqual({ support: 2, sales: 2, finance: 2 });
  });
});
