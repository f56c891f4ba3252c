import { mkdirSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/http/server.js';
import { createSurveyWave, invite, type SurveyWave } from '../respond/fixture.js';
import { expectNoAxeViolations, launchBrowser } from '../support/browser.js';
import { createTestRuntime, type TestRuntime } from '../support/database.js';

// A respondent answers by keyboard only (Tab, Space, Enter, arrow keys; never a click), in
// English and in German, with and without JavaScript. axe-core checks every page type
// against WCAG 2.1 A and AA; screenshots go to test-results/ (mobile and desktop).
let test: TestRuntime;
let app: FastifyInstance;
let browser: Browser;
let closeBrowser: () => Promise<void>;
let baseUrl: string;
let wave: SurveyWave;
const checkedPages = new Set<string>();

beforeAll(async () => {
  test = await createTestRuntime();
  app = await buildServer({ context: test.runtime.context, config: test.config });
  baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  wave = await createSurveyWave(test.runtime.context, test.runtime.handle.db, { customerNames: ['Marketing'] });
  ({ browser, close: closeBrowser } = await launchBrowser());
  mkdirSync('test-results', { recursive: true });
});

afterAll(async () => {
  await closeBrowser?.();
  await app?.close();
  await test?.cleanup();
});

const MOBILE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

/** Presses Tab until the focused element matches `selector`. */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let presses = 0; presses < 250; presses += 1) {
    await page.keyboard.press('Tab');
    if ((await page.locator(`${selector}:focus`).count()) > 0) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function pressAndWait(page: Page, key: string): Promise<void> {
  await Promise.all([page.waitForLoadState('load'), page.waitForEvent('framenavigated'), page.keyboard.press(key)]);
}

/**
 * axe-core finds no WCAG 2.1 A/AA violation; a screenshot of the page is kept. axe runs as a
 * script in the page, so without JavaScript only the screenshot is taken: the markup is the
 * same server-rendered HTML that the runs with JavaScript check.
 */
async function checkPage(page: Page, name: string, options: { hasScript?: boolean } = {}): Promise<void> {
  if (options.hasScript === false) {
    await page.screenshot({ path: `test-results/respondent-${name}.png`, fullPage: true });
    return;
  }
  await expectNoAxeViolations(page, name);
  checkedPages.add(name.replace(/-(mobile|desktop|nojs)$/, ''));
  await page.screenshot({ path: `test-results/respondent-${name}.png`, fullPage: true });
}

const heading = (page: Page) => page.locator('h1').first().innerText();

async function journey(options: { context: BrowserContext; language: 'en' | 'de'; label: string; hasScript: boolean }): Promise<void> {
  const { context, language, label, hasScript } = options;
  const { token, invitationId } = await invite(test.runtime.context, test.runtime.handle.db, wave, { locale: 'en' });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    // The page with the error summary is answered 422 by design; Chromium logs that status.
    if (message.type() === 'error' && !message.text().includes('status of 422')) consoleErrors.push(message.text());
  });
  const t =
    language === 'de'
      ? { start: 'Beginnen', thanks: 'Vielen Dank!', review: 'Antworten prüfen' }
      : { start: 'Start', thanks: 'Thank you!', review: 'Check your answers' };
  const [controlling, facilities, itSupport] = [...wave.providers].sort((a, b) => a.name.localeCompare(b.name));

  await page.goto(`${baseUrl}/r/${token}`);
  expect(page.url()).toBe(`${baseUrl}/r`);
  if (language === 'de') {
    await tabTo(page, 'a[hreflang="de"]');
    await pressAndWait(page, 'Enter');
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
  }
  await checkPage(page, `intro-${label}`, { hasScript });
  await tabTo(page, 'button[value="next"]');
  expect(await page.locator(':focus').innerText()).toBe(t.start);
  await pressAndWait(page, 'Enter');

  // Provider 1: Next with nothing answered shows the error summary.
  expect(await heading(page)).toContain(controlling?.name);
  await tabTo(page, 'button[value="next"]');
  await pressAndWait(page, 'Enter');
  await checkPage(page, `provider-error-${label}`, { hasScript });
  // Waits (and fails after the timeout) rather than reading once: the script moves the focus after the page loads.
  if (hasScript) await page.locator('[data-error-summary]:focus').waitFor({ timeout: 10_000 });
  await tabTo(page, '.error-summary a');
  await page.keyboard.press('Enter');
  expect(await page.locator(':focus').getAttribute('id')).toBe('q1-1');
  await page.keyboard.press('Space');
  for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowLeft'); // from the first option round to "can't judge"
  await tabTo(page, '#comment-keep');
  await page.keyboard.type('Answers the phone');
  await tabTo(page, 'button[value="next"]');
  await pressAndWait(page, 'Enter');

  // Provider 2: no contact.
  expect(await heading(page)).toContain(facilities?.name);
  await checkPage(page, `provider-${label}`, { hasScript });
  await tabTo(page, '#no-contact');
  await page.keyboard.press('Space');
  if (hasScript) await page.locator('[data-questions]').waitFor({ state: 'hidden', timeout: 10_000 });
  await tabTo(page, 'button[value="next"]');
  await pressAndWait(page, 'Enter');

  // Provider 3: one answer.
  expect(await heading(page)).toContain(itSupport?.name);
  await tabTo(page, '#q1-1');
  await page.keyboard.press('ArrowRight');
  await tabTo(page, 'button[value="next"]');
  await pressAndWait(page, 'Enter');

  // Nobody to add.
  await checkPage(page, `add-provider-${label}`, { hasScript });
  await tabTo(page, 'button[value="next"]');
  await pressAndWait(page, 'Enter');

  // The unit serves Marketing: a customer page and the self-assessment.
  await checkPage(page, `customer-${label}`, { hasScript });
  await tabTo(page, '#no-contact');
  await page.keyboard.press('Space');
  await tabTo(page, 'button[value="next"]');
  await pressAndWait(page, 'Enter');
  await checkPage(page, `self-${label}`, { hasScript });
  await tabTo(page, '#q1-1');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await tabTo(page, 'button[value="next"]');
  await pressAndWait(page, 'Enter');

  expect(await heading(page)).toBe(t.review);
  await checkPage(page, `review-${label}`, { hasScript });
  await tabTo(page, 'form[action="/r/submit"] button');
  await pressAndWait(page, 'Enter');
  expect(await heading(page)).toBe(t.thanks);
  await checkPage(page, `thanks-${label}`, { hasScript });
  expect(consoleErrors).toEqual([]);

  const db = test.runtime.handle.db;
  const invitation = await db
    .selectFrom('invitations')
    .select(['is_submitted', 'draft'])
    .where('id', '=', invitationId)
    .executeTakeFirstOrThrow();
  expect(invitation).toEqual({ is_submitted: 1, draft: null });
  await page.close();
}

