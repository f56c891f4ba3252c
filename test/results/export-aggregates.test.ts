import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCell } from '../../src/app/results/export-aggregates-csv.js';
import { CELL_COLUMNS, CSV_COLUMNS, PROVIDER_COLUMNS } from '../../src/app/results/export-columns.js';
import { createSurveyWave } from '../respond/fixture.js';
import { buildAccount } from '../support/factories.js';
import { createTestServer, expectProblem, type ApiClient, type Body, type TestServer } from '../support/server.js';
import { createExportWave, expectSameAsApi, readCsv, readXlsx, type ExportWave, type FileRow } from './export-fixture.js';

describe('results exports: CSV and XLSX of released aggregates', () => {
  let server: TestServer;
  let admin: ApiClient;
  let fixture: ExportWave;
  let api: { report: Body; heatmap: Body };

  beforeAll(async () => {
    server = await createTestServer();
    admin = await server.signInAsAdmin();
    fixture = await createExportWave(server);
    const base = `/api/results/waves/${fixture.wave.waveId}`;
    api = {
      report: (await admin.get(`${base}/providers/${fixture.provider.id}`)).body,
      heatmap: (await admin.get(`${base}/heatmap`)).body,
    };
  });
  afterAll(() => server.cleanup());

  it('downloads the CSV with a byte order mark, a header, and the figures of the API', async () => {
    const response = await admin.get(`/api/results/waves/${fixture.wave.waveId}/export.csv`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="Wave-\d+-results\.csv"$/);
    const bytes = response.raw.rawPayload;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('\r\n');
    const file = readCsv(bytes);
    expect(file.header).toEqual(CSV_COLUMNS);
    expectSameAsApi(file, api);
    // Controlling has fewer than k: not even its name is in the file.
    expect(file.totals.concat(file.cells).some((row) => row.provider_id === fixture.hiddenProvider.id)).toBe(false);
  });

  it('shows Sales on its own, North and South as hidden rows without figures, and Ops as one group of 5', async () => {
    const file = readCsv((await admin.get(`/api/results/waves/${fixture.wave.waveId}/export.csv`)).raw.rawPayload);
    const reliability = file.cells.filter((row) => row.measure === 'reliability' && row.provider_id === fixture.provider.id);
    const byGroup = (id: string, isMerged: boolean) =>
      reliability.find((row) => row.customer_group_id === id && row.is_merged === String(isMerged)) as FileRow;
    expect(byGroup(fixture.sales.id, false)).toMatchObject({ status: 'shown', n: '6', mean: '4', units_in_group: '1' });
    for (const unit of [fixture.north, fixture.south]) {
      expect(byGroup(unit.id, false)).toMatchObject({
        customer_group: `${fixture.ops.name}/${unit.name}`,
        status: 'hidden (anonymity)',
        n: '',
        mean: '',
        sd: '',
        ci_lower: '',
        ci_upper: '',
        top_2_box: '',
      });
    }
    expect(byGroup(fixture.ops.id, true)).toMatchObject({ customer_group: fixture.ops.name, units_in_group: '2', n: '5' });
    expect(Number(byGroup(fixture.ops.id, true).mean)).toBeCloseTo(12 / 5, 12);
    const total = file.totals.find((row) => row.provider_id === fixture.provider.id && row.measure === 'reliability') as FileRow;
    expect(Number(total.mean)).toBeCloseTo(36 / 11, 12);
    expect(total.customer_group).toBe('all customers');
  });

  it('downloads the XLSX with sheets Cells and Providers holding the figures of the API', async () => {
    const response = await admin.get(`/api/results/waves/${fixture.wave.waveId}/export.xlsx`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename=".+\.xlsx"$/);
    const file = await readXlsx(response.raw.rawPayload);
    expect(file.headers).toEqual({ Cells: CELL_COLUMNS, Providers: PROVIDER_COLUMNS });
    expectSameAsApi(file, api);
    expect(file.cells.every((row) => typeof row.is_merged === 'boolean')).toBe(true);
  });

  it('gives a provider asked for by id, even one below k, with every row marked hidden', async () => {
    const base = `/api/results/waves/${fixture.wave.waveId}/export.csv`;
    const file = readCsv((await admin.get(`${base}?provider=${fixture.hiddenProvider.id}`)).raw.rawPayload);
    expect(file.cells).toEqual([]);
    expect(file.totals.length).toBeGreaterThan(0);
    expect(file.totals.every((row) => row.provider_id === fixture.hiddenProvider.id && row.status === 'hidden (anonymity)')).toBe(true);
    expect(file.totals.every((row) => row.n === '' && row.mean === '')).toBe(true);
  });

  it('writes German labels with umlauts on request, and the same figures', async () => {
    const response = await admin.get(`/api/results/waves/${fixture.wave.waveId}/export.xlsx?locale=de&provider=${fixture.provider.id}`);
    const file = await readXlsx(response.raw.rawPayload);
    expect(file.totals.find((row) => row.measure === 'reliability')?.measure_label).toBe('Zuverlässigkeit');
    expect(file.totals.find((row) => row.measure === 'reliability')?.provider).toBe(fixture.provider.name);
    expectSameAsApi(file, api);
  });

  it('follows the rules of the API: a lead downloads their own unit only', async () => {
    const own = await buildAccount(server.context, { role: 'lead', unitId: fixture.provider.id });
    const other = await buildAccount(server.context, { role: 'lead', unitId: fixture.sales.id });
    const ownClient = await server.signIn(own.email, own.password);
    const otherClient = await server.signIn(other.email, other.password);
    const base = `/api/results/waves/${fixture.wave.waveId}`;
    const ownFile = readCsv((await ownClient.get(`${base}/export.csv`)).raw.rawPayload);
    expect(new Set(ownFile.totals.map((row) => row.provider_id))).toEqual(new Set([fixture.provider.id]));
    expectProblem(await otherClient.get(`${base}/export.csv?provider=${fixture.provider.id}`), 403);
    expectProblem(await otherClient.get(`${base}/export.xlsx?provider=${fixture.provider.id}`), 403);
    expect(readCsv((await otherClient.get(`${base}/export.csv`)).raw.rawPayload).totals).toEqual([]);
    expectProblem(await server.client().get(`${base}/export.csv`), 401);
  });

  it('answers an open wave, an unknown wave or unit and a bad query with a problem, and `latest` with the newest closed wave', async () => {
    const open = await createSurveyWave(server.context, server.runtime.handle.db, { status: 'open' });
    expectProblem(await admin.get(`/api/results/waves/${open.waveId}/export.csv`), 409);
    expectProblem(await admin.get(`/api/results/waves/${randomUUID()}/export.xlsx`), 404);
    expectProblem(await admin.get(`/api/results/waves/${fixture.wave.waveId}/export.csv?locale=fr`), 422, 'locale');
    expectProblem(await admin.get(`/api/results/waves/${fixture.wave.waveId}/export.csv?provider=${randomUUID()}`), 404);
    const latest = readCsv((await admin.get('/api/results/waves/latest/export.csv')).raw.rawPayload);
    expectSameAsApi(latest, api);
  });

  it('quotes text per RFC 4180 and never lets a cell run as a formula', () => {
    expect(formatCell('Sales, North')).toBe('"Sales, North"');
    expect(formatCell('say "hi"')).toBe('"say ""hi"""');
    expect(formatCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(formatCell(-36.5)).toBe('-36.5');
    expect(formatCell(null)).toBe('');
    expect(formatCell(true)).toBe('true');
  });
});
