import { z } from 'zod';
import { createQuestionnaire } from '../../app/waves/create-questionnaire.js';
import { editQuestionnaireDraft } from '../../app/waves/edit-questionnaire-draft.js';
import { getQuestionnaireVersion } from '../../app/waves/get-questionnaire-version.js';
import { listQuestionnaires } from '../../app/waves/list-questionnaires.js';
import { startQuestionnaireDraft } from '../../app/waves/start-questionnaire-draft.js';
import { DIMENSIONS, REVERSE_DIMENSIONS } from '../../domain/questionnaire/item-bank.js';
import { actorOf } from '../authenticate.js';
import { idParams } from '../schemas.js';
import type { ApiScope, RouteDependencies } from './types.js';

const bilingualText = z.strictObject({ de: z.string().max(2000), en: z.string().max(2000) });

/** A questionnaire's items and blocks; the domain checks the finer rules and names the item. */
export const questionnaireContentSchema = z.strictObject({
  items: z
    .array(
      z.strictObject({
        key: z.string().min(1).max(40),
        block: z.enum(['perception', 'reverse']),
        dimension: z.enum([...DIMENSIONS, ...REVERSE_DIMENSIONS]),
        text: bilingualText,
      }),
    )
    .max(200),
  blocks: z.strictObject({
    importance: z.boolean(),
    overall: z.boolean(),
    nps: z.boolean(),
    comments: z.boolean(),
    reverse: z.boolean(),
    selfAssessment: z.boolean(),
  }),
});

const versionStatus = z.enum(['draft', 'frozen']);

const versionSchema = z.object({
  id: z.string(),
  questionnaireId: z.string(),
  number: z.number().int(),
  status: versionStatus,
  createdAt: z.string(),
  content: questionnaireContentSchema,
});

const questionnaireSchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  versions: z.array(
    z.object({
      id: z.string(),
      number: z.number().int(),
      status: versionStatus,
      createdAt: z.string(),
      itemCount: z.number().int(),
      waves: z.array(z.object({ id: z.string(), name: z.string() })),
    }),
  ),
});

/** Questionnaires and their versions: the draft is edited, a version a wave opened with is frozen. */
export function registerQuestionnaireRoutes(api: ApiScope, { context }: RouteDependencies): void {
  const tags = ['questionnaires'];
  api.get(
    '/questionnaires',
    {
      schema: {
        tags,
        description: 'Every questionnaire with its versions. The standard questionnaire (the built-in item bank) is created at first use.',
        response: { 200: z.object({ questionnaires: z.array(questionnaireSchema) }) },
      },
    },
    async (request) => ({ questionnaires: await listQuestionnaires(context, actorOf(request)) }),
  );
  api.post(
    '/questionnaires',
    {
      schema: {
        tags,
        description: 'A new questionnaire; its first draft holds the standard items.',
        body: z.strictObject({ name: z.string().min(1).max(200) }),
        response: { 201: questionnaireSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createQuestionnaire(context, actorOf(request), request.body)),
  );
  api.get(
    '/questionnaires/:id/versions/:versionId',
    {
      schema: {
        tags,
        params: idParams.extend({ versionId: z.string().min(1).max(64) }),
        response: { 200: z.object({ questionnaire: questionnaireSchema, version: versionSchema }) },
      },
    },
    async (request) =>
      getQuestionnaireVersion(context, actorOf(request), { questionnaireId: request.params.id, versionId: request.params.versionId }),
  );
  api.put(
    '/questionnaires/:id/draft',
    {
      schema: {
        tags,
        description: 'Replaces the items and blocks of the draft. 409 when the newest version is frozen: start a new draft first.',
        params: idParams,
        body: questionnaireContentSchema,
        response: { 200: versionSchema },
      },
    },
    async (request) => editQuestionnaireDraft(context, actorOf(request), { questionnaireId: request.params.id, content: request.body }),
  );
  api.post(
    '/questionnaires/:id/draft',
    {
      schema: {
        tags,
        description: 'Starts the next draft as a copy of the newest version. 409 while a draft exists.',
        params: idParams,
        response: { 201: versionSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await startQuestionnaireDraft(context, actorOf(request), request.params.id)),
  );
}
