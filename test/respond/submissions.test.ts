import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSurveyWave, invite, inviteMany, twentyAnswers, type SurveyWave } from './fixture.js';
import { RespondentClient } from './respondent-client.js';
import { createRespondentTestServer, submitWithToken, type RespondentTestServer } from './support.js';

// POST /api/respond/submissions: validation, idempotency and the group-commit writer.
let server: RespondentTestServer;
let wave: SurveyWave;

beforeAll(async () => {
  server = await createRespondentTestServer();
  wave = await createSurveyWave(server.context, server.db, { customerNames: ['Marketing'] });
});
afterAll(async () => {
  await server?.cleanup();
});

// Stored rows of the wave: still in the inbox, or moved out of it.
const countRows = async (table: 'responses' | 'comments') => {
  let total = 0;
  for (const name of [table, table === 'responses' ? 'response_inbox' : 'comment_inbox'] as const) {
    const row = await server.db
      .selectFrom(name)
      .select((eb) => eb.fn.countAll().as('n'))
      .where('wave_id', '=', wave.waveId)
      .executeTakeFirstOrThrow();
    total += Number(row.n);
  }
  return total;
};
const perception = (providerIndex = 0) => ({
  kind: 'perception',
  providerUnitId: wave.providers[providerIndex]?.id,
  answers: twentyAnswers(wave.content),
});

