import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { Unit } from '../../src/domain/org/unit.js';
import type { SurveyWave } from '../respond/fixture.js';
import { createClosedWave, insertResponses, type HandMadeResponse } from '../support/closed-wave.js';
import { buildUnit } from '../support/factories.js';
import type { Body, TestServer } from '../support/server.js';

// A closed wave with hand-made responses (k = 5, k_c = 10), as in results-api.test.ts:
//   Gebäudeservice is rated by Sales (6: reliability 4,4,4,5,5,2 → mean 4), Ops/North (2) and
//   Ops/South (3), so Sales has a row of its own, North and South are hidden and Ops shows
//   them together; reliability over all 11 is 36 / 11. Reachability is answered 3 by all.
//   Its members predicted their rating (self-assessment 4, five of them), and all 11 left a
//   comment, so comments are shown (one group of 11 ≥ k_c).
//   Controlling is rated by Sales only, 3 times: fewer than k, so nothing of it is shown.

export interface ExportWave {
  wave: SurveyWave;
  provider: Unit;
  hiddenProvider: Unit;
  sales: Unit;
  ops: Unit;
  north: Unit;
  south: Unit;
}

export const COMMENT_TEXT = 'Schnelle Hilfe für Müller & Söhne, danke!';

/** Builds the wave above in the server's database. */
export async function createExportWave(server: TestServer): Promise<ExportWave> {
  const db = server.runtime.handle.db;
  const wave = await createClosedWave(server, { providerNames: ['Gebäudeservice', 'Controlling'] });
  const [provider, hiddenProvider] = wave.providers as [Unit, Unit];
  const sales = await buildUnit(server.context, { name: `Sales ${randomUUID().slice(0, 6)}` });
  const ops = await buildUnit(server.context, { name: `Ops ${randomUUID().slice(0, 6)}` });
  const north = await buildUnit(server.context, { name: 'North', parentId: ops.id });
  const south = await buildUnit(server.context, { name: 'South', parentId: ops.id });

  const rows: HandMadeResponse[] = [];
  const rate = (customerUnitId: string, values: number[], providerUnitId = provider.id) => {
    for (const value of values) {
      rows.push({
        providerUnitId,
        customerUnitId,
        kind: 'perception',
        answers: {
          'rel-1': value,
          'rea-1': 3,
          'importance:reliability': 5,
          'importance:reachability': 3,
          overall: value,
          nps: value * 2,
        },
      });
    }
  };
  rate(sales.id, [4, 4, 4, 5, 5, 2]);
  rate(north.id, [3, 3]);
  rate(south.id, [2, 2, 2]);
  rate(sales.id, [5, 5, 5], hiddenProvider.id);
  for (let index = 0; index < 5; index += 1) {
    rows.push({ providerUnitId: provider.id, customerUnitId: provider.id, kind: 'self', answers: { 'self:reliability': 4 } });
  }
  await insertResponses(server, wave, rows);
  const commenters = [...Array<string>(6).fill(sales.id), north.id, north.id, south.id, south.id, south.id];
  await db
    .insertInto('comments')
    .values(
      commenters.map((customerUnitId) => ({
        id: randomUUID(),
        wave_id: wave.waveId,
        provider_unit_id: provider.id,
        customer_unit_id: customerUnitId,
        topic: 'keep',
        text: COMMENT_TEXT,
      })),
    )
    .execute();
  return { wave, provider, hiddenProvider, sales, ops, north, south };
}

/** A figure as a file holds it: empty for none, else the number. */
export function numberOrNull(value: unknown): number | null {
  if (value === '' || value === null || value === undefined) return null;
  return Number(value);
}

export type FileRow = Record<string, unknown>;

/** The CSV download read back: rows keyed by the header, both levels. */
export function readCsv(buffer: Buffer): { header: string[]; cells: FileRow[]; totals: FileRow[] } {
  const records = parse(buffer, { bom: true }) as string[][];
  const [header = [], ...lines] = records;
  const rows = lines.map((line) => Object.fromEntries(header.map((column, index) => [column, line[index]])));
  return {
    header,
    cells: rows.filter((row) => row.level === 'customer group'),
    totals: rows.filter((row) => row.level === 'all customers'),
  };
}