describe('the respondent journey in Chromium, by keyboard only', { timeout: 180_000 }, () => {
  it('in English on a desktop screen', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'en-GB' });
    const before = await countResponses();
    await journey({ context, language: 'en', label: 'desktop', hasScript: true });
    // Two providers rated, one without contact, the self-assessment; the customer without contact stores nothing.
    expect((await countResponses()) - before).toBe(4);
    await context.close();
  });

  it('in German on a phone', async () => {
    const context = await browser.newContext({ viewport: MOBILE, locale: 'de-DE', isMobile: true, hasTouch: true });
    await journey({ context, language: 'de', label: 'mobile', hasScript: true });
    await context.close();
  });

  it('without JavaScript', async () => {
    const context = await browser.newContext({ viewport: MOBILE, javaScriptEnabled: false });
    await journey({ context, language: 'en', label: 'nojs', hasScript: false });
    await context.close();
  });

  it('the pages outside the form are accessible too', async () => {
    const context = await browser.newContext({ viewport: MOBILE });
    const page = await context.newPage();
    for (const [name, url] of [
      ['invalid-link', '/r/no-such-token'],
      ['privacy', '/r/privacy?lang=de'],
      ['no-session', '/r'],
    ]) {
      await page.goto(`${baseUrl}${url}`);
      await checkPage(page, `${name}-mobile`);
    }
    expect([...checkedPages].sort()).toEqual(
      [
        'add-provider',
        'customer',
        'intro',
        'invalid-link',
        'no-session',
        'privacy',
        'provider',
        'provider-error',
        'review',
        'self',
        'thanks',
      ].sort(),
    );
    await context.close();
  });
});

/** Stored responses: in the inbox, or already moved out of it. */
async function countResponses(): Promise<number> {
  let total = 0;
  for (const table of ['responses', 'response_inbox'] as const) {
    const row = await test.runtime.handle.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    total += Number(row.n);
  }
  return total;
}
