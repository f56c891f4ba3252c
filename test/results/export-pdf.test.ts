import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/app/results/export-pdf-texts.js';
import { createSurveyWave } from '../respond/fixture.js';
import { buildAccount } from '../support/factories.js';
import { createTestServer, expectProblem, type ApiClient, type Body, type TestServer } from '../support/server.js';
import { COMMENT_TEXT, createExportWave, extractPdfText, type ExportWave } from './export-fixture.js';

describe('results exports: the PDF report of a provider', () => {
  let server: TestServer;
  let admin: ApiClient;
  let fixture: ExportWave;
  let report: Body;
  let url: string;

  beforeAll(async () => {
    server = await createTestServer();
    admin = await server.signInAsAdmin();
    fixture = await createExportWave(server);
    url = `/api/results/waves/${fixture.wave.waveId}/providers/${fixture.provider.id}`;
    report = (await admin.get(url)).body;
  });
  afterAll(() => server.cleanup());

  it('downloads a PDF whose text holds provider, wave, k, every dimension and the figures of the API as printed', async () => {
    const response = await admin.get(`${url}/report.pdf`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="Wave-\d+-Gebaudeservice-\d+\.pdf"$/);
    expect(response.raw.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const runs = await extractPdfText(response.raw.rawPayload);
    const text = runs.join('\n');

    expect(runs).toContain(fixture.provider.name);
    expect(runs).toContain(`Wave: ${report.wave.name}`);
    expect(text).toContain('at least 5 respondents');
    const labels = [
      'Reliability',
      'Reachability',
      'Responsiveness',
      'Courtesy',
      'Helpfulness',
      'Communication',
      'Transparency',
      'Competence',
    ];
    for (const label of labels) expect(runs.filter((run) => run === label).length, label).toBeGreaterThanOrEqual(2); // table and chart
    for (const dimension of report.dimensions) {
      const printed = (value: number) => formatNumber(value, 2, 'en');
      if (dimension.performance === null) continue;
      const { mean, n, confidenceInterval } = dimension.performance;
      // The table row, in column order, and the value beside the bar.
      const row = runs.indexOf(labels[report.dimensions.indexOf(dimension)] as string);
      expect(runs.slice(row + 1, row + 4)).toEqual([
        printed(mean),
        `${printed(confidenceInterval.lower)} – ${printed(confidenceInterval.upper)}`,
        String(n),
      ]);
      expect(runs.filter((run) => run === printed(mean)).length).toBeGreaterThanOrEqual(2);
    }
    expect(runs).toContain('3.27'); // 36 / 11, as a check on the check
    expect(runs.filter((run) => run === 'hidden (fewer than 5)').length).toBe(2 * 6);
    expect(runs).toContain(`${formatNumber(report.overall.mean, 2, 'en')} (n = 11)`);
    expect(runs).toContain(`${formatNumber(report.nps.score, 1, 'en')} (n = 11)`);
    expect(runs).toContain('-36.4 (n = 11)');
    expect(runs).toContain(formatNumber(report.satisfactionIndex, 1, 'en'));
    expect(runs).toEqual(expect.arrayContaining(['Importance–performance grid', 'Concentrate here', 'Keep up the good work']));
  });

  it('prints comments by topic with their umlauts, and the mirror', async () => {
    const runs = await extractPdfText((await admin.get(`${url}/report.pdf`)).raw.rawPayload);
    expect(runs).toContain('Keep doing');
    expect(runs.filter((run) => run === `• ${COMMENT_TEXT}`)).toHaveLength(report.comments.length);
    expect(report.comments.length).toBe(11);
    const [self] = report.mirror.self;
    const row = runs.indexOf('Reliability', runs.indexOf('Mirror'));
    expect(runs.slice(row, row + 5)).toEqual([
      'Reliability',
      formatNumber(self.self.mean, 2, 'en'),
      formatNumber(self.customers.mean, 2, 'en'),
      formatNumber(self.gap, 2, 'en'),
      'blind spot',
    ]);
  });

  it('writes German labels with umlauts and decimal commas', async () => {
    const runs = await extractPdfText((await admin.get(`${url}/report.pdf?locale=de`)).raw.rawPayload);
    expect(runs).toEqual(expect.arrayContaining(['Zuverlässigkeit', 'Höflichkeit', 'Überblick', '3,27', `Befragung: ${report.wave.name}`]));
    expect(runs).toContain(fixture.provider.name);
  });

  it('follows the rules of the API: a lead gets their own unit only', async () => {
    const own = await buildAccount(server.context, { role: 'lead', unitId: fixture.provider.id });
    const other = await buildAccount(server.context, { role: 'lead', unitId: fixture.sales.id });
    const ownClient = await server.signIn(own.email, own.password);
    const otherClient = await server.signIn(other.email, other.password);
    expect((await ownClient.get(`${url}/report.pdf`)).status).toBe(200);
    expectProblem(await otherClient.get(`${url}/report.pdf`), 403);
    expectProblem(await server.client().get(`${url}/report.pdf`), 401);
  });

  it('answers an open wave, an unknown wave or unit and a bad locale with a problem', async () => {
    const open = await createSurveyWave(server.context, server.runtime.handle.db, { status: 'open' });
    expectProblem(await admin.get(`/api/results/waves/${open.waveId}/providers/${fixture.provider.id}/report.pdf`), 409);
    expectProblem(await admin.get(`/api/results/waves/${randomUUID()}/providers/${fixture.provider.id}/report.pdf`), 404);
    expectProblem(await admin.get(`/api/results/waves/${fixture.wave.waveId}/providers/${randomUUID()}/report.pdf`), 404);
    expectProblem(await admin.get(`${url}/report.pdf?locale=fr`), 422, 'locale');
  });
});
