import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../support/browser.js';
import { startDemoServer, type DemoServer } from '../support/demo-server.js';
import { buildAccount } from '../support/factories.js';

// The improvement loop of the demo company in Chromium: the Service Desk's lead plans an
// action on a weak point of the first wave (Innendienst finds it slow to respond), sees in
// "Did it help?" what the next wave says, starts and comments it; proposes a new SLA to
// Innendienst, whose lead agrees, and records a measurement of it; then both leads hold a
// retrospective of the first wave that links the action, and complete it. axe-core checks
// the pages against WCAG 2.1 A and AA; screenshots go to test-results/journey-*.png.
describe('improvement journey in Chromium', () => {
  let browser: Browser;
  let demo: DemoServer | undefined;
  let baseUrl: string;
  let innendienstLead: { email: string; password: string };
  const consoleErrors: string[] = [];

  const SERVICE_DESK_LEAD = { email: 'lead.servicedesk@muster-ag.example', password: 'eyelevel-demo' };
  const FIRST_WAVE = 'Frühjahr 2025 / Spring 2025';
  const SECOND_WAVE = 'Herbst 2025 / Autumn 2025';

  beforeAll(async () => {
    demo = await startDemoServer({
      seed: 'sla',
      prepare: async (runtime) => {
        const context = runtime.runtime.context;
        const innendienst = (await context.stores.units.listAll()).find((unit) => unit.name === 'Innendienst');
        if (!innendienst) throw new Error('the demo company has no unit Innendienst');
        innendienstLead = await buildAccount(context, {
          role: 'lead',
          unitId: innendienst.id,
          email: 'lead.innendienst@muster-ag.example',
          name: 'Lead Innendienst',
        });
      },
    });
    ({ baseUrl, browser } = demo);
  });

  afterAll(async () => {
    await demo?.close();
  });

  /** A signed-in page in its own browser context; console errors go to `consoleErrors`. */
  async function signIn(login: { email: string; password: string }): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${login.email} on ${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => consoleErrors.push(`${login.email} on ${page.url()}: ${error.message}`));
    await page.goto(`${baseUrl}/login`);
    await typeInto(page.getByLabel(/e-?mail/i), login.email);
    await typeInto(page.getByLabel(/password|passwort/i), login.password);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    return { context, page };
  }

  /** Focus a field, clear it and type, as someone at the keyboard does. */
  async function typeInto(field: Locator, text: string): Promise<void> {
    await field.focus();
    await field.press('ControlOrMeta+A');
    await field.press('Delete');
    await field.pressSequentially(text);
  }

  /** The `<dd>` after the `<dt>` named `term` in a description list. */
  const definitionOf = (scope: Page | Locator, term: string) =>
    scope.locator('dt', { hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');

  it('takes a weak point to an action, an agreed SLA and a completed retrospective', async () => {
    const provider = await signIn(SERVICE_DESK_LEAD);
    const page = provider.page;

    // 1. Results of the first wave: the weak point Service Desk → Innendienst, responsiveness.
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Results' }).click();
    await page.getByRole('heading', { level: 1, name: 'Results' }).waitFor();
    const waveSelect = page.getByLabel('Wave', { exact: true });
    const firstWaveId = (await waveSelect.getByRole('option', { name: FIRST_WAVE, exact: true }).getAttribute('value')) ?? '';
    await waveSelect.selectOption({ label: FIRST_WAVE });
    // The choice goes to the URL (?wave=…), from where the select and the tables follow it.
    await page.waitForURL((url) => url.searchParams.get('wave') === firstWaveId);
    await expect.poll(() => waveSelect.inputValue()).toBe(firstWaveId);
    // The point is below the target and below the benchmark: the same link in both tables. The
    // tables keep the newest wave's points until the chosen wave's arrive: take the link to this wave.
    const planLink = page
      .getByRole('link', { name: 'Plan an action: Service Desk, Innendienst, Responsiveness' })
      .and(page.locator(`[href$="wave=${firstWaveId}"]`))
      .first();
    await planLink.click();

    // 2. The form takes up the weak point; the suggested title and defaults are kept, with a description typed in.
    await page.waitForURL(/\/actions\/new\?/);
    await page.getByRole('heading', { level: 1, name: 'New action' }).waitFor();
    await page.getByText('From the weak point: Service Desk · Innendienst · Responsiveness in Frühjahr 2025 / Spring 2025').waitFor();
    const title = page.getByLabel('Title', { exact: true });
    await expect(title.inputValue()).resolves.toBe('Improve responsiveness for Innendienst');
    await typeInto(title, 'Callback within four hours for Innendienst');
    await typeInto(page.getByLabel('Description', { exact: true }), 'Ticket rota with a named contact for Innendienst.');
    const ownerName = (await page.getByLabel('Owner', { exact: true }).locator('option:checked').innerText()).replace(/ \(you\)$/, '');
    expect(ownerName).toBe('Lead Service Desk');
    await page.getByRole('button', { name: 'Create action' }).press('Enter');
    await page.waitForURL(/\/actions\/[^/?]+$/);
    const actionUrl = page.url();
    const actionId = decodeURIComponent(new URL(actionUrl).pathname.split('/').at(-1) ?? '');
    await page.getByRole('heading', { level: 1, name: 'Callback within four hours for Innendienst' }).waitFor();
    // The names arrive after the action itself.
    await expect.poll(() => definitionOf(page, 'Owner').innerText()).toBe(ownerName);
    await expect.poll(() => definitionOf(page, 'Provider').innerText()).toBe('Service Desk');
    await expect.poll(() => definitionOf(page, 'Customer group').innerText()).toBe('Innendienst');
    await expect.poll(() => definitionOf(page, 'From the wave').innerText()).toBe(FIRST_WAVE);
    await page.getByText('The action is “Open”.').waitFor();

    // "Did it help?": the UI says what GET /api/actions/:id/effect says, Spring 2025 → Autumn 2025.
    const effectResponse = await page.request.get(`${baseUrl}/api/actions/${encodeURIComponent(actionId)}/effect`);
    expect(effectResponse.status()).toBe(200);
    const effect = (await effectResponse.json()) as {
      fromWave: { name: string };
      toWave: { name: string };
      effect: { label: string; difference: number | null; confidenceInterval: { lower: number; upper: number } | null };
    };
    expect(effect.fromWave.name).toBe(FIRST_WAVE);
    expect(effect.toWave.name).toBe(SECOND_WAVE);
    const helped = page.getByRole('region', { name: 'Did it help?' });
    await helped.getByText(`Responsiveness from ${FIRST_WAVE} to ${SECOND_WAVE}`).waitFor();
    const sentences: Record<string, string> = {
      helped: 'It helped: Responsiveness improved clearly more for the target group than for the comparison group.',
      'fell-behind': 'It fell behind: Responsiveness developed clearly worse for the target group than for the comparison group.',
      'no-clear-difference': 'No clear difference: the change for the target group is within what chance would explain.',
      'too-few-answers': 'Too few answers to tell: the anonymity rules or a small sample leave no reliable comparison.',
    };
    await helped.getByText(sentences[effect.effect.label] ?? `unknown label ${effect.effect.label}`).waitFor();
    const interval = effect.effect.confidenceInterval;
    await helped
      .getByText(
        interval === null
          ? `Difference in differences: ${signed(effect.effect.difference)} (no interval: too few answers).`
          : `Difference in differences: ${signed(effect.effect.difference)} (95 % interval ${signed(interval.lower)} to ${signed(interval.upper)}).`,
        { exact: true },
      )
      .waitFor();
    await helped.getByRole('rowheader', { name: 'Target group: Service Desk for Innendienst' }).waitFor();
    await page.screenshot({ path: 'test-results/journey-action.png', fullPage: true });

    // 3. Start it and comment; both survive a reload.
    await page.getByRole('button', { name: 'Start', exact: true }).press('Enter');
    await page.getByText('The action is “In progress”.').waitFor();
    await typeInto(page.getByLabel('New comment'), 'Rota drafted; Innendienst gets a named contact.');
    await page.getByRole('button', { name: 'Add comment' }).press('Enter');
    await page.getByRole('status').getByText('Comment added.', { exact: true }).waitFor();
    await page.reload();
    await page.getByText('The action is “In progress”.').waitFor();
    const comments = page.getByRole('list', { name: 'Comments, oldest first' });
    await comments.getByText('Rota drafted; Innendienst gets a named contact.').waitFor();
    await comments.getByText(/^Lead Service Desk, /).waitFor();

    // 4. The list of actions has it.
    await page.getByRole('link', { name: '← All actions' }).click();
    await page.getByRole('heading', { level: 1, name: 'Actions' }).waitFor();
    const listed = page.getByRole('link', { name: 'Callback within four hours for Innendienst' });
    await listed.waitFor();
    await expect(listed.getAttribute('href')).resolves.toBe(`/actions/${encodeURIComponent(actionId)}`);
    await expect(page.getByRole('row', { name: /Callback within four hours for Innendienst/ }).innerText()).resolves.toMatch(/In progress/);
    await expectNoAxeViolations(page, 'actions list');

    // 5. SLA: propose a new objective to Innendienst.
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'SLAs' }).click();
    await page.getByRole('heading', { level: 1, name: 'Service level agreements' }).waitFor();
    await page.getByRole('link', { name: 'Service Desk → Innendienst' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Service Desk → Innendienst' }).waitFor();
    const slaUrl = page.url();
    const relationshipId = decodeURIComponent(new URL(slaUrl).pathname.split('/').at(-1) ?? '');
    const proposeCard = page.getByRole('region', { name: 'Propose an SLA' });
    const objectiveName = 'Hardware delivery within three days';
    await typeInto(proposeCard.getByLabel('Name', { exact: true }), objectiveName);
    await proposeCard.getByLabel('Metric', { exact: true }).selectOption({ label: 'on-time delivery' });
    await proposeCard.getByLabel('Unit', { exact: true }).selectOption({ label: 'days' });
    await proposeCard.getByLabel('Period', { exact: true }).selectOption({ label: 'Monthly' });
    await proposeCard.getByLabel('Direction', { exact: true }).selectOption({ label: 'at most' });
    await typeInto(proposeCard.getByLabel(/^Target/), '3');
    await proposeCard.getByText('In words: mean of on-time delivery at most 3 days per month').waitFor();
    await proposeCard.getByRole('button', { name: 'Propose', exact: true }).press('Enter');
    await page.getByRole('status').getByText('Proposed. The other side agrees or declines it.', { exact: true }).waitFor();
    const proposedCard = page.getByRole('region', { name: objectiveName });
    await proposedCard.getByRole('heading', { name: 'Pending proposal' }).waitFor();
    await proposedCard.getByText(/^Proposed by Lead Service Desk for the provider on /).waitFor();
    await proposedCard.getByRole('button', { name: `Withdraw the proposal “${objectiveName}”` }).waitFor();

    // The lead of Innendienst agrees, in a second browser context, and records a measurement.
    const customer = await signIn(innendienstLead);
    const customerPage = customer.page;
    await customerPage.goto(slaUrl);
    await customerPage.getByRole('heading', { level: 1, name: 'Service Desk → Innendienst' }).waitFor();
    const card = customerPage.getByRole('region', { name: objectiveName });
    await card.getByRole('button', { name: `Agree to “${objectiveName}” for the customer` }).press('Enter');
    await card.getByRole('button', { name: 'Yes', exact: true }).press('Enter');
    await card.getByRole('status').getByText('Agreed.', { exact: true }).waitFor();
    await card.getByText('Agreed terms').waitFor();
    const measuredDate = await card.getByLabel('Date', { exact: true }).inputValue();
    expect(measuredDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await typeInto(card.getByLabel(/^Value/), '2');
    await card.getByRole('button', { name: 'Record' }).press('Enter');
    await card.getByRole('status').getByText('Recorded.', { exact: true }).waitFor();
    const measurements = card.getByRole('table', { name: `The latest measurements of ${objectiveName}` });
    await measurements.getByRole('cell', { name: '2 days' }).waitFor();
    await measurements.getByRole('cell', { name: 'form' }).waitFor();
    // Compliance counts it in the running month. That month started before the objective's
    // "valid from" (today), so by design it is not judged: no version applied at its start.
    const compliance = card.getByRole('table', { name: `Compliance of ${objectiveName} by period` });
    const runningMonth = compliance.getByRole('row', { name: new RegExp(`^${measuredDate.slice(0, 7)}`) });
    await expect.poll(() => runningMonth.getByRole('cell').nth(3).innerText()).toBe('1');

    // The SLA beside perception: each closed wave's verdict with the server's explanation in English.
    const perceptionResponse = await customerPage.request.get(
      `${baseUrl}/api/sla/relationships/${encodeURIComponent(relationshipId)}/perception`,
    );
    expect(perceptionResponse.status()).toBe(200);
    type Bilingual = { en: string; de: string };
    const perception = (await perceptionResponse.json()) as {
      waves: {
        wave: { name: string };
        objectives: {
          name: string;
          comparison: { flag: string };
          explanation: { title: Bilingual; meaning: Bilingual; advice: Bilingual };
        }[];
      }[];
    };
    // The section loaded with the page, before the agreement: reload to see the new objective in it too.
    await customerPage.reload();
    const perceptionCard = customerPage.getByRole('region', { name: 'SLA beside perception' });
    const shownWaves = perception.waves.filter((entry) => entry.objectives.length > 0);
    expect(shownWaves.map((entry) => entry.wave.name)).toEqual(expect.arrayContaining([FIRST_WAVE, SECOND_WAVE]));
    // Every objective of every closed wave: its verdict in words, and what the verdict means.
    for (const { wave, objectives } of shownWaves) {
      const waveSection = perceptionCard.getByRole('region', { name: `Wave: ${wave.name}` });
      for (const entry of objectives) {
        await waveSection
          .getByRole('row', { name: new RegExp(`^${escape(entry.name)} `) })
          .getByText(entry.explanation.title.en, { exact: true })
          .waitFor();
        await waveSection.getByText(entry.explanation.meaning.en).waitFor();
        await waveSection.getByText(entry.explanation.advice.en).waitFor();
      }
    }
    // At least one closed wave sets measured SLA and perception side by side (not just "no data").
    expect(shownWaves.flatMap((entry) => entry.objectives.map((objective) => objective.comparison.flag))).toEqual(
      expect.arrayContaining([expect.not.stringMatching(/^no-data$/)]),
    );
    await expectNoAxeViolations(customerPage, 'relationship SLA page');
    await card.screenshot({ path: 'test-results/journey-sla-objective.png' });
    await perceptionCard.screenshot({ path: 'test-results/journey-sla-perception.png' });

    // 6. Retrospective of the first wave, started by the Service Desk's lead.
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Retrospectives' }).click();
    await page.getByRole('heading', { level: 1, name: 'Retrospectives' }).waitFor();
    const startCard = page.getByRole('region', { name: 'Start a retrospective' });
    const relationshipSelect = startCard.getByLabel('Relationship', { exact: true });
    const relationshipOption = relationshipSelect.locator('option').filter({ hasText: /Service Desk → .*Innendienst$/ });
    await relationshipSelect.selectOption((await relationshipOption.getAttribute('value')) ?? '');
    await startCard.getByLabel('Closed wave').selectOption({ label: FIRST_WAVE });
    await startCard.getByRole('button', { name: 'Start', exact: true }).press('Enter');
    await page.waitForURL(/\/retrospectives\/[^/?]+$/);
    const retrospectiveUrl = page.url();
    await page.getByText(`Retrospective of the wave ${FIRST_WAVE}`).waitFor();
    await typeInto(page.getByLabel('What works'), 'Friendly people at the hotline.');
    await typeInto(page.getByLabel('What to change'), 'Innendienst waits too long for a first answer.');
    await typeInto(page.getByLabel('What we agree'), 'A named contact and a callback within four hours.');
    await page.getByRole('button', { name: 'Save notes' }).press('Enter');
    await page.getByRole('status').getByText('Your notes are saved.', { exact: true }).waitFor();
    await page.getByRole('checkbox', { name: /^Callback within four hours for Innendienst \(In progress, due / }).check();
    await page.getByRole('checkbox', { name: objectiveName, exact: true }).check();
    await page.getByRole('button', { name: 'Save links' }).press('Enter');
    await page.getByRole('status').getByText('The links are saved.', { exact: true }).waitFor();
    await page.getByRole('region', { name: 'Linked SLA objectives' }).getByRole('link', { name: objectiveName }).waitFor();
    const linked = page.getByRole('region', { name: 'Linked actions' });
    await expect(linked.getByRole('link', { name: /^Callback within four hours for Innendienst/ }).getAttribute('href')).resolves.toBe(
      `/actions/${encodeURIComponent(actionId)}`,
    );

    // The customer's answers, then completion, by the lead of Innendienst.
    await customerPage.goto(retrospectiveUrl);
    await customerPage.getByText(`Retrospective of the wave ${FIRST_WAVE}`).waitFor();
    await customerPage.getByRole('heading', { name: 'Your notes (Customer)' }).waitFor();
    await typeInto(customerPage.getByLabel('What works'), 'Problems get solved once someone picks them up.');
    await typeInto(customerPage.getByLabel('What to change'), 'We never know when we will hear back.');
    await typeInto(customerPage.getByLabel('What we agree'), 'We call the named contact; the callback comes within four hours.');
    await customerPage.getByRole('button', { name: 'Save notes' }).press('Enter');
    await customerPage.getByRole('status').getByText('Your notes are saved.', { exact: true }).waitFor();
    await customerPage.getByText('Both sides have written.', { exact: false }).waitFor();
    await customerPage.getByRole('button', { name: 'Complete this retrospective' }).press('Enter');
    await customerPage.getByRole('button', { name: 'Yes, complete' }).press('Enter');
    await customerPage.getByRole('status').getByText('The retrospective is completed.', { exact: true }).waitFor();
    await customerPage.getByText('Completed', { exact: true }).first().waitFor();

    // The provider sees it completed, with both sides' answers; axe on the detail page.
    await page.reload();
    await page.getByText(/^Completed on /).waitFor();
    await page.getByText('Completed', { exact: true }).first().waitFor();
    await page.getByText('We never know when we will hear back.').waitFor();
    await page.getByText('Innendienst waits too long for a first answer.').waitFor();
    await expectNoAxeViolations(page, 'retrospective detail');
    await page.screenshot({ path: 'test-results/journey-retrospective.png', fullPage: true });
    await page.getByRole('link', { name: 'All retrospectives' }).click();
    const listedRetrospective = page
      .getByRole('row')
      .filter({ hasText: FIRST_WAVE })
      .filter({ has: page.getByRole('link', { name: /Service Desk → .*Innendienst$/ }) });
    await listedRetrospective.getByText('Completed', { exact: true }).waitFor();
    await listedRetrospective.getByText('Both sides', { exact: true }).waitFor();

    // 7. No console errors anywhere on the way.
    expect(consoleErrors).toEqual([]);
    await customer.context.close();
    await provider.context.close();
  }, 120_000);
});

/** A difference as the effect section formats it in English: two decimals, a sign, U+2212 for minus. */
function signed(value: number | null): string {
  if (value === null) return '–';
  const rounded = Number(value.toFixed(2));
  const text = new Intl.NumberFormat('en', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: rounded === 0 ? 'never' : 'always',
  }).format(rounded);
  return text.replace('-', '−');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