/** The XLSX download read back with exceljs: sheet "Cells" and sheet "Providers". */
export async function readXlsx(buffer: Buffer): Promise<{ headers: Record<string, string[]>; cells: FileRow[]; totals: FileRow[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const headers: Record<string, string[]> = {};
  const sheetRows = (name: string): FileRow[] => {
    const sheet = workbook.getWorksheet(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    const values: unknown[][] = [];
    sheet.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
    const [header = [], ...lines] = values;
    headers[name] = header.map(String);
    return lines.map((line) => Object.fromEntries(header.map((column, index) => [String(column), line[index] ?? null])));
  };
  return { cells: sheetRows('Cells'), totals: sheetRows('Providers'), headers };
}

/**
 * Checks a file's rows of one provider against the API: every total against the provider
 * report, every cell against the heatmap, and no row the heatmap does not have.
 */
export function expectSameAsApi(file: { cells: FileRow[]; totals: FileRow[] }, api: { report: Body; heatmap: Body }): void {
  const providerId = api.report.provider.id as string;
  const totals = file.totals.filter((row) => row.provider_id === providerId);
  const total = (measure: string) => totals.find((row) => row.measure === measure) as FileRow;
  const expectFigures = (row: FileRow, summary: Body) => {
    if (summary === null) {
      expect(row).toMatchObject({ status: 'hidden (anonymity)' });
      expect(numberOrNull(row.n)).toBeNull();
      return;
    }
    expect(row.status).toBe('shown');
    expect(numberOrNull(row.n)).toBe(summary.n);
    expect(numberOrNull(row.mean)).toBe(summary.mean);
    expect(numberOrNull(row.sd)).toBe(summary.standardDeviation);
    expect(numberOrNull(row.ci_lower)).toBe(summary.confidenceInterval?.lower ?? null);
    expect(numberOrNull(row.ci_upper)).toBe(summary.confidenceInterval?.upper ?? null);
    expect(numberOrNull(row.top_2_box)).toBe(summary.topTwoBox);
  };
  for (const dimension of api.report.dimensions) {
    expectFigures(total(dimension.dimension), dimension.performance);
    expectFigures(total(`importance:${dimension.dimension}`), dimension.importance);
  }
  expectFigures(total('overall'), api.report.overall);
  expect(numberOrNull(total('nps').nps)).toBe(api.report.nps?.score ?? null);

  const cells = file.cells.filter((row) => row.provider_id === providerId);
  let expected = 0;
  for (const row of api.heatmap.rows.filter((candidate: Body) => candidate.providerUnitId === providerId)) {
    for (const [dimension, cell] of Object.entries(row.cells as Record<string, Body>)) {
      if (cell === null) continue;
      expected += 1;
      const match = cells.filter(
        (candidate) =>
          candidate.customer_group_id === row.group.labelUnitId &&
          String(candidate.is_merged) === String(row.group.isMerged) &&
          candidate.measure === dimension,
      );
      expect(match, `${row.group.name} ${dimension}`).toHaveLength(1);
      const [fileRow] = match as [FileRow];
      expect(numberOrNull(fileRow.units_in_group)).toBe(row.group.unitCount);
      if ('hidden' in cell) {
        expect(fileRow).toMatchObject({ status: 'hidden (anonymity)' });
        expect([fileRow.n, fileRow.mean, fileRow.sd].map(numberOrNull)).toEqual([null, null, null]);
      } else {
        expect(fileRow.status).toBe('shown');
        expect(numberOrNull(fileRow.n)).toBe(cell.n);
        expect(numberOrNull(fileRow.mean)).toBe(cell.mean);
      }
    }
  }
  expect(cells).toHaveLength(expected);
}

/** The text of a PDF, read with pdf.js (the engine of Firefox's viewer): one string per text run, page after page. */
export async function extractPdfText(buffer: Buffer): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const standardFontDataUrl = `${dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))}/standard_fonts/`;
  const pdf = await getDocument({ data: new Uint8Array(buffer), standardFontDataUrl, verbosity: 0 }).promise;
  const runs: string[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const content = await (await pdf.getPage(number)).getTextContent();
    for (const item of content.items) if ('str' in item && item.str.trim() !== '') runs.push(item.str);
  }
  await pdf.destroy();
  return runs;
}
