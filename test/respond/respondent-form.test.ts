import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSurveyWave, invite, type SurveyWave } from './fixture.js';
import { RespondentClient } from './respondent-client.js';
import { createRespondentTestServer, type RespondentTestServer } from './support.js';

// The respondent form as a browser without JavaScript uses it: form posts and redirects.
let server: RespondentTestServer;
let wave: SurveyWave;

beforeAll(async () => {
  server = await createRespondentTestServer();
  wave = await createSurveyWave(server.context, server.db, { customerNames: ['Marketing'] });
});
afterAll(async () => {
  await server?.cleanup();
});

const providerNamed = (prefix: string) => {
  const unit = wave.providers.find((provider) => provider.name.startsWith(prefix));
  if (!unit) throw new Error(`no provider ${prefix}`);
  return unit;
};

async function openForm(locale: 'de' | 'en' = 'en') {
  const invitee = await invite(server.context, server.db, wave, { locale });
  const client = new RespondentClient(server.app);
  await client.open(invitee.token);
  return { client, ...invitee };
}

// Submissions wait in the inbox until the mover runs (every minute in a server); move them first.
const storedRows = async (table: 'responses' | 'comments') => {
  await server.context.stores.responding.moveInbox(() => randomUUID());
  return server.db.selectFrom(table).selectAll().where('wave_id', '=', wave.waveId).execute();
};

