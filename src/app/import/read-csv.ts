import { CsvError, parse } from 'csv-parse/sync';
import type { ImportProblem, ImportRow } from '../../domain/import/import-plan.js';
import { DomainError } from '../../domain/errors.js';
import { describeImportFailure } from './import-failure.js';

export interface CsvColumns {
  required: readonly string[];
  optional: readonly string[];
}

export interface CsvContent {
  rows: ImportRow[];
  /** Rows that cannot be read as the header says (e.g. too many values); they are not in `rows`. */
  problems: ImportProblem[];
}

const fileProblem = (problem: string, line = 1): DomainError => {
  const problems = [{ line, column: 'file', problem }];
  return new DomainError('validation', describeImportFailure(problems), problems);
};

/** Decodes the bytes of an import file as UTF-8, naming the line of the first byte that is not. */
export function decodeUtf8(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8').decode(bytes);
  assertDecoded(text);
  return text;
}

/**
 * A replacement character means the file was not UTF-8 when it was decoded, here or in a
 * browser: German Excel saves "CSV (Trennzeichen-getrennt)" as Windows-1252, and the
 * umlauts would be lost for good.
 */
function assertDecoded(text: string): void {
  const position = text.indexOf('\uFFFD');
  if (position === -1) return;
  throw fileProblem('is not UTF-8; in Excel save it as "CSV UTF-8"', countOf(text.slice(0, position), '\n') + 1);
}

/**
 * Reads an import file: UTF-8 with or without BOM, separated by ";" (German Excel) or ",",
 * detected from the header. Header names ignore case and surrounding space, may come in
 * any order, and unknown columns are ignored. Throws when the file cannot be read at all.
 */
export function readCsv(csv: string, columns: CsvColumns): CsvContent {
  // One kind of line end, also inside quoted values, keeps counting lines simple.
  const text = csv.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim().length === 0) throw fileProblem('is empty');
  assertDecoded(text);
  const headerLine = /^[^\S\n]*\S.*$/m.exec(text)?.[0] ?? '';
  const delimiter = countOf(headerLine, ';') > countOf(headerLine, ',') ? ';' : ',';
  // Blank lines, and rows of separators only (Excel writes ";;;"), are no rows at all.
  const [header, ...data] = parseRecords(text, delimiter).filter(({ record }) => record.some((value) => value.trim() !== ''));
  if (!header) throw fileProblem('is empty');
  const columnIndex = readHeader({ names: header.record, line: header.line, headerLine, columns });
  const known = [...columns.required, ...columns.optional].filter((name) => columnIndex.has(name));
  const rows: ImportRow[] = [];
  const problems: ImportProblem[] = [];
  for (const { record, line } of data) {
    if (record.slice(header.record.length).some((value) => value.trim() !== '')) {
      problems.push({
        line,
        column: 'row',
        problem: `has ${record.length} values but the header has ${header.record.length} columns; put values containing "${delimiter}" in double quotes`,
      });
      continue;
    }
    const values: Record<string, string> = {};
    for (const name of known) values[name] = (record[columnIndex.get(name) as number] ?? '').trim();
    rows.push({ line, values });
  }
  if (rows.length === 0 && problems.length === 0) throw fileProblem('no data rows');
  return { rows, problems };
}

interface ParsedRecord {
  record: string[];
  /** The physical line the record starts on. */
  line: number;
}

const PARSE_OPTIONS = { relax_column_count: true, relax_quotes: true, trim: true } as const;

/**
 * Parses every physical line, blank ones included (they become [""]), so that a record's
 * line is one past the lines of the records before it. That is much cheaper than asking
 * csv-parse for positions with `info` or `on_record`, which matters at 100,000 rows.
 */
function parseRecords(text: string, delimiter: string): ParsedRecord[] {
  let records: string[][];
  try {
    records = parse(text, { ...PARSE_OPTIONS, delimiter });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    if (error.code !== 'CSV_QUOTE_NOT_CLOSED') throw fileProblem(error.message.replace(/^[A-Za-z ]+: /, ''), Number(error.lines) || 1);
    // The quote opened in the first record csv-parse could not finish; find where that starts.
    const good = numberLines(parse(text, { ...PARSE_OPTIONS, delimiter, to: Number(error.records) }));
    const last = good.at(-1);
    const lines = text.split('\n');
    let line = last ? last.line + 1 + countLineBreaks(last.record) : 1;
    while (line < lines.length && (lines[line - 1] ?? '').trim() === '') line += 1;
    throw fileProblem('a value opens a double quote that is never closed', line);
  }
  return numberLines(records);
}

function numberLines(records: string[][]): ParsedRecord[] {
  let line = 1;
  return records.map((record) => {
    const numbered = { record, line };
    line += 1 + countLineBreaks(record);
    return numbered;
  });
}

function countLineBreaks(record: readonly string[]): number {
  let count = 0;
  for (const value of record) count += countOf(value, '\n');
  return count;
}

/**
 * Column positions by column name; "E-Mail", "Parent Code" and "parent_code" all match,
 * since HR exports spell headers freely. Throws for a header we cannot use.
 */
function readHeader(options: { names: string[]; line: number; headerLine: string; columns: CsvColumns }): Map<string, number> {
  const keyOf = (name: string) =>
    name
      .trim()
      .toLowerCase()
      .replace(/[\s_-]+/g, '');
  const nameByKey = new Map([...options.columns.required, ...options.columns.optional].map((name) => [keyOf(name), name]));
  const index = new Map<string, number>();
  const problems: ImportProblem[] = [];
  options.names.forEach((raw, position) => {
    const name = nameByKey.get(keyOf(raw));
    if (name === undefined) return; // Other columns of the export are none of our business.
    if (index.has(name)) problems.push({ line: options.line, column: 'header', problem: `column "${name}" appears twice` });
    else index.set(name, position);
  });
  const missing = options.columns.required.filter((name) => !index.has(name));
  if (missing.length > 0 && /[\t|]/.test(options.headerLine)) {
    problems.splice(0, problems.length, { line: options.line, column: 'header', problem: 'expected columns separated by ";" or ","' });
  } else {
    problems.push(...missing.map((name) => ({ line: options.line, column: 'header', problem: `missing column "${name}"` })));
  }
  if (problems.length > 0) throw new DomainError('validation', describeImportFailure(problems), problems);
  return index;
}

function countOf(text: string, character: string): number {
  let count = 0;
  for (let position = text.indexOf(character); position !== -1; position = text.indexOf(character, position + 1)) count += 1;
  return count;
}
