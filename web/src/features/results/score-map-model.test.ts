import { describe, expect, it } from 'vitest';
import type { ServiceMapData } from '../service-map/api';
import type { ProviderScores } from './api';
import { heatColour } from './colour-scale';
import { CUSTOMER_ONLY_COLOUR, listScoredProviders, NO_FIGURE_COLOUR, nodeColour, scoreProvider } from './score-map-model';

type ProviderRow = ProviderScores['providers'][number];

const provider = (id: string, overall: ProviderRow['overall'], dimensions: ProviderRow['dimensions'] = {}): ProviderRow => ({
  providerUnitId: id,
  providerName: id.toUpperCase(),
  overall,
  dimensions,
});

describe('scoreProvider', () => {
  it.each([
    {
      name: 'the overall figure when released',
      row: provider('a', { mean: 4.2, n: 12 }, { reliability: { mean: 2, n: 12 } }),
      expected: { score: 4.2, basis: 'overall', count: 12 },
    },
    {
      name: 'else the mean of the released dimension means',
      row: provider('b', null, { reliability: { mean: 2, n: 6 }, courtesy: { mean: 4, n: 9 }, competence: null }),
      expected: { score: 3, basis: 'dimensions', count: 2 },
    },
    { name: 'nothing released', row: provider('c', null, { reliability: null }), expected: { score: null, basis: null, count: 0 } },
  ])('$name', ({ row, expected }) => {
    expect(scoreProvider(row)).toEqual(expected);
  });
});

describe('listScoredProviders', () => {
  const map: ServiceMapData = {
    units: [
      { id: 'a', name: 'Alpha', parentId: null },
      { id: 'b', name: 'Beta', parentId: 'a' },
      { id: 'c', name: 'Gamma', parentId: 'a' },
      { id: 'd', name: 'Delta', parentId: 'a' },
    ],
    services: [{ id: 's1', name: 'Help', providerUnitId: 'c' }],
    relationships: [
      { id: 'r1', providerUnitId: 'b', customerUnitId: 'd', serviceIds: [] },
      { id: 'r2', providerUnitId: 'c', customerUnitId: 'd', serviceIds: ['s1'] },
    ],
  };

  it('lists the providers with figures and the map providers without, by name; customers only are left out', () => {
    const scores: ProviderScores = { wave: { id: 'w', name: 'W' }, dimensions: [], k: 5, providers: [provider('b', { mean: 3.5, n: 7 })] };
    expect(listScoredProviders({ scores, map, language: 'en' })).toEqual([
      { unitId: 'b', name: 'B', score: 3.5, basis: 'overall', count: 7 },
      { unitId: 'c', name: 'Gamma', score: null, basis: null, count: 0 },
    ]);
  });
});

describe('nodeColour', () => {
  it.each([
    {
      name: 'scored provider',
      provider: { unitId: 'a', name: 'A', score: 4.6, basis: 'overall' as const, count: 9 },
      colour: heatColour(4.6).background,
    },
    { name: 'provider without figure', provider: { unitId: 'a', name: 'A', score: null, basis: null, count: 0 }, colour: NO_FIGURE_COLOUR },
    { name: 'unit that is no provider', provider: undefined, colour: CUSTOMER_ONLY_COLOUR },
  ])('$name', ({ provider: scored, colour }) => {
    expect(nodeColour(scored)).toBe(colour);
  });
});
