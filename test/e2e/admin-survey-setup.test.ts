import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../src/app/ports.js';
import { buildStandardContent, type QuestionnaireContent } from '../../src/domain/questionnaire/questionnaire.js';
import { expectNoAxeViolations } from '../support/browser.js';
import { startDemoServer, type DemoServer } from '../support/demo-server.js';
import { ApiClient, expectProblem } from '../support/server.js';

// How an admin sets up a survey, in Chromium: the standard questionnaire's first version is
// frozen by a wave that opened with it, so the admin starts a new draft in the editor,
// rewords, reorders, removes and adds items and switches a block off; the database then holds
// exactly those changes, and the frozen version none. On the outbox page a failed mail shows
// its error and goes back to the queue with "Retry"; reminders show no recipient, subject or
// text. axe-core checks both pages (WCAG 2.1 AA).
describe('the questionnaire editor and the outbox, as an admin in Chromium', { timeout: 240_000 }, () => {
  let demo: DemoServer | undefined;
  let browser: Browser;
  let baseUrl: string;
  let api: ApiClient;
  let waveId: string;
  let frozenVersionId: string;
  let invited: number;
  const consoleErrors: string[] = [];
  const WAVE = 'Setup spring 2026';
  const ADMIN = { email: 'admin@muster-ag.example', password: 'eyelevel-demo' };
  const SMTP_ERROR = '550 5.1.1 mailbox unavailable';

  beforeAll(async () => {
    demo = await startDemoServer({ seed: 'company' });
    ({ baseUrl, browser } = demo);
    // Through the API: a wave over the whole company opens with the standard questionnaire's
    // first version (a draft until now), which freezes it and queues one invitation per invitee.
    api = new ApiClient(demo.app);
    expect((await api.signIn(ADMIN.email, ADMIN.password)).status).toBe(200);
    const listed = await api.get('/api/questionnaires');
    expect(listed.status).toBe(200);
    const standard = listed.body.questionnaires.find((questionnaire: { id: string }) => questionnaire.id === 'standard');
    expect(standard.versions).toHaveLength(1);
    expect(standard.versions[0]).toMatchObject({ number: 1, status: 'draft', itemCount: 22 });
    frozenVersionId = standard.versions[0].id;
    const created = await api.post('/api/waves', {
      name: WAVE,
      questionnaireVersionId: frozenVersionId,
      scope: { providerUnitIds: null, customerUnitIds: null },
    });
    expect(created.status).toBe(201);
    waveId = created.body.id;
    const opened = await api.post(`/api/waves/${waveId}/open`);
    expect(opened.status).toBe(200);
    expect(opened.body.status).toBe('open');
    invited = (await demo.test.runtime.context.stores.outbox.countByStatus(waveId)).pending;
    expect(invited).toBeGreaterThan(25);
  });
  afterAll(async () => {
    await demo?.close();
  });

  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
  };

  async function signInAsAdmin(): Promise<{ page: Page; close: () => Promise<void> }> {
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    watch(page);
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel(/e-?mail/i).fill(ADMIN.email);
    await page.getByLabel(/password/i).fill(ADMIN.password);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    return { page, close: () => context.close() };
  }

  async function storedVersions(): Promise<{ id: string; number: number; status: string; content: QuestionnaireContent }[]> {
    const rows = await demo!.test.runtime.handle.db
      .selectFrom('questionnaire_versions')
      .select(['id', 'number', 'status', 'content'])
      .where('questionnaire_id', '=', 'standard')
      .orderBy('number')
      .execute();
    return rows.map((row) => ({ id: row.id, number: Number(row.number), status: row.status, content: JSON.parse(row.content) }));
  }

  it('edits a new draft of the standard questionnaire, and leaves the frozen version as it was', async () => {
    const REWORDED = {
      de: '{provider} hält vereinbarte Fristen verlässlich ein.',
      en: '{provider} reliably meets the deadlines we agree on.',
    };
    const ADDED = { de: '{customer} meldet Änderungen frühzeitig.', en: '{customer} tells us about changes early.' };
    const { page, close } = await signInAsAdmin();

    // The list: version 1 is frozen, used by the wave, and can only be viewed.
    await page.goto(`${baseUrl}/questionnaires`);
    const standard = page.getByRole('region', { name: 'Standard', exact: true });
    const firstRow = standard.getByRole('row', { name: /^Version 1\b/ });
    await firstRow.waitFor();
    expect((await firstRow.getByRole('cell').allInnerTexts()).map((text) => text.trim())).toEqual(['Frozen', '22', WAVE, 'View']);
    await standard.getByRole('link', { name: 'View Standard, version 1' }).click();
    await page.waitForURL(`${baseUrl}/questionnaires/standard/versions/${frozenVersionId}`);

    // The frozen version: read-only texts, disabled blocks, no save; the API refuses to edit it.
    await page.getByText('Version 1 is frozen: a wave opened with it.').waitFor();
    const main = page.locator('main');
    await main.getByText('{provider} keeps the deadlines it commits to.').waitFor();
    expect(await main.getByRole('textbox').count()).toBe(0);
    expect(await main.getByRole('button', { name: 'Save draft' }).count()).toBe(0);
    const frozenBlocks = main.getByRole('checkbox');
    expect(await frozenBlocks.count()).toBe(6);
    for (const checkbox of await frozenBlocks.all()) expect(await checkbox.isDisabled()).toBe(true);
    const refused = await api.request('PUT', '/api/questionnaires/standard/draft', {
      body: { ...buildStandardContent(), blocks: { ...buildStandardContent().blocks, nps: false } },
    });
    expectProblem(refused, 409);

    // Start the next draft from the frozen version.
    await page.getByRole('button', { name: 'Start new draft' }).click();
    await page.waitForURL(
      (url) => /^\/questionnaires\/standard\/versions\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith(frozenVersionId),
    );
    await page.getByText('Draft: waves that open with this version later ask these questions.').waitFor();
    const draftVersionId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    expect(await page.getByRole('navigation', { name: 'Versions' }).getByRole('link').allInnerTexts()).toEqual([
      'Version 1 (Frozen)',
      'Version 2 (Draft)',
    ]);

    const perception = page.getByRole('region', { name: 'Perception items: internal customers rate a provider' });
    const reverse = page.getByRole('region', { name: 'Reverse items: providers rate their internal customers' });
    expect(await perception.getByRole('group').count()).toBe(18);
    expect(await reverse.getByRole('group').count()).toBe(4);

    // Reword item 1 in both languages.
    const first = perception.getByRole('group', { name: '1. Reliability rel-1', exact: true });
    await first.getByLabel('German', { exact: true }).fill(REWORDED.de);
    await first.getByLabel('English', { exact: true }).fill(REWORDED.en);

    // Move item 3 (rel-3) up, by keyboard: it becomes item 2, rel-2 item 3.
    await perception.getByRole('button', { name: 'Move item 3 up', exact: true }).focus();
    await page.keyboard.press('Enter');
    await perception.getByRole('group', { name: '2. Reliability rel-3', exact: true }).waitFor();
    await perception.getByRole('group', { name: '3. Reliability rel-2', exact: true }).waitFor();
    // The first item cannot move up, the last not down.
    expect(await perception.getByRole('button', { name: 'Move item 1 up', exact: true }).isDisabled()).toBe(true);
    expect(await perception.getByRole('button', { name: 'Move item 18 down', exact: true }).isDisabled()).toBe(true);

    // Remove item 9 (cou-2).
    const removed = perception.getByRole('group', { name: '9. Courtesy cou-2', exact: true });
    await removed.getByRole('button', { name: 'Remove item 9', exact: true }).click();
    await removed.waitFor({ state: 'detached' });
    expect(await perception.getByRole('group').count()).toBe(17);
    await perception.getByRole('group', { name: '9. Helpfulness hlp-1', exact: true }).waitFor();

    // Add a reverse item in both languages.
    const add = page.getByRole('region', { name: 'Add an item' });
    const addButton = add.getByRole('button', { name: 'Add item', exact: true });
    await add.getByLabel('Block', { exact: true }).selectOption('reverse');
    await add.getByLabel('Dimension', { exact: true }).selectOption('timely-input');
    await add.getByLabel('German', { exact: true }).fill(ADDED.de);
    expect(await addButton.isDisabled()).toBe(true); // both languages are needed
    await add.getByLabel('English', { exact: true }).fill(ADDED.en);
    await addButton.click();
    await add.getByRole('status').filter({ hasText: 'Item added at the end of its block.' }).waitFor();
    const added = reverse.getByRole('group', { name: '5. Timely input custom-1', exact: true });
    expect(await added.getByLabel('German', { exact: true }).inputValue()).toBe(ADDED.de);
    expect(await added.getByLabel('English', { exact: true }).inputValue()).toBe(ADDED.en);

    // Switch the NPS block off, by keyboard.
    const nps = page.getByRole('checkbox', { name: 'Internal NPS (0–10)', exact: true });
    await nps.focus();
    await page.keyboard.press('Space');
    expect(await nps.isChecked()).toBe(false);
    await page.getByRole('status').filter({ hasText: 'You have unsaved changes.' }).waitFor();

    await expectNoAxeViolations(page, 'questionnaire-editor');
    await page.screenshot({ path: 'test-results/questionnaire-editor.png', fullPage: true });
    await page.getByRole('button', { name: 'Save draft', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Draft saved.' }).waitFor();

    // Exactly those changes: the standard content, item rel-1 reworded, rel-3 before rel-2,
    // cou-2 gone, custom-1 at the end, NPS off; every other block still on.
    const standardContent = buildStandardContent();
    const byKey = (key: string) => standardContent.items.find((item) => item.key === key)!;
    const expected: QuestionnaireContent = {
      items: [
        { ...byKey('rel-1'), text: REWORDED },
        byKey('rel-3'),
        byKey('rel-2'),
        ...standardContent.items.slice(3).filter((item) => item.key !== 'cou-2'),
        { key: 'custom-1', block: 'reverse', dimension: 'timely-input', text: ADDED },
      ],
      blocks: { importance: true, overall: true, nps: false, comments: true, reverse: true, selfAssessment: true },
    };
    const fetched = await api.get(`/api/questionnaires/standard/versions/${draftVersionId}`);
    expect(fetched.status).toBe(200);
    expect(fetched.body.version).toMatchObject({ number: 2, status: 'draft' });
    expect(fetched.body.version.content).toEqual(expected);
    expect(await storedVersions()).toEqual([
      { id: frozenVersionId, number: 1, status: 'frozen', content: buildStandardContent() },
      { id: draftVersionId, number: 2, status: 'draft', content: expected },
    ]);

    // After a reload the editor shows what was saved.
    await page.reload();
    const reloaded = page.getByRole('region', { name: 'Perception items: internal customers rate a provider' });
    const reloadedFirst = reloaded.getByRole('group', { name: '1. Reliability rel-1', exact: true });
    expect(await reloadedFirst.getByLabel('German', { exact: true }).inputValue()).toBe(REWORDED.de);
    expect(await reloadedFirst.getByLabel('English', { exact: true }).inputValue()).toBe(REWORDED.en);
    expect(await page.getByRole('checkbox', { name: 'Internal NPS (0–10)', exact: true }).isChecked()).toBe(false);

    // The frozen version points to the draft and still cannot be edited.
    await page.getByRole('navigation', { name: 'Versions' }).getByRole('link', { name: 'Version 1 (Frozen)' }).click();
    await page.getByRole('link', { name: 'Version 2 is the current draft.' }).waitFor();
    expect(await page.locator('main').getByRole('textbox').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Start new draft' }).count()).toBe(0);
    expect(await page.locator('main').getByText('{provider} keeps the deadlines it commits to.').count()).toBe(1);

    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('shows a failed mail with its error, retries it, and shows reminders without recipient, subject or text', async () => {
    const { db } = demo!.test.runtime.handle;
    const outbox = demo!.test.runtime.context.stores.outbox;
    const { page, close } = await signInAsAdmin();

    // Reminders for the open wave, from its page.
    await page.goto(`${baseUrl}/waves/${waveId}`);
    await page.getByRole('heading', { name: WAVE }).waitFor();
    await page.getByRole('button', { name: 'Send a reminder to everyone invited who has not answered' }).click();
    await page.getByRole('button', { name: 'Yes' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Reminders to ${invited} people are in the outbox.` })
      .waitFor();

    // One invitation and one reminder fail for good, as the mail worker records it.
    const entries = await outbox.list({ limit: 1000, offset: 0 });
    const invitations = entries.filter((entry) => entry.kind === 'invitation');
    const reminders = entries.filter((entry) => entry.kind === 'reminder');
    expect(invitations).toHaveLength(invited);
    expect(reminders).toHaveLength(invited);
    const invitation = invitations[0] as OutboxEntry;
    const reminder = reminders[0] as OutboxEntry;
    await outbox.markFailed(invitation.id, { error: SMTP_ERROR, nextAttemptAt: null });
    await outbox.markFailed(reminder.id, { error: `${SMTP_ERROR} for <${reminder.recipient}>`, nextAttemptAt: null });
    expect(await outbox.countByStatus()).toEqual({ pending: 2 * invited - 2, sent: 0, failed: 2 });

    await page.goto(`${baseUrl}/outbox`);
    await page.getByText('No mail server is configured (SMTP_URL)').waitFor();
    const counts = page.getByLabel('Mails by status');
    await counts.waitFor();
    expect(await counts.locator('dt').allInnerTexts()).toEqual(['Pending', 'Sent', 'Failed']);
    expect(await counts.locator('dd').allInnerTexts()).toEqual([String(2 * invited - 2), '0', '2']);

    // Only the failed ones.
    await page.getByLabel('Status', { exact: true }).selectOption('failed');
    await page.getByText('2 mails', { exact: true }).waitFor();
    const mails = page.locator('main').getByRole('listitem');
    const failedInvitation = mails.filter({ has: page.getByRole('button', { name: `Retry the mail to ${invitation.recipient}` }) });
    const failedReminder = mails.filter({ has: page.getByRole('button', { name: 'Retry this reminder' }) });
    const invitationText = await failedInvitation.innerText();
    expect(invitationText).toContain('Failed');
    expect(invitationText).toContain(invitation.subject);
    expect(invitationText).toContain(invitation.recipient);
    expect(invitationText).toContain(`Last error: ${SMTP_ERROR}`);
    // A failed reminder shows its SMTP codes only: the reply text may name the recipient.
    const reminderText = await failedReminder.innerText();
    expect(reminderText).toContain('Failed');
    expect(reminderText).toContain('not shown: reminders go only to those who have not answered');
    expect(reminderText).toContain('Last error: SMTP 550 5.1.1 (details withheld)');
    expect(reminderText).not.toContain(reminder.recipient);
    expect(reminderText).not.toContain(reminder.subject);
    expect(reminderText).not.toContain('mailbox unavailable');
    await expectNoAxeViolations(page, 'outbox-failed');
    await page.screenshot({ path: 'test-results/outbox-failed.png', fullPage: true });

    // Retry the invitation by keyboard: it is pending again, due now, in the database.
    const before = new Date().toISOString();
    await failedInvitation.getByRole('button', { name: `Retry the mail to ${invitation.recipient}` }).focus();
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: `The mail to ${invitation.recipient} is queued again.` })
      .waitFor();
    await page.getByText('1 mail', { exact: true }).waitFor();
    const retried = await db
      .selectFrom('outbox')
      .select(['status', 'next_attempt_at', 'claimed_by'])
      .where('id', '=', invitation.id)
      .executeTakeFirstOrThrow();
    expect(retried.status).toBe('pending');
    expect(retried.claimed_by).toBeNull();
    expect(retried.next_attempt_at >= before).toBe(true);
    expect(await failedInvitation.count()).toBe(0);

    // The reminder too.
    await failedReminder.getByRole('button', { name: 'Retry this reminder' }).click();
    await page.getByRole('status').filter({ hasText: 'The reminder is queued again.' }).waitFor();
    await page.getByText('No mails.', { exact: true }).waitFor();
    const retriedReminder = await db.selectFrom('outbox').select('status').where('id', '=', reminder.id).executeTakeFirstOrThrow();
    expect(retriedReminder.status).toBe('pending');
    expect(await outbox.countByStatus()).toEqual({ pending: 2 * invited, sent: 0, failed: 0 });

    // The pending mails, newest first: the reminders name no recipient and show no subject or text.
    await page.getByLabel('Status', { exact: true }).selectOption('pending');
    await page.getByText(`${2 * invited} mails`, { exact: true }).waitFor();
    const shownReminders = mails.filter({ hasText: 'not shown: reminders go only to those who have not answered' });
    expect(await shownReminders.count()).toBe(25);
    for (const text of await shownReminders.allInnerTexts()) {
      expect(text).not.toMatch(/@/);
      expect(text).not.toContain(WAVE);
      expect(text).not.toContain('Show mail');
      expect(text).toContain('Reminder');
    }
    // With more than 25 invitees, the newest page holds reminders only.
    expect(await mails.count()).toBe(25);
    const shown = await page.locator('main').innerText();
    expect(reminders.map((entry) => entry.recipient).filter((address) => shown.includes(address))).toEqual([]);
    expect(shown).not.toMatch(new RegExp(`(Reminder|Erinnerung): ${WAVE}`));
    await expectNoAxeViolations(page, 'outbox-pending');

    // The API withholds the same: every reminder without recipient, subject and text.
    const listed: { kind: string }[] = [];
    for (let pageNumber = 1; listed.length < 2 * invited && pageNumber <= 10; pageNumber += 1) {
      const response = await api.get(`/api/outbox?status=pending&pageSize=200&page=${pageNumber}`);
      expect(response.status).toBe(200);
      listed.push(...response.body.items);
    }
    expect(listed).toHaveLength(2 * invited);
    const listedReminders = listed.filter((item) => item.kind === 'reminder');
    expect(listedReminders).toHaveLength(invited);
    for (const item of listedReminders) expect(item).toMatchObject({ recipient: null, subject: null, bodyText: null });

    expect(consoleErrors).toEqual([]);
    await close();
  });
});
