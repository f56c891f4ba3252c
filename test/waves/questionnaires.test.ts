import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStandardContent, type QuestionnaireContent } from '../../src/domain/questionnaire/questionnaire.js';
import { createTestServer, expectProblem, type ApiClient, type TestServer } from '../support/server.js';
import { buildSurveyCompany, createWave } from './wave-support.js';

let server: TestServer;
let admin: ApiClient;

beforeAll(async () => {
  server = await createTestServer();
  admin = await server.signInAsAdmin();
  await buildSurveyCompany(server.context, 'Ask');
});
afterAll(async () => {
  await server?.cleanup();
});

const put = (url: string, body: unknown) => admin.request('PUT', url, { body });
const standard = async () => {
  const response = await admin.get('/api/questionnaires');
  expect(response.status).toBe(200);
  return response.body.questionnaires.find((questionnaire: { id: string }) => questionnaire.id === 'standard');
};
const versionOf = async (versionId: string) => (await admin.get(`/api/questionnaires/standard/versions/${versionId}`)).body.version;

describe('the standard questionnaire', () => {
  it('is created once at first use, as a draft with every bank item and block', async () => {
    const answers = await Promise.all([
      admin.get('/api/questionnaires'),
      admin.get('/api/questionnaires'),
      admin.get('/api/questionnaires'),
    ]);
    for (const answer of answers) expect(answer.status).toBe(200);
    const list = (await admin.get('/api/questionnaires')).body.questionnaires;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      id: 'standard',
      name: 'Standard',
      versions: [{ number: 1, status: 'draft', itemCount: buildStandardContent().items.length, waves: [] }],
    });
    const version = await versionOf(list[0].versions[0].id);
    expect(version.content).toEqual(buildStandardContent());
  });
});

describe('editing the draft', () => {
  it('rewords in both languages, reorders, removes, adds and chooses blocks', async () => {
    const draft = (await standard()).versions.at(-1);
    const content: QuestionnaireContent = buildStandardContent();
    const [first, second, ...rest] = content.items;
    const edited: QuestionnaireContent = {
      items: [
        { ...second!, text: { de: '  Neu formuliert  ', en: 'Reworded' } },
        first!,
        ...rest.slice(1),
        { key: 'custom-1', block: 'perception', dimension: 'speed' as never, text: { de: 'x', en: 'y' } },
      ],
      blocks: { ...content.blocks, nps: false },
    };
    // "speed" is no dimension of ours: the whole edit is refused and nothing changes.
    expectProblem(await put('/api/questionnaires/standard/draft', edited), 422, `body.items.${edited.items.length - 1}.dimension`);
    edited.items[edited.items.length - 1] = {
      key: 'custom-1',
      block: 'perception',
      dimension: 'competence',
      text: { de: 'Neu', en: 'New' },
    };
    const response = await put('/api/questionnaires/standard/draft', edited);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body).toMatchObject({ id: draft.id, number: 1, status: 'draft' });
    const stored = (await versionOf(draft.id)).content;
    expect(stored.items[0]).toEqual({ ...second, text: { de: 'Neu formuliert', en: 'Reworded' } });
    expect(stored.items[1]).toEqual(first);
    expect(stored.items).toHaveLength(content.items.length);
    expect(stored.items.map((item: { key: string }) => item.key)).not.toContain(rest[0]?.key);
    expect(stored.blocks.nps).toBe(false);
  });

  it.each([
    ['an empty German text', (content: QuestionnaireContent) => (content.items[0]!.text.de = ' '), 422, 'items.0.text.de'],
    ['a duplicate key', (content: QuestionnaireContent) => (content.items[1]!.key = content.items[0]!.key), 422, 'items.1.key'],
    [
      'no perception items',
      (content: QuestionnaireContent) => (content.items = content.items.filter((item) => item.block === 'reverse')),
      422,
      'items',
    ],
    ['an unknown property', (content: QuestionnaireContent) => Object.assign(content, { colour: 'red' }), 422, undefined],
  ] as [string, (content: QuestionnaireContent) => void, number, string | undefined][])(
    'refuses %s',
    async (_name, spoil, status, field) => {
      const content = buildStandardContent();
      spoil(content);
      expectProblem(await put('/api/questionnaires/standard/draft', content), status, field);
    },
  );

  it('starts no second draft while one exists', async () => {
    expectProblem(await admin.post('/api/questionnaires/standard/draft'), 409);
  });

  it('answers 404 for an unknown questionnaire or a version of another questionnaire', async () => {
    expectProblem(await put('/api/questionnaires/nope/draft', buildStandardContent()), 404);
    const other = await admin.post('/api/questionnaires', { name: 'Other' });
    expectProblem(await admin.get(`/api/questionnaires/standard/versions/${other.body.versions[0].id}`), 404);
  });
});

describe('freezing', () => {
  it('opening a wave freezes its version: edits are refused, a next draft copies it and may be edited', async () => {
    const draft = (await standard()).versions.at(-1);
    const before = (await versionOf(draft.id)).content;
    const wave = await createWave(admin, { questionnaireVersionId: draft.id });
    expect((await admin.post(`/api/waves/${wave.id}/open`)).status).toBe(200);

    const frozen = (await standard()).versions.at(-1);
    expect(frozen).toMatchObject({ id: draft.id, status: 'frozen', waves: [{ id: wave.id, name: wave.name }] });
    const refused = await put('/api/questionnaires/standard/draft', buildStandardContent());
    expectProblem(refused, 409);
    expect(refused.body.detail).toMatch(/frozen/);

    const next = await admin.post('/api/questionnaires/standard/draft');
    expect(next.status).toBe(201);
    expect(next.body).toMatchObject({ number: 2, status: 'draft', content: before });
    expect((await put('/api/questionnaires/standard/draft', buildStandardContent())).status).toBe(200);
    expect((await versionOf(draft.id)).content).toEqual(before);
    expect((await versionOf(next.body.id)).content).toEqual(buildStandardContent());
  });

  it('a new questionnaire starts as a draft copy of the standard items; names are unique', async () => {
    const created = await admin.post('/api/questionnaires', { name: 'Pulse' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Pulse', versions: [{ number: 1, status: 'draft' }] });
    expectProblem(await admin.post('/api/questionnaires', { name: ' pulse ' }), 409, 'name');
    expectProblem(await admin.post('/api/questionnaires', { name: '' }), 422, 'name');
  });
});
