import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { AggregateExport } from './export-aggregates.js';
import {
  CELL_COLUMNS,
  DECIMAL_COLUMNS,
  flattenGroupRow,
  flattenTotalRow,
  PROVIDER_COLUMNS,
  SHARE_COLUMNS,
  type ColumnName,
  type FlatRow,
} from './export-columns.js';
import { endOutput } from './export-stream.js';

// Every so many rows the writer waits while the zip has more than so many bytes to take.
const ROWS_PER_CHECK = 200;
const MAX_ZIP_BACKLOG = 1024 * 1024;

const WIDTHS: Partial<Record<ColumnName, number>> = {
  provider: 40,
  provider_id: 38,
  customer_group: 40,
  customer_group_id: 38,
  measure: 26,
  measure_label: 30,
  status: 20,
};

/**
 * Writes a wave's released aggregates as an XLSX workbook, streaming: sheet "Cells"
 * (provider × customer group × dimension) and sheet "Providers" (each provider over all its
 * customers, with importance, overall satisfaction and NPS). Rows are committed as they are
 * made and strings written inline, so memory stays bounded whatever the wave's size; the
 * sheets are written one after the other because the zip holds one open entry at a time.
 * Numbers keep full precision; the sheet shows them rounded. Ends the output.
 */
export async function writeAggregatesXlsx(data: AggregateExport, output: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = 'eyelevel';
  await writeSheet({ workbook, name: 'Cells', columns: CELL_COLUMNS, rows: groupRows(data) });
  await writeSheet({ workbook, name: 'Providers', columns: PROVIDER_COLUMNS, rows: totalRows(data) });
  await workbook.commit();
  await endOutput(output);
}

async function* groupRows(data: AggregateExport): AsyncGenerator<FlatRow> {
  for (const provider of data.providers) yield* (await data.groupRows(provider.id)).map(flattenGroupRow);
}

async function* totalRows(data: AggregateExport): AsyncGenerator<FlatRow> {
  for (const provider of data.providers) yield* (await data.totalRows(provider.id)).map(flattenTotalRow);
}

async function writeSheet(options: {
  workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  name: string;
  columns: readonly ColumnName[];
  rows: AsyncIterable<FlatRow>;
}): Promise<void> {
  const { columns } = options;
  const sheet = options.workbook.addWorksheet(options.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({
    key: column,
    width: WIDTHS[column] ?? 12,
    style: DECIMAL_COLUMNS.has(column) ? { numFmt: '0.00' } : SHARE_COLUMNS.has(column) ? { numFmt: '0%' } : {},
  }));
  const header = sheet.addRow([...columns]);
  header.font = { bold: true };
  header.commit();
  let count = 0;
  for await (const row of options.rows) {
    sheet.addRow(columns.map((column) => row[column])).commit();
    count += 1;
    if (count % ROWS_PER_CHECK === 0) await waitForZip(sheet);
  }
  sheet.commit();
}

/**
 * Waits while the zip has not yet taken more than MAX_ZIP_BACKLOG bytes of the sheet. The
 * streaming writer of exceljs (4.4) hands each committed row on without waiting for the zip,
 * so without this a sheet faster made than compressed (or a slow reader of the output, which
 * holds the zip back) would pile up in memory: the backlog is read from its stream's buffers
 * and from the writable side of the stream the zip reads.
 */
async function waitForZip(sheet: ExcelJS.Worksheet): Promise<void> {
  const { stream } = sheet as unknown as {
    stream: { buffers?: { length: number }[]; pipes?: { _writableState?: { length: number } }[] };
  };
  const backlog = () =>
    (stream.buffers ?? []).reduce((sum, buffer) => sum + buffer.length, 0) +
    (stream.pipes ?? []).reduce((sum, pipe) => sum + (pipe._writableState?.length ?? 0), 0);
  while (backlog() > MAX_ZIP_BACKLOG) await new Promise((resolve) => setTimeout(resolve, 2));
}
