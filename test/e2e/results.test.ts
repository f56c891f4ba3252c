import { AxeBuilder } from '@axe-core/playwright';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCompany } from '../../src/app/demo/seed-demo-company.js';
import { seedDemoWaves } from '../../src/app/demo/seed-demo-waves.js';
import { buildServer } from '../../src/http/server.js';
import { findWebDirectory } from '../../src/http/web-assets.js';
import { launchBrowser } from '../support/browser.js';
import { createTestRuntime, type TestRuntime } from '../support/database.js';

// Results of the demo company's three closed waves in Chromium: the Service Desk's lead reads
// the own provider page (responsiveness improved) and the heatmap, and is refused another
// unit's page; the executive reads the heatmap with its hidden cells. axe-core checks both
// pages against WCAG 2.1 A and AA. Screenshots go to test-results/; with
// UPDATE_DOCS_IMAGES=1 they also replace docs/images/results-*.png.
describe('results journey in Chromium', () => {
  let test: TestRuntime;
  let app: FastifyInstance;
  let browser: Browser;
  let closeBrowser: () => Promise<void>;
  let baseUrl: string;
  let unitIds: Map<string, string>;
  let openWaveId: string;

  beforeAll(async () => {
    const webDirectory = findWebDirectory();
    if (!webDirectory) throw new Error('dist/web is missing: run `npm run build` before the browser tests');
    test = await createTestRuntime();
    const context = test.runtime.context;
    await seedDemoCompany(context);
    await seedDemoWaves(context, { publicUrl: test.config.publicUrl, anonymityThreshold: test.config.anonymityThreshold });
    unitIds = new Map((await context.stores.units.listAll()).map((unit) => [unit.name, unit.id]));
    openWaveId = (await context.stores.waves.listWaves()).find((wave) => wave.status === 'open')?.id ?? '';
    app = await buildServer({ context, config: test.config, webDirectory });
    baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
    ({ browser, close: closeBrowser } = await launchBrowser());
    mkdirSync('test-results', { recursive: true });
  });

  afterAll(async () => {
    await closeBrowser?.();
    await app?.close();
    await test?.cleanup();
  });

  const unitId = (name: string) => {
    const id = unitIds.get(name);
    if (!id) throw new Error(`the demo company has no unit ${name}`);
    return id;
  };

  /** A signed-in page that records console errors and which script chunks it loaded. */
  async function signIn(email: string): Promise<{ context: BrowserContext; page: Page; consoleErrors: string[]; scripts: string[] }> {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    const scripts: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel(/e-?mail/i).fill(email);
    await page.getByLabel(/password|passwort/i).fill('eyelevel-demo');
    await page.getByRole('button', { name: /sign in|anmelden/i }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    return { context, page, consoleErrors, scripts };
  }

  async function expectNoAxeViolations(page: Page, name: string): Promise<void> {
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const violations = results.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
    expect(violations, name).toEqual([]);
    expect(results.passes.length, `${name}: axe checked nothing`).toBeGreaterThan(3);
  }

  function keepScreenshot(name: string): void {
    if (process.env.UPDATE_DOCS_IMAGES === '1') copyFileSync(`test-results/${name}`, `docs/images/${name}`);
  }

  const isChart = (path: string) => /\/assets\/(result-chart|installCanvasRenderer)-/.test(path);

  it("shows the Service Desk lead the own unit's results, and only those", async () => {
    const { context, page, consoleErrors, scripts } = await signIn('lead.servicedesk@muster-ag.example');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Results' }).click();
    await page.getByRole('heading', { level: 1, name: 'Results' }).waitFor();
    await page.getByTestId('weak-points-target').waitFor();
    expect(await page.getByTestId('weak-points-target').locator('tbody th').allInnerTexts()).toEqual(
      expect.arrayContaining(['Service Desk']),
    );

    // The heatmap: the rows that concern the Service Desk; hidden cells, if any, say so.
    await page.getByRole('link', { name: /Open the heatmap/ }).click();
    await page.getByTestId('heatmap-table').waitFor();
    const providers = await page.getByTestId('heatmap-table').locator('tbody tr > th:first-child').allInnerTexts();
    const customers = await page.getByTestId('heatmap-table').locator('tbody tr > th:nth-child(2)').allInnerTexts();
    expect(providers.length).toBeGreaterThan(3);
    providers.forEach((provider, index) => expect([provider, customers[index]]).toContain('Service Desk'));
    for (const text of await page.getByTestId('hidden-cell').allInnerTexts()) expect(text).toBe('hidden (anonymity)');
    await expect(page.getByText(/fewer than 5 people of that customer unit answered/).isVisible()).resolves.toBe(true);
    expect(scripts.filter(isChart), 'echarts loads on the provider page only').toEqual([]);

    // The own provider page: responsiveness improved since the last wave, charts drawn.
    await page.getByRole('link', { name: 'Results', exact: true }).first().click();
    await page.getByRole('link', { name: 'How our internal customers rate us' }).click();
    await page.getByRole('heading', { level: 1, name: 'Service Desk' }).waitFor();
    const responsiveness = page.getByTestId('dimensions-table').locator('tr[data-dimension="responsiveness"]');
    await expect(responsiveness.getByTestId('trend-label').getAttribute('data-trend')).resolves.toBe('improved');
    await expect(responsiveness.getByTestId('trend-label').innerText()).resolves.toMatch(/improved/);
    for (const chart of ['dimensions-chart', 'grid-chart', 'trend-chart'])
      await page.getByTestId(chart).locator('canvas').first().waitFor();
    expect(scripts.some(isChart)).toBe(true);
    await expect(page.getByTestId('key-figures').innerText()).resolves.toMatch(/Internal NPS/);
    await expect(page.getByTestId('comments-keep').locator('li').count()).resolves.toBeGreaterThan(0);
    await expect(page.getByTestId('mirror-self').innerText()).resolves.toMatch(/Blind spot|In line|Hidden strength/);
    await page.waitForTimeout(300);
    await expectNoAxeViolations(page, 'provider page');
    // The picture ends below the importance–performance grid.
    await page.evaluate('window.scrollTo(0, 0)');
    const gridCard = await page.locator('section.card', { has: page.getByTestId('grid-chart') }).boundingBox();
    const height = Math.ceil((gridCard?.y ?? 2100) + (gridCard?.height ?? 0) + 16);
    await page.screenshot({ path: 'test-results/results-provider.png', clip: { x: 0, y: 0, width: 1280, height }, fullPage: true });
    keepScreenshot('results-provider.png');

    // Another unit's pages: the 403 as a clear message, and the same for its customer view.
    await page.goto(`${baseUrl}/results/providers/${unitId('Controlling')}`);
    await expect(page.getByTestId('results-problem').innerText()).resolves.toBe('You may see your own unit’s results only.');
    await page.goto(`${baseUrl}/results/customers/${unitId('Controlling')}`);
    await expect(page.getByTestId('results-problem').innerText()).resolves.toBe('You may see your own unit’s results only.');

    // A wave that is still open: results wait until it closes.
    await page.goto(`${baseUrl}/results/heatmap?wave=${openWaveId}`);
    await expect(page.getByTestId('results-problem').innerText()).resolves.toMatch(/not closed yet/);

    // In German: the same page, the trend in words of the UI language.
    await page.goto(`${baseUrl}/results/providers/${unitId('Service Desk')}`);
    await page.getByRole('button', { name: 'DE' }).click();
    await expect(responsiveness.getByTestId('trend-label').innerText()).resolves.toMatch(/verbessert/);
    await expect(
      page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Ergebnisse' }).isVisible(),
    ).resolves.toBe(true);

    const unexpected = consoleErrors.filter((text) => !/status of 40[39]/.test(text));
    expect(unexpected).toEqual([]);
    await context.close();
  });

  it('shows the executive the whole heatmap, hidden cells marked and merged groups labelled', async () => {
    const { context, page, consoleErrors, scripts } = await signIn('vorstand@muster-ag.example');
    await page.goto(`${baseUrl}/results/heatmap`);
    const table = page.getByTestId('heatmap-table');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(30);
    const hidden = page.getByTestId('hidden-cell');
    expect(await hidden.count()).toBeGreaterThan(0);
    expect(new Set(await hidden.allInnerTexts())).toEqual(new Set(['hidden (anonymity)']));
    await expect(page.getByTestId('merged-group').first().innerText()).resolves.toMatch(/\d+ units together/);

    await expectNoAxeViolations(page, 'heatmap');
    await page.screenshot({ path: 'test-results/results-heatmap.png', clip: { x: 0, y: 0, width: 1280, height: 1300 }, fullPage: true });
    keepScreenshot('results-heatmap.png');

    // Sorting by a dimension: the weakest first, said by aria-sort; hidden cells go last.
    const reachability = table.getByRole('button', { name: /Reachability/ });
    const reachabilityHeader = table.locator('thead th').filter({ hasText: 'Reachability' });
    await reachability.click();
    await expect(reachabilityHeader.getAttribute('aria-sort')).resolves.toBe('ascending');
    await expect(table.locator('tbody tr').first().locator('th').first().innerText()).resolves.toBe('Einkauf & Logistik');
    await expect(table.locator('tbody tr').last().getByTestId('hidden-cell').count()).resolves.toBeGreaterThan(0);
    await reachability.click();
    await expect(reachabilityHeader.getAttribute('aria-sort')).resolves.toBe('descending');
    await expect(table.locator('tbody tr').last().getByTestId('hidden-cell').count()).resolves.toBeGreaterThan(0);

    // Filtering: one provider, then a customer's name.
    await page.getByLabel('Provider', { exact: true }).selectOption({ label: 'Service Desk' });
    await expect
      .poll(async () => new Set(await table.locator('tbody tr > th:first-child').allInnerTexts()))
      .toEqual(new Set(['Service Desk']));
    await page.getByLabel('Customer unit contains').fill('logistik');
    await expect.poll(() => page.getByTestId('heatmap-summary').innerText()).toMatch(/^1 row shown/);
    expect(new URL(page.url()).searchParams.get('provider')).toBe(unitId('Service Desk'));

    expect(scripts.filter(isChart)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(existsSync('test-results/results-heatmap.png')).toBe(true);
    await context.close();
  });
});
