import { describe, expect, it } from 'vitest';
import type { HeatmapCell, HeatmapRow } from './api';
import {
  cellMean,
  countHidden,
  DEFAULT_SORT,
  filterHeatmapRows,
  listCustomers,
  listProviders,
  mergedGroupBaseName,
  rowsOfCustomer,
  sortHeatmapRows,
  toggleSort,
  type HeatmapSort,
} from './heatmap-model';

function row(
  provider: string,
  customer: string,
  reliability: HeatmapCell,
  options: { isMerged?: boolean; unitCount?: number } = {},
): HeatmapRow {
  const isMerged = options.isMerged ?? false;
  return {
    providerUnitId: provider.toLowerCase(),
    providerName: provider,
    group: {
      labelUnitId: customer.toLowerCase().split(' ')[0] ?? null,
      name: isMerged ? `${customer} (${options.unitCount ?? 2} units together)` : customer,
      isMerged,
      unitCount: options.unitCount ?? 1,
    },
    cells: { reliability },
  };
}

const rows = [
  row('Service Desk', 'Controlling', { mean: 3.1, n: 11 }),
  row('Service Desk', 'Einkauf & Logistik', { mean: 3.6, n: 49 }),
  row('Controlling', 'IT', { hidden: true }),
  row('Controlling', 'Muster AG', { mean: 4.0, n: 8 }, { isMerged: true, unitCount: 3 }),
  row('Controlling', 'Personal & Recht', { mean: 2.4, n: 13 }),
  row('Buchhaltung', 'Controlling', null),
  row('Einkauf & Logistik', 'Übersetzung', { mean: 3.6, n: 12 }),
];

const names = (list: HeatmapRow[]) => list.map((item) => `${item.providerName}/${item.group.name}`);

describe('filterHeatmapRows', () => {
  it.each([
    ['no filter', '', '', 7],
    ['one provider', 'controlling', '', 3],
    ['customer text, any case', '', 'CONTROL', 2],
    ['customer text without accents', '', 'ubersetz', 1],
    ['both', 'service desk', 'einkauf', 1],
    ['nothing matches', 'service desk', 'sales', 0],
  ])('%s', (_name, providerUnitId, customerText, count) => {
    expect(filterHeatmapRows(rows, { providerUnitId, customerText })).toHaveLength(count);
  });
});

describe('sortHeatmapRows', () => {
  const sortBy = (sort: HeatmapSort) => names(sortHeatmapRows(rows, sort, 'en'));

  it('by provider, then customer, own rows before the merged group', () => {
    expect(sortBy(DEFAULT_SORT)).toEqual([
      'Buchhaltung/Controlling',
      'Controlling/IT',
      'Controlling/Personal & Recht',
      'Controlling/Muster AG (3 units together)',
      'Einkauf & Logistik/Übersetzung',
      'Service Desk/Controlling',
      'Service Desk/Einkauf & Logistik',
    ]);
  });

  it('by provider, descending', () => {
    expect(sortBy({ key: { kind: 'provider' }, direction: 'descending' })[0]).toBe('Service Desk/Einkauf & Logistik');
  });

  it('by customer, ties by provider', () => {
    expect(sortBy({ key: { kind: 'customer' }, direction: 'ascending' }).slice(0, 3)).toEqual([
      'Buchhaltung/Controlling',
      'Service Desk/Controlling',
      'Service Desk/Einkauf & Logistik',
    ]);
  });

  it.each([
    [
      'ascending',
      ['Controlling/Personal & Recht', 'Service Desk/Controlling', 'Einkauf & Logistik/Übersetzung', 'Service Desk/Einkauf & Logistik'],
    ],
    [
      'descending',
      [
        'Controlling/Muster AG (3 units together)',
        'Einkauf & Logistik/Übersetzung',
        'Service Desk/Einkauf & Logistik',
        'Service Desk/Controlling',
      ],
    ],
  ] as const)('by a dimension %s: equal means by name, hidden and empty cells last', (direction, first) => {
    const sorted = sortBy({ key: { kind: 'dimension', dimension: 'reliability' }, direction });
    expect(sorted.slice(0, 4)).toEqual(first);
    expect(sorted.slice(-2)).toEqual(['Buchhaltung/Controlling', 'Controlling/IT']);
  });

  it('does not change its input', () => {
    const before = names(rows);
    sortHeatmapRows(rows, { key: { kind: 'customer' }, direction: 'descending' }, 'de');
    expect(names(rows)).toEqual(before);
  });
});

describe('toggleSort', () => {
  it.each([
    ['the same column flips', DEFAULT_SORT, { kind: 'provider' }, 'descending'],
    ['and flips back', { key: { kind: 'provider' }, direction: 'descending' }, { kind: 'provider' }, 'ascending'],
    ['a new column starts ascending', { key: { kind: 'provider' }, direction: 'descending' }, { kind: 'customer' }, 'ascending'],
    [
      'another dimension is a new column',
      { key: { kind: 'dimension', dimension: 'reliability' }, direction: 'ascending' },
      { kind: 'dimension', dimension: 'courtesy' },
      'ascending',
    ],
    [
      'the same dimension flips',
      { key: { kind: 'dimension', dimension: 'reliability' }, direction: 'ascending' },
      { kind: 'dimension', dimension: 'reliability' },
      'descending',
    ],
  ] as const)('%s', (_name, current, key, direction) => {
    expect(toggleSort(current as HeatmapSort, key)).toEqual({ key, direction });
  });
});

describe('the lists and labels', () => {
  it('lists each provider once, by name', () => {
    expect(listProviders(rows, 'de').map((provider) => provider.name)).toEqual([
      'Buchhaltung',
      'Controlling',
      'Einkauf & Logistik',
      'Service Desk',
    ]);
  });

  it('lists customer units with rows of their own, not merged groups', () => {
    expect(listCustomers(rows, 'de').map((customer) => customer.name)).toEqual([
      'Controlling',
      'Einkauf & Logistik',
      'IT',
      'Personal & Recht',
      'Übersetzung',
    ]);
  });

  it.each([
    [{ labelUnitId: 'company', name: 'Muster AG (3 units together)', isMerged: true, unitCount: 3 }, 'Muster AG'],
    [{ labelUnitId: 'company', name: 'Muster AG', isMerged: true, unitCount: 3 }, 'Muster AG'],
    [{ labelUnitId: null, name: 'all others (4 units together)', isMerged: true, unitCount: 4 }, null],
  ])('names a merged group by its unit: %j', (group, expected) => {
    expect(mergedGroupBaseName(group)).toBe(expected);
  });

  it("finds a customer's rows by the unit the group is labelled with", () => {
    expect(names(rowsOfCustomer(rows, 'controlling'))).toEqual(['Service Desk/Controlling', 'Buchhaltung/Controlling']);
    expect(names(rowsOfCustomer(rows, 'muster'))).toEqual(['Controlling/Muster AG (3 units together)']);
  });

  it('counts hidden cells and merged rows', () => {
    expect(countHidden(rows)).toEqual({ hiddenCells: 1, mergedRows: 1 });
  });

  it.each([
    [{ mean: 3.5, n: 7 }, 3.5],
    [{ hidden: true }, null],
    [null, null],
    [undefined, null],
  ] as const)('reads the mean of %j', (cell, mean) => {
    expect(cellMean(cell as HeatmapCell | undefined)).toBe(mean);
  });
});