describe('the respondent journey without JavaScript', () => {
  it('rates providers one per page, marks one "no contact", adds one, reviews and submits', async () => {
    const { client, invitationId } = await openForm();
    const responsesBefore = (await storedRows('responses')).length;
    await client.postPage({});
    // Providers come in name order.
    expect(client.heading()).toBe(`How do you experience ${providerNamed('Controlling').name}?`);
    expect(client.lastPage).toContain('Provider 1 of 3');
    await client.postPage({
      'rel-1': '4',
      'rel-2': 'x',
      'importance:reliability': '5',
      overall: '4',
      nps: '9',
      'comment:keep': 'Quick answers',
    });
    expect(client.heading()).toBe(`How do you experience ${providerNamed('Facilities').name}?`);
    await client.postPage({ 'no-contact': '1', 'rel-1': '1' });
    await client.postPage({ 'cou-1': '5' });
    expect(client.heading()).toBe('Did you work with another unit?');
    const added = wave.others[0];
    await client.postPage({ unit: added?.id ?? '' }, 'add');
    expect(client.heading()).toBe(`How do you experience ${added?.name}?`);
    expect(client.lastPage).not.toContain('name="no-contact"');
    await client.postPage({ 'com-1': '3' });
    expect(client.heading()).toBe('Did you work with another unit?');
    await client.postPage({});
    expect(client.heading()).toBe(`How does ${wave.customersOfCustomer[0]?.name} work with your unit?`);
    await client.postPage({ 'no-contact': '1' });
    expect(client.heading()).toBe('How do your internal customers see your unit?');
    await client.postPage({ 'self:reliability': '4' });
    expect(client.heading()).toBe('Check your answers');
    expect(client.lastPage).toContain('no contact');
    expect(client.lastPage).toContain('5 of 28 questions answered');

    await client.post('/r/submit', {});
    expect(client.heading()).toBe('Thank you!');
    const responses = (await storedRows('responses')).length - responsesBefore;
    expect(responses).toBe(5);
    const rows = (await storedRows('responses')).filter((row) => row.customer_unit_id === wave.customerUnit.id);
    const byProvider = new Map(rows.map((row) => [row.provider_unit_id, row]));
    expect(JSON.parse(byProvider.get(providerNamed('Controlling').id)?.answers ?? '{}')).toEqual({
      'rel-1': 4,
      'rel-2': null,
      'importance:reliability': 5,
      overall: 4,
      nps: 9,
    });
    expect(byProvider.get(providerNamed('Facilities').id)?.kind).toBe('no-contact');
    expect(byProvider.get(providerNamed('Facilities').id)?.answers).toBe('{}');
    expect(byProvider.get(added?.id ?? '')?.kind).toBe('perception');
    const self = rows.find((row) => row.kind === 'self');
    expect(self?.provider_unit_id).toBe(wave.customerUnit.id);
    expect(JSON.parse(self?.answers ?? '{}')).toEqual({ 'self:reliability': 4 });
    expect(rows.every((row) => /^\d{4}-\d{2}-\d{2}$/.test(row.submitted_on))).toBe(true);
    const comments = (await storedRows('comments')).filter((comment) => comment.text === 'Quick answers');
    expect(comments).toEqual([
      expect.objectContaining({ topic: 'keep', provider_unit_id: providerNamed('Controlling').id, customer_unit_id: wave.customerUnit.id }),
    ]);
    const invitation = await server.db.selectFrom('invitations').selectAll().where('id', '=', invitationId).executeTakeFirstOrThrow();
    expect(invitation.is_submitted).toBe(1);
    expect(invitation.draft).toBeNull();
  });

  it('lets a member of a unit that only serves rate its customers and predict its own rating', async () => {
    const controlling = providerNamed('Controlling');
    const invitee = await invite(server.context, server.db, wave, { unitId: controlling.id });
    const client = new RespondentClient(server.app);
    await client.open(invitee.token);
    expect(client.lastPage).toContain('your view of working with the units your unit serves.');
    expect(client.lastPage).toContain('Your unit uses no other unit’s services in this survey.');
    expect(client.lastPage).toContain('Your unit serves another unit: you say how working with it goes.');
    expect(client.lastPage).toContain('Last, you predict how your unit’s customers will rate it.');
    await client.postPage({});
    expect(client.heading()).toBe('Did you work with another unit?');
    await client.postPage({});
    expect(client.heading()).toBe(`How does ${wave.customerUnit.name} work with your unit?`);
    expect(client.lastPage).toContain('Customer 1 of 1');
    await client.postPage({ 'rev-clr-1': '2' });
    expect(client.heading()).toBe('How do your internal customers see your unit?');
    await client.postPage({ 'self:reliability': '3' });
    expect(client.heading()).toBe('Check your answers');
    await client.post('/r/submit', {});
    expect(client.heading()).toBe('Thank you!');
    const rows = (await storedRows('responses')).filter((row) => row.provider_unit_id === controlling.id && row.kind !== 'perception');
    expect(rows.map((row) => [row.kind, row.customer_unit_id, JSON.parse(row.answers)]).sort()).toEqual([
      ['reverse', wave.customerUnit.id, { 'rev-clr-1': 2 }],
      ['self', controlling.id, { 'self:reliability': 3 }],
    ]);
  });

  it('refuses a provider page with neither "no contact" nor an answer, with an error summary linking to the field', async () => {
    const { client } = await openForm();
    await client.postPage({});
    const response = await client.postPage({ 'comment:keep': '   ' });
    expect(response.statusCode).toBe(422);
    expect(client.lastPage).toMatch(/<title>There is a problem: How do you experience/);
    expect(client.lastPage).toMatch(/class="error-summary" role="alert" tabindex="-1"/);
    expect(client.lastPage).toMatch(/<a href="#q1-1">Answer at least one question about .+, or tick “no contact”.<\/a>/);
    expect(client.lastPage).toContain('id="q1-1"');
    // Back and save never validate.
    await client.postPage({}, 'back');
    expect(client.heading()).toBe('How well do we work together?');
  });

  it('refuses a value that is not an option, says so beside the question, and does not save it', async () => {
    const { client } = await openForm();
    await client.postPage({});
    const response = await client.postPage({ 'rel-1': '9', 'rel-2': '2' });
    expect(response.statusCode).toBe(422);
    expect(client.lastPage).toMatch(/<fieldset class="question invalid" aria-describedby="q1-error">/);
    expect(client.lastPage).toContain('Choose one of the answers offered.');
    await client.get('/r');
    expect(client.lastPage).toContain('name="rel-2" value="2" checked');
    expect(client.lastPage).not.toMatch(/name="rel-1" value="\d" checked/);
  });

  it('saves and resumes: with the same cookie, and with the link on another device', async () => {
    const { client, token } = await openForm();
    await client.postPage({});
    await client.postPage({ 'rel-1': '2', 'comment:stop': 'Long waits' }, 'save');
    expect(client.lastPage).toContain('Your answers are saved.');
    await client.get('/r');
    expect(client.lastPage).toContain('name="rel-1" value="2" checked');
    const otherDevice = new RespondentClient(server.app);
    await otherDevice.open(token);
    expect(otherDevice.heading()).toBe(client.heading());
    expect(otherDevice.lastPage).toContain('name="rel-1" value="2" checked');
    expect(otherDevice.lastPage).toContain('>Long waits</textarea>');
  });

  it('switches the language and keeps it in the draft', async () => {
    const { client, token } = await openForm('en');
    await client.postPage({});
    const switched = await client.get(`/r?lang=de&page=${encodeURIComponent(client.currentPageKey())}`);
    expect(switched.statusCode).toBe(303);
    expect(client.lastPage).toContain('<html lang="de">');
    expect(client.heading()).toBe(`Wie erleben Sie ${providerNamed('Controlling').name}?`);
    expect(client.lastPage).toContain('stimme voll zu');
    const otherDevice = new RespondentClient(server.app);
    await otherDevice.open(token);
    expect(otherDevice.lastPage).toContain('<html lang="de">');
  });

  it('lets the respondent remove a unit they added, and refuses units that may not be added', async () => {
    const { client } = await openForm();
    await client.get('/r?page=add-provider');
    for (const unitId of [wave.customerUnit.id, wave.providers[0]?.id ?? '', 'no-such-unit', '']) {
      const refused = await client.postPage({ unit: unitId }, 'add');
      expect(refused.statusCode).toBe(422);
      expect(client.lastPage).toContain('Choose a unit from the list.');
    }
    await client.postPage({ unit: wave.others[1]?.id ?? '' }, 'add');
    expect(client.heading()).toBe(`How do you experience ${wave.others[1]?.name}?`);
    await client.postPage({}, 'remove');
    expect(client.heading()).toBe('Did you work with another unit?');
    expect(client.lastPage).not.toContain(`${wave.others[1]?.name}</p>`);
  });

  it('sends an incomplete submission back to the first page that needs an answer', async () => {
    const { client } = await openForm();
    await client.post('/r/submit', {});
    expect(client.heading()).toBe(`How do you experience ${providerNamed('Controlling').name}?`);
    expect(client.lastPage).toContain('Answer at least one question about');
  });

  it('refuses a form post without the CSRF token and stores nothing', async () => {
    const { client, invitationId } = await openForm();
    const response = await client.post('/r/page', { page: 'intro', action: 'next' }, { csrf: 'forged' });
    expect(response.statusCode).toBe(403);
    expect(client.lastPage).toContain('This page has expired');
    const invitation = await server.db.selectFrom('invitations').select('draft').where('id', '=', invitationId).executeTakeFirstOrThrow();
    expect(invitation.draft).toBeNull();
  });

  it('answers a form post that is too large with a page, not JSON, and keeps the draft', async () => {
    const { client, invitationId } = await openForm();
    const response = await client.postPage({ 'comment:keep': 'x'.repeat(300 * 1024) });
    expect(response.statusCode).toBe(413);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(client.lastPage).toContain('That did not work');
    const invitation = await server.db.selectFrom('invitations').select('draft').where('id', '=', invitationId).executeTakeFirstOrThrow();
    expect(invitation.draft).toBeNull();
  });

  it('after submitting, every page says thank you and accepts nothing', async () => {
    const { client, invitationId } = await openForm('de');
    const csrf = client.csrfToken();
    for (const provider of wave.providers) {
      await client.get(`/r?page=${encodeURIComponent(`provider:${provider.id}`)}`);
      await client.postPage({ 'no-contact': '1' }, 'save');
    }
    await client.get(`/r?page=${encodeURIComponent(`customer:${wave.customersOfCustomer[0]?.id}`)}`);
    await client.postPage({ 'no-contact': '1' }, 'save');
    await client.post('/r/submit', {});
    expect(client.heading()).toBe('Vielen Dank!');
    const countRows = async () => (await storedRows('responses')).length;
    const stored = await countRows();
    const afterwards = [
      await client.post('/r/submit', {}, { csrf }),
      await client.post('/r/page', { page: 'intro', action: 'next', unit: wave.others[0]?.id ?? '' }, { csrf }),
      await client.get('/r'),
    ];
    for (const response of afterwards) expect([200, 303]).toContain(response.statusCode);
    expect(client.heading()).toBe('Vielen Dank!');
    expect(await countRows()).toBe(stored);
    const invitation = await server.db.selectFrom('invitations').select('draft').where('id', '=', invitationId).executeTakeFirstOrThrow();
    expect(invitation.draft).toBeNull();
  });
});
