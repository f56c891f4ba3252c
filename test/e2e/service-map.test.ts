import { existsSync, mkdirSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCompany } from '../../src/app/demo/seed-demo-company.js';
import { buildServer } from '../../src/http/server.js';
import { findWebDirectory } from '../../src/http/web-assets.js';
import { launchBrowser } from '../support/browser.js';
import { createTestRuntime, type TestRuntime } from '../support/database.js';

// A newcomer's first minute: sign in to the demo company, open the service map, click a unit.
describe('service map journey in Chromium', () => {
  let test: TestRuntime;
  let app: FastifyInstance;
  let browser: Browser;
  let closeBrowser: () => Promise<void>;
  let baseUrl: string;

  beforeAll(async () => {
    const webDirectory = findWebDirectory();
    if (!webDirectory) throw new Error('dist/web is missing: run `npm run build` before the browser tests');
    test = await createTestRuntime();
    await seedDemoCompany(test.runtime.context);
    app = await buildServer({ context: test.runtime.context, config: test.config, webDirectory });
    baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
    ({ browser, close: closeBrowser } = await launchBrowser());
  });

  afterAll(async () => {
    await closeBrowser?.();
    await app?.close();
    await test?.cleanup();
  });

  it('signs in, opens the service map and clicks through to a unit', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    const failedRequests: string[] = [];
    page.on('requestfailed', (request) => {
      // Navigating away cancels the previous page's requests; that is not a failure.
      if (request.failure()?.errorText !== 'net::ERR_ABORTED') failedRequests.push(request.url());
    });
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });

    await page.goto(`${baseUrl}/login`);
    await page.getByLabel(/e-?mail/i).fill('admin@muster-ag.example');
    await page.getByLabel(/password|passwort/i).fill('eyelevel-demo');
    await page.getByRole('button', { name: /sign in|anmelden|log in/i }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));

    await page.goto(`${baseUrl}/map`);
    const map = page.getByTestId('service-map');
    await map.locator('canvas').first().waitFor({ state: 'visible' });
    const unitLink = page.getByTestId('map-unit-link').filter({ hasText: 'Service Desk' }).first();
    await unitLink.click();
    await page.waitForURL(/\/units\/[0-9a-f-]+$/);
    await page
      .getByRole('heading', { name: /Service Desk/ })
      .first()
      .waitFor({ state: 'visible' });

    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/unit-service-desk.png', fullPage: true });
    await page.goto(`${baseUrl}/map`);
    await page.getByTestId('service-map').locator('canvas').first().waitFor({ state: 'visible' });
    await page.waitForTimeout(500);
    await page.screenshot({ path: 'test-results/service-map.png' });
    expect(existsSync('test-results/service-map.png')).toBe(true);
    expect(failedRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
