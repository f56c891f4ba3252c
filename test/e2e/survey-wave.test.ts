import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../src/app/tokens.js';
import { startMailDelivery } from '../../src/platform/outbox-worker.js';
import { startSmtpReceiver, type ReceivedMail, type SmtpReceiver } from '../mail/smtp-receiver.js';
import { expectNoAxeViolations } from '../support/browser.js';
import { startDemoServer, type DemoServer } from '../support/demo-server.js';

// A survey wave from start to end, as a quality manager runs one: the admin creates a wave
// over the demo company in the browser and opens it; the invitations go to a real SMTP
// receiver; one invitee follows the link in their mail and answers by keyboard only; the
// admin sends reminders and closes the wave. The database then holds the answers with
// nothing that points back to the person. axe-core checks the admin's pages (WCAG 2.1 AA).
describe('a survey wave from the admin to a respondent and back, in Chromium', { timeout: 240_000 }, () => {
  let receiver: SmtpReceiver;
  let demo: DemoServer | undefined;
  let browser: Browser;
  let baseUrl: string;
  const consoleErrors: string[] = [];
  const WAVE = 'Winter 2026';

  beforeAll(async () => {
    receiver = await startSmtpReceiver();
    demo = await startDemoServer({ seed: 'company', environment: { SMTP_URL: receiver.url } });
    ({ baseUrl, browser } = demo);
  });
  afterAll(async () => {
    await demo?.close();
    await receiver?.close();
  });

  const watch = (page: Page, who: string) => {
    page.on('console', (message) => {
      // A form answered 422 by design (the respondent's error summary) is logged by Chromium.
      if (message.type() === 'error' && !message.text().includes('status of 422')) consoleErrors.push(`${who}: ${message.text()}`);
    });
    page.on('pageerror', (error) => consoleErrors.push(`${who}: ${error.message}`));
  };

  /** Runs the outbox as `eyelevel serve` does, until nothing waits. */
  async function deliverMail(): Promise<void> {
    const delivery = startMailDelivery({
      config: demo!.test.config,
      context: demo!.test.runtime.context,
      onError: (error) => consoleErrors.push(String(error)),
    });
    try {
      for (let round = 0; round < 50; round += 1) {
        await delivery!.runOnce();
        const counts = await demo!.test.runtime.context.stores.outbox.countByStatus();
        if (counts.pending === 0) return;
      }
      throw new Error('the outbox did not empty');
    } finally {
      await delivery!.stop();
    }
  }

  it('runs end to end, and the stored answers lead back to no one', async () => {
    const admin = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 1000 } });
    const page = await admin.newPage();
    page.setDefaultTimeout(15_000);
    watch(page, 'admin');
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel(/e-?mail/i).fill('admin@muster-ag.example');
    await page.getByLabel(/password/i).fill('eyelevel-demo');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));

    // Create the wave as a draft over all relationships, then open it from its page.
    await page.goto(`${baseUrl}/waves`);
    await page.getByLabel('Name', { exact: true }).fill(WAVE);
    await expect.poll(() => page.getByLabel('Questionnaire version').inputValue()).not.toBe('');
    await page.getByLabel('Keep it a draft; open it later').check();
    await expectNoAxeViolations(page, 'waves');
    await page.getByRole('button', { name: 'Create wave' }).click();
    await page.waitForURL(/\/waves\/[^/]+$/);
    await page.getByRole('heading', { name: WAVE }).waitFor();
    await expectNoAxeViolations(page, 'wave-draft');
    // A consequential button is named by its question, and asks before it acts.
    await page.getByRole('button', { name: `Open “${WAVE}” now and invite` }).click();
    await page.getByRole('button', { name: 'Yes' }).click();
    const opened = page.getByRole('status').filter({ hasText: /The wave is open: \d+ invitations are in the outbox/ });
    await opened.waitFor();
    const invited = Number(/(\d+) invitations/.exec(await opened.innerText())?.[1]);
    expect(invited).toBeGreaterThan(20);
    await page.screenshot({ path: 'test-results/wave-opened.png', fullPage: true });

    // The invitations go out over SMTP, one per person, in their language.
    await deliverMail();
    const invitations = receiver.received.filter(
      (mail) => mail.subject === `Share your view: ${WAVE}` || mail.subject === `Ihre Einschätzung ist gefragt: ${WAVE}`,
    );
    expect(invitations).toHaveLength(invited);
    expect(new Set(invitations.map((mail) => mail.to)).size).toBe(invited);
    const mail = invitations.find((candidate) => candidate.subject.startsWith('Share your view')) as ReceivedMail;
    const link = /https?:\/\/\S+\/r\/[A-Za-z0-9_-]{43}/.exec(mail.text)?.[0] ?? '';
    expect(link).not.toBe('');
    const respondentEmail = mail.to;
    const token = link.split('/r/')[1] ?? '';

    // The invitee answers by keyboard only, on a phone.
    const pages = await answerByKeyboard(new URL(link).pathname);
    expect(pages.rated).toBeGreaterThan(0);

    // Reminders: the outbox shows them without recipients.
    await page.getByRole('button', { name: 'Send a reminder to everyone invited who has not answered' }).click();
    await page.getByRole('button', { name: 'Yes' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Reminders to ${invited - 1} people are in the outbox.` })
      .waitFor();
    await page.goto(`${baseUrl}/outbox`);
    await page.getByText('not shown: reminders go only to those who have not answered').first().waitFor();
    await expectNoAxeViolations(page, 'outbox');
    await page.screenshot({ path: 'test-results/wave-outbox.png', fullPage: true });
    // The newest page holds only reminders: none shows whom it goes to, nor its subject (its language).
    const shown = await page.locator('main').innerText();
    const stillToAnswer = invitations.map((invitation) => invitation.to).filter((address) => address !== respondentEmail);
    expect(stillToAnswer.filter((address) => shown.includes(address))).toEqual([]);
    expect(shown).not.toMatch(new RegExp(`(Reminder|Erinnerung): ${WAVE}`));
    await deliverMail();
    const reminders = receiver.received.filter(
      (received) => received.subject === `Reminder: ${WAVE}` || received.subject === `Erinnerung: ${WAVE}`,
    );
    expect(reminders).toHaveLength(invited - 1);
    expect(reminders.map((received) => received.to)).not.toContain(respondentEmail);

    // Close the wave; its results are built.
    await page.goto(`${baseUrl}/waves`);
    await page.getByRole('link', { name: WAVE }).click();
    await page.getByRole('button', { name: `Close “${WAVE}” now` }).click();
    await page.getByRole('button', { name: 'Yes' }).click();
    await page.getByRole('status').filter({ hasText: 'The wave is closed.' }).waitFor();
    expect(consoleErrors).toEqual([]);
    await admin.close();

    // The database: the answers are there, and nothing in them or beside them names the person.
    const { db } = demo!.test.runtime.handle;
    const wave = await db.selectFrom('waves').select('id').where('name', '=', WAVE).executeTakeFirstOrThrow();
    const responses = await db.selectFrom('responses').selectAll().where('wave_id', '=', wave.id).execute();
    expect(responses).toHaveLength(pages.rated);
    expect(await db.selectFrom('response_inbox').selectAll().execute()).toEqual([]);
    const person = await db.selectFrom('people').select(['id', 'name']).where('email', '=', respondentEmail).executeTakeFirstOrThrow();
    const invitation = await db
      .selectFrom('invitations')
      .select(['id', 'is_submitted', 'draft'])
      .where('wave_id', '=', wave.id)
      .where('person_id', '=', person.id)
      .executeTakeFirstOrThrow();
    expect(invitation).toMatchObject({ is_submitted: 1, draft: null });
    const stored = JSON.stringify(responses);
    for (const secret of [person.id, person.name, respondentEmail, invitation.id, token, hashToken(token)])
      expect(stored).not.toContain(secret);
    expect(Object.keys(responses[0] ?? {}).sort()).toEqual(
      ['answers', 'customer_unit_id', 'id', 'kind', 'provider_unit_id', 'questionnaire_version_id', 'submitted_on', 'wave_id'].sort(),
    );
  });

  /** Presses Tab until the focused element matches `selector`. */
  async function tabTo(page: Page, selector: string): Promise<void> {
    for (let presses = 0; presses < 250; presses += 1) {
      await page.keyboard.press('Tab');
      if ((await page.locator(`${selector}:focus`).count()) > 0) return;
    }
    throw new Error(`Tab never reached ${selector} on ${page.url()}`);
  }

  async function pressAndWait(page: Page, key: string): Promise<void> {
    await Promise.all([page.waitForLoadState('load'), page.waitForEvent('framenavigated'), page.keyboard.press(key)]);
  }

  /**
   * Follows the invitation link and answers every page by keyboard: the first question of
   * each provider, customer and self-assessment page, nobody added. Answers how many pages
   * got an answer (one stored response each).
   */
  async function answerByKeyboard(path: string): Promise<{ rated: number }> {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'en-GB' });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    watch(page, 'respondent');
    await page.goto(`${baseUrl}${path}`);
    expect(page.url()).toBe(`${baseUrl}/r`);
    await tabTo(page, 'button[value="next"]');
    await pressAndWait(page, 'Enter');
    let rated = 0;
    for (let step = 0; step < 60; step += 1) {
      const heading = await page.locator('h1').first().innerText();
      if (heading === 'Check your answers') {
        await tabTo(page, 'form[action="/r/submit"] button');
        await pressAndWait(page, 'Enter');
        expect(await page.locator('h1').first().innerText()).toBe('Thank you!');
        await context.close();
        return { rated };
      }
      if ((await page.locator('#q1-1').count()) > 0) {
        await tabTo(page, '#q1-1');
        await page.keyboard.press('ArrowRight');
        rated += 1;
      }
      await tabTo(page, 'button[value="next"]');
      await pressAndWait(page, 'Enter');
    }
    throw new Error('the survey did not reach its review page');
  }
});
