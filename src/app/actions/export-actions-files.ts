import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { formatCell } from '../results/export-aggregates-csv.js';
import { endOutput, writeChunk } from '../results/export-stream.js';
import { ACTION_EXPORT_COLUMNS, type ActionExportColumn, type ActionExportRow } from './export-actions.js';

const WIDTHS: Partial<Record<ActionExportColumn, number>> = {
  title: 50,
  provider: 30,
  customer_group: 30,
  owner: 26,
  source_wave: 30,
  created_at: 26,
  closed_at: 26,
  description: 60,
};

/** Writes the actions as CSV (RFC 4180, UTF-8 with a byte order mark, CRLF), as the results export does. Ends the output. */
export async function writeActionsCsv(rows: readonly ActionExportRow[], output: Writable): Promise<void> {
  const line = (values: readonly ActionExportRow[ActionExportColumn][]) => values.map(formatCell).join(',') + '\r\n';
  let text = '\uFEFF' + line(ACTION_EXPORT_COLUMNS);
  for (const row of rows) text += line(ACTION_EXPORT_COLUMNS.map((column) => row[column]));
  await writeChunk(output, text);
  await endOutput(output);
}

/** Writes the actions as an XLSX workbook with one sheet "Actions", streaming; overdue rows in bold. Ends the output. */
export async function writeActionsXlsx(rows: readonly ActionExportRow[], output: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = 'eyelevel';
  const sheet = workbook.addWorksheet('Actions', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = ACTION_EXPORT_COLUMNS.map((column) => ({ key: column, width: WIDTHS[column] ?? 14 }));
  const header = sheet.addRow([...ACTION_EXPORT_COLUMNS]);
  header.font = { bold: true };
  header.commit();
  for (const row of rows) {
    const added = sheet.addRow(ACTION_EXPORT_COLUMNS.map((column) => row[column]));
    if (row.is_overdue === true) added.font = { bold: true, color: { argb: 'FFB00020' } };
    added.commit();
  }
  sheet.commit();
  await workbook.commit();
  await endOutput(output);
}
