import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_EXPORT_COLUMNS } from '../../src/app/actions/export-actions.js';
import type { Unit } from '../../src/domain/org/unit.js';
import { buildAccount, buildUnit } from '../support/factories.js';
import { createTestServer, expectProblem, type ApiClient, type TestServer } from '../support/server.js';

type Row = Record<string, unknown>;

function readCsv(bytes: Buffer): { header: string[]; rows: Row[] } {
  const text = bytes.toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const [header = [], ...lines] = parse(text.slice(1)) as string[][];
  return { header, rows: lines.map((line) => Object.fromEntries(header.map((column, index) => [column, line[index]]))) };
}

async function readXlsx(bytes: Buffer): Promise<{ header: string[]; rows: Row[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Actions');
  if (!sheet) throw new Error('no sheet Actions');
  const values: unknown[][] = [];
  sheet.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
  const [header = [], ...lines] = values;
  return {
    header: header.map(String),
    rows: lines.map((line) => Object.fromEntries(header.map((column, index) => [String(column), line[index] ?? null]))),
  };
}

// Facilities has an overdue action for Sales and a done one, both owned by its lead; Legal has one of its own.
describe('actions export', () => {
  let server: TestServer;
  let admin: ApiClient;
  let lead: ApiClient;
  let facilities: Unit;
  let sales: Unit;
  let legal: Unit;
  let overdueId: string;

  beforeAll(async () => {
    server = await createTestServer();
    admin = await server.signInAsAdmin();
    facilities = await buildUnit(server.context, { name: 'Facilities' });
    sales = await buildUnit(server.context, { name: 'Sales' });
    legal = await buildUnit(server.context, { name: 'Legal' });
    const account = await buildAccount(server.context, { role: 'lead', unitId: facilities.id, name: 'Fiona Facilities' });
    lead = await server.signIn(account.email, account.password);
    const create = async (body: Record<string, unknown>) =>
      (
        await admin.post('/api/actions', {
          ownerAccountId: account.id,
          dueDate: new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10),
          dimension: 'responsiveness',
          ...body,
        })
      ).body.id as string;
    overdueId = await create({ title: '=Fix the "lift", quickly', providerUnitId: facilities.id, customerGroupId: sales.id });
    await server.runtime.handle.db.updateTable('actions').set({ due_date: '2020-01-31' }).where('id', '=', overdueId).execute();
    const done = await create({ title: 'Clean the canteen', providerUnitId: facilities.id, customerGroupId: null });
    await admin.post(`/api/actions/${done}/status`, { status: 'done' });
    const legalLead = await buildAccount(server.context, { role: 'lead', unitId: legal.id });
    await create({
      title: 'Answer contract questions',
      providerUnitId: legal.id,
      customerGroupId: null,
      dimension: null,
      ownerAccountId: legalLead.id,
    });
  });
  afterAll(() => server.cleanup());

  it('gives every action to an admin as CSV, with the overdue flag and text kept safe', async () => {
    const response = await admin.get('/api/actions/export.csv');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="actions.csv"');
    const file = readCsv(response.raw.rawPayload);
    expect(file.header).toEqual([...ACTION_EXPORT_COLUMNS]);
    expect(file.rows).toHaveLength(3);
    const overdue = file.rows.find((row) => row.id === overdueId);
    expect(overdue).toMatchObject({
      title: `'=Fix the "lift", quickly`,
      status: 'open',
      is_overdue: 'true',
      due_date: '2020-01-31',
      provider: 'Facilities',
      customer_group: 'Sales',
      owner: 'Fiona Facilities',
    });
    expect(file.rows.filter((row) => row.is_overdue === 'true')).toHaveLength(1);
    expect(file.rows.find((row) => row.title === 'Clean the canteen')).toMatchObject({ status: 'done', customer_group: 'all customers' });
  });

  it('gives a lead the actions of their own unit only, as XLSX', async () => {
    const response = await lead.get('/api/actions/export.xlsx');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const file = await readXlsx(response.raw.rawPayload);
    expect(file.header).toEqual([...ACTION_EXPORT_COLUMNS]);
    expect(file.rows.map((row) => row.provider).sort()).toEqual(['Facilities', 'Facilities']);
    expect(file.rows.find((row) => row.id === overdueId)).toMatchObject({ is_overdue: true, status: 'open' });
    expect((await readXlsx((await admin.get(`/api/actions/export.xlsx?unitId=${legal.id}`)).raw.rawPayload)).rows).toHaveLength(1);
    expectProblem(await lead.get(`/api/actions/export.csv?unitId=${legal.id}`), 403);
    expectProblem(await lead.get('/api/actions/export.csv?colour=red'), 422);
    expectProblem(await server.client().get('/api/actions/export.csv'), 401);
  });
});
