import type { HeatmapCell, HeatmapRow } from './api';

/** A column to sort by: the provider, the customer group, or a dimension's mean. */
export type HeatmapSortKey = { kind: 'provider' } | { kind: 'customer' } | { kind: 'dimension'; dimension: string };

export interface HeatmapSort {
  key: HeatmapSortKey;
  direction: 'ascending' | 'descending';
}

export interface HeatmapFilter {
  /** '' for every provider. */
  providerUnitId: string;
  /** Part of the customer group's name; '' for every group. */
  customerText: string;
}

export const DEFAULT_SORT: HeatmapSort = { key: { kind: 'provider' }, direction: 'ascending' };

/** The mean of a visible cell; null for hidden cells and cells without answers. */
export function cellMean(cell: HeatmapCell | undefined): number | null {
  return cell && 'mean' in cell ? cell.mean : null;
}

/** Whether a cell is hidden for anonymity. */
export function isHiddenCell(cell: HeatmapCell | undefined): boolean {
  return cell !== null && cell !== undefined && 'hidden' in cell;
}

/** Lower case without accents, so that "einkauf" finds "Einkauf" and "rechts" finds "Rechts". */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();
}

/** The rows of one provider (or all) whose customer group's name contains the text. */
export function filterHeatmapRows(rows: readonly HeatmapRow[], filter: HeatmapFilter): HeatmapRow[] {
  const text = normaliseForSearch(filter.customerText);
  return rows.filter(
    (row) =>
      (filter.providerUnitId === '' || row.providerUnitId === filter.providerUnitId) &&
      (text === '' || normaliseForSearch(row.group.name).includes(text)),
  );
}

/**
 * Sorts rows by the chosen column. Names compare in the UI language; means compare as
 * numbers, and rows whose cell is hidden or empty come last in either direction. Ties keep
 * provider, then customer group order, so the result is stable.
 */
export function sortHeatmapRows(rows: readonly HeatmapRow[], sort: HeatmapSort, language: string): HeatmapRow[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  const byNames = (left: HeatmapRow, right: HeatmapRow) =>
    collator.compare(left.providerName, right.providerName) ||
    Number(left.group.isMerged) - Number(right.group.isMerged) ||
    collator.compare(left.group.name, right.group.name);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const { key } = sort;
  return [...rows].sort((left, right) => {
    if (key.kind === 'provider') return sign * byNames(left, right);
    if (key.kind === 'customer') {
      return (
        sign * (collator.compare(left.group.name, right.group.name) || Number(left.group.isMerged) - Number(right.group.isMerged)) ||
        byNames(left, right)
      );
    }
    const leftMean = cellMean(left.cells[key.dimension]);
    const rightMean = cellMean(right.cells[key.dimension]);
    if (leftMean === null || rightMean === null) {
      if (leftMean !== rightMean) return leftMean === null ? 1 : -1;
      return byNames(left, right);
    }
    return sign * (leftMean - rightMean) || byNames(left, right);
  });
}

/** Clicking a column: the same column flips direction; a new one starts ascending (A–Z; for means, the weakest first). */
export function toggleSort(current: HeatmapSort, key: HeatmapSortKey): HeatmapSort {
  if (isSameKey(current.key, key)) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: 'ascending' };
}

/** Whether two sort keys name the same column. */
export function isSameKey(left: HeatmapSortKey, right: HeatmapSortKey): boolean {
  if (left.kind !== right.kind) return false;
  return left.kind !== 'dimension' || right.kind !== 'dimension' || left.dimension === right.dimension;
}

/** Each provider in the rows once, by name: the options of the provider filter. */
export function listProviders(rows: readonly HeatmapRow[], language: string): { id: string; name: string }[] {
  const providers = new Map<string, string>();
  for (const row of rows) providers.set(row.providerUnitId, row.providerName);
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  return [...providers].map(([id, name]) => ({ id, name })).sort((left, right) => collator.compare(left.name, right.name));
}

/** Each customer unit with a row of its own, once, by name: the customer views an admin can open. */
export function listCustomers(rows: readonly HeatmapRow[], language: string): { id: string; name: string }[] {
  const customers = new Map<string, string>();
  for (const row of rows) if (!row.group.isMerged && row.group.labelUnitId) customers.set(row.group.labelUnitId, row.group.name);
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  return [...customers].map(([id, name]) => ({ id, name })).sort((left, right) => collator.compare(left.name, right.name));
}

/**
 * The name of the unit a merged group is labelled with. The API names merged groups
 * "<unit> (N units together)" in English; the UI says that in its own language, so the
 * suffix is taken off. Null for the group of "all others" (no label unit).
 */
export function mergedGroupBaseName(group: HeatmapRow['group']): string | null {
  if (group.labelUnitId === null) return null;
  return group.name.replace(/ \(\d+ units together\)$/, '');
}

/** Rows where the unit rates its providers: its own group rows (and a merged group labelled with it). */
export function rowsOfCustomer(rows: readonly HeatmapRow[], unitId: string): HeatmapRow[] {
  return rows.filter((row) => row.group.labelUnitId === unitId);
}

/** Counts of hidden cells and merged rows, for the notes above the table. */
export function countHidden(rows: readonly HeatmapRow[]): { hiddenCells: number; mergedRows: number } {
  let hiddenCells = 0;
  let mergedRows = 0;
  for (const row of rows) {
    if (row.group.isMerged) mergedRows += 1;
    for (const cell of Object.values(row.cells)) if (isHiddenCell(cell)) hiddenCells += 1;
  }
  return { hiddenCells, mergedRows };
}