describe('submitting through the API', () => {
  it('stores one response per rating and the comments apart, after the commit', async () => {
    const { token, invitationId } = await invite(server.context, server.db, wave);
    const [responsesBefore, commentsBefore] = [await countRows('responses'), await countRows('comments')];
    const response = await submitWithToken(server.app, token, [
      { ...perception(0), comments: { keep: 'Reliable', stop: 'Surprise changes' } },
      { kind: 'no-contact', providerUnitId: wave.providers[1]?.id },
      { kind: 'reverse', customerUnitId: wave.customersOfCustomer[0]?.id, answers: { 'rev-clr-1': 4 } },
      { kind: 'self', answers: { 'self:courtesy': 5 } },
    ]);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ submitted: true, isDuplicate: false });
    expect(await countRows('responses')).toBe(responsesBefore + 4);
    expect(await countRows('comments')).toBe(commentsBefore + 2);
    const invitation = await server.db.selectFrom('invitations').selectAll().where('id', '=', invitationId).executeTakeFirstOrThrow();
    expect(invitation.is_submitted).toBe(1);
  });

  // Built lazily: the wave exists only once beforeAll has run.
  it.each<[string, () => unknown[], string]>([
    ['an answer off the scale', () => [{ ...perception(), answers: { 'rel-1': 7 } }], 'ratings.0.answers.rel-1'],
    ['a fraction', () => [{ ...perception(), answers: { 'rel-1': 3.5 } }], 'ratings.0.answers.rel-1'],
    ['an answer in words', () => [{ ...perception(), answers: { 'rel-1': 'three' } }], 'body.ratings.0.answers.rel-1'],
    ['answers as a list', () => [{ ...perception(), answers: [3, 4] }], 'body.ratings.0.answers'],
    [
      'more than 200 answers',
      () => [{ ...perception(), answers: Object.fromEntries(Array.from({ length: 201 }, (_, index) => [`item-${index}`, 3])) }],
      'body.ratings.0.answers',
    ],
    [
      'a key of 81 characters, shown cut',
      () => [{ ...perception(), answers: { ['k'.repeat(81)]: 3 } }],
      `body.ratings.0.answers.${'k'.repeat(80)}…`,
    ],
    ['an unknown question', () => [{ ...perception(), answers: { 'no-such-item': 3 } }], 'ratings.0.answers.no-such-item'],
    ['an unknown unit', () => [{ kind: 'no-contact', providerUnitId: 'nope' }], 'ratings.0.providerUnitId'],
    ['an unknown kind', () => [{ kind: 'praise', providerUnitId: 'x', answers: {} }], 'body.ratings.0.kind'],
    ['an extra field', () => [{ ...perception(), note: 'hi' }], 'body.ratings.0'],
    ['a comment too long', () => [{ ...perception(), comments: { keep: 'x'.repeat(2001) } }], 'body.ratings.0.comments.keep'],
  ])('refuses %s with 422 naming the field, and stores nothing', async (_name, ratings, field) => {
    const { token, invitationId } = await invite(server.context, server.db, wave);
    const before = await countRows('responses');
    const response = await submitWithToken(server.app, token, ratings());
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json().detail).toContain(field);
    expect(await countRows('responses')).toBe(before);
    const invitation = await server.db
      .selectFrom('invitations')
      .select('is_submitted')
      .where('id', '=', invitationId)
      .executeTakeFirstOrThrow();
    expect(invitation.is_submitted).toBe(0);
  });

  it("lists at most ten problems of one rating's answers, however many there are", async () => {
    const { token } = await invite(server.context, server.db, wave);
    const answers = Object.fromEntries(Array.from({ length: 150 }, (_, index) => [`item-${index}`, 'three']));
    const response = await submitWithToken(server.app, token, [{ ...perception(), answers }]);
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toHaveLength(10);
  });

  it('answers an unknown, a forged and an expired token alike with 401', async () => {
    const expired = await invite(server.context, server.db, wave, { expiresAt: new Date(Date.now() - 1000).toISOString() });
    const answers = await Promise.all(
      ['C'.repeat(43), 'x', expired.token].map((token) => submitWithToken(server.app, token, [perception()])),
    );
    for (const answer of answers) {
      expect(answer.statusCode).toBe(401);
      expect(answer.json().detail).toBe(answers[0]?.json().detail);
    }
    expect((await server.app.inject({ method: 'POST', url: '/api/respond/submissions', payload: { ratings: [] } })).statusCode).toBe(401);
  });

  it('refuses submissions to a closed wave with 409', async () => {
    const closed = await createSurveyWave(server.context, server.db, { status: 'closed' });
    const { token } = await invite(server.context, server.db, closed);
    const response = await submitWithToken(server.app, token, [{ kind: 'no-contact', providerUnitId: closed.providers[0]?.id }]);
    expect(response.statusCode).toBe(409);
  });

  it('needs the CSRF token when authenticated by the respondent cookie', async () => {
    const { token } = await invite(server.context, server.db, wave);
    const client = new RespondentClient(server.app);
    await client.open(token);
    const cookie = `eyelevel_respondent=${client.cookies.get('eyelevel_respondent')}`;
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/respond/submissions',
      headers: { cookie },
      payload: { ratings: [perception()] },
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('a submission stores once', () => {
  it('answers a repeated submission as a duplicate and stores nothing more', async () => {
    const { token } = await invite(server.context, server.db, wave);
    const first = await submitWithToken(server.app, token, [perception()]);
    const before = await countRows('responses');
    const second = await submitWithToken(server.app, token, [perception(), perception(1)]);
    expect(first.json()).toEqual({ submitted: true, isDuplicate: false });
    expect(second.statusCode).toBe(200);
    expect(second.json()).toEqual({ submitted: true, isDuplicate: true });
    expect(await countRows('responses')).toBe(before);
  });

  it('stores exactly one submission of 50 parallel posts of one invitation', async () => {
    const { token, invitationId } = await invite(server.context, server.db, wave);
    const before = await countRows('responses');
    const answers = await Promise.all(Array.from({ length: 50 }, () => submitWithToken(server.app, token, [perception(0), perception(1)])));
    expect(answers.map((answer) => answer.statusCode)).toEqual(Array(50).fill(200));
    expect(answers.filter((answer) => answer.json().isDuplicate === false)).toHaveLength(1);
    expect(await countRows('responses')).toBe(before + 2);
    const invitation = await server.db
      .selectFrom('invitations')
      .select('is_submitted')
      .where('id', '=', invitationId)
      .executeTakeFirstOrThrow();
    expect(invitation.is_submitted).toBe(1);
  });

  it('acknowledges 200 concurrent submissions of distinct invitations, all stored', async () => {
    const invitations = await inviteMany(server.db, wave, 200);
    const before = await countRows('responses');
    const answers = await Promise.all(invitations.map(({ token }) => submitWithToken(server.app, token, [perception(0)])));
    expect(answers.map((answer) => answer.statusCode)).toEqual(Array(200).fill(200));
    expect(answers.every((answer) => answer.json().isDuplicate === false)).toBe(true);
    expect(await countRows('responses')).toBe(before + 200);
    const submitted = await server.db
      .selectFrom('invitations')
      .select((eb) => eb.fn.countAll().as('n'))
      .where(
        'id',
        'in',
        invitations.map((invitation) => invitation.invitationId),
      )
      .where('is_submitted', '=', 1)
      .executeTakeFirstOrThrow();
    expect(Number(submitted.n)).toBe(200);
  });

  it('a double click on the form submit stores once and both clicks end on the thank-you page', async () => {
    const { token } = await invite(server.context, server.db, wave);
    const client = new RespondentClient(server.app);
    await client.open(token);
    for (const provider of wave.providers) {
      await client.get(`/r?page=${encodeURIComponent(`provider:${provider.id}`)}`);
      await client.postPage({ 'no-contact': '1' }, 'save');
    }
    await client.get(`/r?page=${encodeURIComponent(`customer:${wave.customersOfCustomer[0]?.id}`)}`);
    await client.postPage({ 'no-contact': '1' }, 'save');
    const before = await countRows('responses');
    const csrf = client.csrfToken();
    const clicks = await Promise.all([client.post('/r/submit', {}, { csrf }), client.post('/r/submit', {}, { csrf })]);
    expect(clicks.map((click) => click.statusCode)).toEqual([303, 303]);
    expect(await countRows('responses')).toBe(before + 3);
    expect(client.heading()).toBe('Thank you!');
  });
});
