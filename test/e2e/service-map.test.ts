import { existsSync, mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../support/demo-server.js';

// A newcomer's first minute: sign in to the demo company, open the service map, click a unit.
describe('service map journey in Chromium', () => {
  let browser: Browser;
  let demo: DemoServer | undefined;
  let baseUrl: string;

  beforeAll(async () => {
    demo = await startDemoServer({ seed: 'company' });
    ({ baseUrl, browser } = demo);
  });

  afterAll(async () => {
    await demo?.close();
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
