import type { Writable } from 'node:stream';
import type { AggregateExport } from './export-aggregates.js';
import { CSV_COLUMNS, flattenGroupRow, flattenTotalRow, type FlatRow } from './export-columns.js';
import { endOutput, writeChunk } from './export-stream.js';

const BYTE_ORDER_MARK = '\uFEFF';
const LINE_END = '\r\n';
// Rows are written in batches of about this many characters: fewer, larger writes.
const BATCH_CHARACTERS = 64 * 1024;

/**
 * Writes a wave's released aggregates as CSV (RFC 4180): UTF-8 with a byte order mark so that
 * Excel reads umlauts right, comma-separated, CRLF line ends, one header line. The separator
 * is a comma, as RFC 4180 says, and not the semicolon German Excel expects when a file is
 * double-clicked: numbers carry a decimal point, which a semicolon file would need as a
 * comma; people who want a spreadsheet take the XLSX. Per provider its totals come first
 * (`level` "all customers"), then its customer groups. Ends the output.
 */
export async function writeAggregatesCsv(data: AggregateExport, output: Writable): Promise<void> {
  let batch = BYTE_ORDER_MARK + formatLine(CSV_COLUMNS);
  for (const provider of data.providers) {
    const rows = [...(await data.totalRows(provider.id)).map(flattenTotalRow), ...(await data.groupRows(provider.id)).map(flattenGroupRow)];
    for (const row of rows) {
      batch += formatLine(CSV_COLUMNS.map((column) => row[column]));
      if (batch.length >= BATCH_CHARACTERS) {
        await writeChunk(output, batch);
        batch = '';
      }
    }
  }
  await writeChunk(output, batch);
  await endOutput(output);
}

function formatLine(values: readonly FlatRow[keyof FlatRow][]): string {
  return values.map(formatCell).join(',') + LINE_END;
}

/** A number as JavaScript prints it (full precision, decimal point); text quoted where needed and never run as a formula. */
export function formatCell(value: FlatRow[keyof FlatRow]): string {
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
