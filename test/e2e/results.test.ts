import { AxeBuilder } from '@axe-core/playwright';
import { copyFileSync, existsSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heatColour } from '../../web/src/features/results/colour-scale.js';
import type { TestRuntime } from '../support/database.js';
import { expectNoAxeViolations } from '../support/browser.js';
import { startDemoServer, type DemoServer } from '../support/demo-server.js';

// Results of the demo company's three closed waves in Chromium: the Service Desk's lead reads
// the own provider page (responsiveness improved) and the heatmap, and is refused another
// unit's page; the executive reads the heatmap with its hidden cells and the overview with
// the providers coloured by score on the service map; the admin pages through a heatmap of
// 10,000 rows and reads the response rates. axe-core checks the pages against WCAG 2.1 A and
// AA. Screenshots go to test-results/; with UPDATE_DOCS_IMAGES=1 they also replace
// docs/images/results-*.png.
describe('results journey in Chromium', () => {
  let test: TestRuntime;
  let browser: Browser;
  let demo: DemoServer | undefined;
  let baseUrl: string;
  let unitIds: Map<string, string>;
  let openWaveId: string;

  beforeAll(async () => {
    demo = await startDemoServer({ seed: 'waves' });
    ({ test, baseUrl, browser } = demo);
    const context = test.runtime.context;
    unitIds = new Map((await context.stores.units.listAll()).map((unit) => [unit.name, unit.id]));
    openWaveId = (await context.stores.waves.listWaves()).find((wave) => wave.status === 'open')?.id ?? '';
  });

  afterAll(async () => {
    await demo?.close();
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

  function keepScreenshot(name: string): void {
    if (process.env.UPDATE_DOCS_IMAGES === '1') copyFileSync(`test-results/${name}`, `docs/images/${name}`);
  }

  const isChart = (path: string) => /\/assets\/(result-chart|service-map-chart|installCanvasRenderer)-/.test(path);

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
    await expect.poll(() => page.getByTestId('heatmap-summary').innerText()).toMatch(/1 row shown$/);
    await expect(page.getByTestId('heatmap-total').innerText()).resolves.toMatch(/^\d+ rows · /);
    expect(new URL(page.url()).searchParams.get('provider')).toBe(unitId('Service Desk'));

    expect(scripts.filter(isChart)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(existsSync('test-results/results-heatmap.png')).toBe(true);
    await context.close();
  });

  it('shows the executive the providers coloured by score on the service map, with the same figures as a table', async () => {
    const { context, page, consoleErrors, scripts } = await signIn('vorstand@muster-ag.example');
    await page.goto(`${baseUrl}/results`);
    const map = page.getByTestId('score-map');
    await map.locator('canvas').first().waitFor({ state: 'visible' });
    expect(scripts.some(isChart), 'echarts loads where the map is shown').toBe(true);
    await expect(page.getByTestId('map-legend').innerText()).resolves.toMatch(/no figure \(anonymity\)/);

    // Each provider with a figure prints its score on the heatmap's colour for that score.
    const table = page.getByTestId('score-table');
    const scored = table.getByTestId('score-cell');
    expect(await scored.count()).toBeGreaterThan(3);
    for (const cell of await scored.all()) {
      const [text, background] = await Promise.all([
        cell.innerText(),
        cell.evaluate((element) => (element as unknown as { style: { backgroundColor: string } }).style.backgroundColor),
      ]);
      expect(background, text).toBe(rgbOf(heatColour(Number(text)).background));
    }
    for (const text of await table.getByTestId('no-figure-cell').allInnerTexts()) expect(text).toBe('no figure (anonymity)');
    await expect(table.locator('tbody tr').filter({ hasText: 'Service Desk' }).innerText()).resolves.toMatch(
      /overall satisfaction|released dimension/,
    );

    await page.waitForTimeout(500);
    await expectNoAxeViolations(page, 'results overview');
    // The picture ends below the map's table.
    await page.evaluate('window.scrollTo(0, 0)');
    const mapCard = await page.locator('section.card', { has: map }).boundingBox();
    const height = Math.ceil((mapCard?.y ?? 1800) + (mapCard?.height ?? 0) + 16);
    await page.screenshot({ path: 'test-results/results-overview.png', clip: { x: 0, y: 0, width: 1280, height }, fullPage: true });
    keepScreenshot('results-overview.png');

    // The table's links open the provider's page; executives see no response rates.
    expect(await page.getByTestId('response-rates').count()).toBe(0);
    await table.getByRole('link', { name: 'Service Desk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Service Desk' }).waitFor();
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('pages the admin through a heatmap of 10,000 rows and shows the response rates on the overview', async () => {
    const { context, page, consoleErrors } = await signIn('admin@muster-ag.example');
    await page.goto(`${baseUrl}/results`);
    const rates = page.getByTestId('response-rates');
    await rates.locator('tbody tr').first().waitFor();
    expect(await rates.locator('tbody tr').count()).toBeGreaterThan(3);
    await expectNoAxeViolations(page, 'results overview for the admin');

    // A large company: the server answers pages of 10,000 made-up rows (the demo's rows under
    // new provider ids); with a provider chosen, the real server answers.
    const requested: URLSearchParams[] = [];
    await page.route('**/api/results/waves/*/heatmap?*', async (route) => {
      const url = new URL(route.request().url());
      requested.push(url.searchParams);
      if (url.searchParams.has('provider')) return route.continue();
      const offset = Number(url.searchParams.get('offset') ?? 0);
      const limit = Number(url.searchParams.get('limit') ?? 200);
      const all = new URL(url);
      all.searchParams.set('offset', '0');
      all.searchParams.set('limit', '2000');
      const real = (await (await route.fetch({ url: all.toString() })).json()) as { rows: { providerUnitId: string }[] };
      const total = 10_000;
      const rows = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, index) => {
        const row = real.rows[(offset + index) % real.rows.length] as { providerUnitId: string };
        return { ...row, providerUnitId: `${row.providerUnitId}-${offset + index}` };
      });
      await route.fulfill({ json: { ...real, total, offset, rows } });
    });
    await page.goto(`${baseUrl}/results/heatmap`);
    const table = page.getByTestId('heatmap-table');
    await table.waitFor();
    await expect(page.getByTestId('heatmap-total').innerText()).resolves.toMatch(/^10000 rows/);
    await expect(page.getByTestId('heatmap-summary').innerText()).resolves.toMatch(/rows 1–200 of 10000 loaded · 200 rows shown/);
    expect(await table.locator('tbody tr').count()).toBe(200);
    const pager = page.getByRole('navigation', { name: 'Pages of the heatmap' });
    await expect(pager.innerText()).resolves.toMatch(/Page 1 of 50/);
    await pager.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => page.getByTestId('heatmap-summary').innerText()).toMatch(/rows 201–400 of 10000/);
    expect(requested.at(-1)?.get('offset')).toBe('200');
    expect(requested.at(-1)?.get('limit')).toBe('200');
    // The whole heatmap is checked above; a page of 200 rows takes axe long, so only the pager here.
    const pagerCheck = await new AxeBuilder({ page }).include('nav.pager').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(pagerCheck.violations.map((violation) => violation.id)).toEqual([]);
    expect(pagerCheck.passes.length).toBeGreaterThan(0);

    // The provider filter goes to the server and starts again at page 1.
    await page.getByLabel('Provider', { exact: true }).selectOption({ label: 'Service Desk' });
    await expect.poll(() => requested.at(-1)?.get('provider')).toBe(unitId('Service Desk'));
    expect(requested.at(-1)?.get('offset')).toBe('0');
    await expect.poll(() => page.getByTestId('heatmap-total').innerText()).toMatch(/^\d{1,3} rows? · /);
    expect(await pager.count()).toBe(0);
    expect(new Set(await table.locator('tbody tr > th:first-child').allInnerTexts())).toEqual(new Set(['Service Desk']));
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 120_000);
});

/** `#rrggbb` as the browser reports a computed colour. */
function rgbOf(hex: string): string {
  const [red, green, blue] = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16));
  return `rgb(${red}, ${green}, ${blue})`;
}
