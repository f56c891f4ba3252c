import {
  ALL_CUSTOMERS,
  HIDDEN_STATUS,
  SHOWN_STATUS,
  type CustomerGroupRow,
  type ExportFigures,
  type ProviderTotalRow,
} from './export-aggregates.js';

/** One row of an aggregates file, as its columns name it; null is an empty cell. */
export interface FlatRow {
  level: 'all customers' | 'customer group';
  provider: string;
  provider_id: string;
  customer_group: string;
  customer_group_id: string | null;
  is_merged: boolean | null;
  units_in_group: number | null;
  measure: string;
  measure_label: string;
  status: string;
  n: number | null;
  mean: number | null;
  sd: number | null;
  ci_lower: number | null;
  ci_upper: number | null;
  top_2_box: number | null;
  nps: number | null;
}

export type ColumnName = keyof FlatRow;

/** The CSV file: both kinds of row in one table, told apart by `level`. */
export const CSV_COLUMNS: readonly ColumnName[] = [
  'level',
  'provider',
  'provider_id',
  'customer_group',
  'customer_group_id',
  'is_merged',
  'units_in_group',
  'measure',
  'measure_label',
  'status',
  'n',
  'mean',
  'sd',
  'ci_lower',
  'ci_upper',
  'top_2_box',
  'nps',
];

/** The workbook's sheet "Cells": provider × customer group × dimension. */
export const CELL_COLUMNS: readonly ColumnName[] = CSV_COLUMNS.filter((column) => column !== 'level' && column !== 'nps');

/** The workbook's sheet "Providers": each provider over all its customers. */
export const PROVIDER_COLUMNS: readonly ColumnName[] = CSV_COLUMNS.filter(
  (column) => !['level', 'customer_group', 'customer_group_id', 'is_merged', 'units_in_group'].includes(column),
);

/** Columns that hold a fraction of a scale point, and one that holds a share. */
export const DECIMAL_COLUMNS: ReadonlySet<ColumnName> = new Set(['mean', 'sd', 'ci_lower', 'ci_upper', 'nps']);
export const SHARE_COLUMNS: ReadonlySet<ColumnName> = new Set(['top_2_box']);

/** A provider's total as a file row. */
export function flattenTotalRow(row: ProviderTotalRow): FlatRow {
  return {
    level: 'all customers',
    provider: row.provider,
    provider_id: row.providerId,
    customer_group: ALL_CUSTOMERS,
    customer_group_id: null,
    is_merged: null,
    units_in_group: null,
    measure: row.measure,
    measure_label: row.measureLabel,
    ...figureColumns(row.figures),
    nps: row.nps,
  };
}

/** A customer group's cell as a file row. */
export function flattenGroupRow(row: CustomerGroupRow): FlatRow {
  return {
    level: 'customer group',
    provider: row.provider,
    provider_id: row.providerId,
    customer_group: row.customerGroup,
    customer_group_id: row.customerGroupId,
    is_merged: row.isMerged,
    units_in_group: row.unitsInGroup,
    measure: row.dimension,
    measure_label: row.dimensionLabel,
    ...figureColumns(row.figures),
    nps: null,
  };
}

function figureColumns(
  figures: ExportFigures | null,
): Pick<FlatRow, 'status' | 'n' | 'mean' | 'sd' | 'ci_lower' | 'ci_upper' | 'top_2_box'> {
  return {
    status: figures ? SHOWN_STATUS : HIDDEN_STATUS,
    n: figures?.n ?? null,
    mean: figures?.mean ?? null,
    sd: figures?.standardDeviation ?? null,
    ci_lower: figures?.confidenceLower ?? null,
    ci_upper: figures?.confidenceUpper ?? null,
    top_2_box: figures?.topTwoBox ?? null,
  };
}
