import { PassThrough } from 'node:stream';
import { z } from 'zod';
import { getActionEffect } from '../../app/actions/action-effect.js';
import {
  changeStatusOfAction,
  commentOnAction,
  deleteActionWithoutHistory,
  editExistingAction,
  getAction,
} from '../../app/actions/change-action.js';
import { createNewAction } from '../../app/actions/create-action.js';
import { exportActions } from '../../app/actions/export-actions.js';
import { listActions } from '../../app/actions/list-actions.js';
import {
  completeExistingRetrospective,
  deleteDraftRetrospective,
  getRetrospective,
  linkToRetrospective,
  listRetrospectives,
  startNewRetrospective,
  writeOwnPart,
} from '../../app/actions/retrospectives.js';
import { ACTION_STATUSES } from '../../domain/actions/action.js';
import { RETROSPECTIVE_TEMPLATE } from '../../domain/actions/retrospective.js';
import { RELATIONSHIP_SIDES } from '../../domain/sla/objective.js';
import { actorOf } from '../authenticate.js';
import { idParams } from '../schemas.js';
import { sharedResultsCache } from './results.js';
import type { ApiScope, RouteDependencies } from './types.js';
import { EFFECT_LABELS } from '../../contract/vocabulary.js';

const id = z.string().min(1).max(64);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date (YYYY-MM-DD)');
const side = z.enum(RELATIONSHIP_SIDES).optional().describe('the side an admin acts for; a lead acts for their own unit');

const actionSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  ownerAccountId: z.string(),
  dueDate: z.string(),
  status: z.enum(ACTION_STATUSES),
  providerUnitId: z.string(),
  customerGroupId: z.string().nullable(),
  dimension: z.string().nullable(),
  sourceWaveId: z.string().nullable(),
  createdByAccountId: z.string(),
  createdAt: z.string(),
  statusChangedAt: z.string(),
  closedAt: z.string().nullable(),
  comments: z.array(z.object({ authorAccountId: z.string(), at: z.string(), text: z.string() })),
  isOverdue: z.boolean(),
});

const groupFigure = z.object({ mean: z.number().nullable(), n: z.number().int() });
const effectSchema = z.object({
  actionId: z.string(),
  dimension: z.string(),
  fromWave: z.object({ id: z.string(), name: z.string() }),
  toWave: z.object({ id: z.string(), name: z.string() }),
  comparisonGroup: z.enum(['other-customers-of-provider', 'other-providers']),
  target: z.object({ before: groupFigure, after: groupFigure }),
  comparison: z.object({ before: groupFigure, after: groupFigure }),
  effect: z.object({
    targetChange: z.number().nullable(),
    comparisonChange: z.number().nullable(),
    difference: z.number().nullable(),
    standardError: z.number().nullable(),
    degreesOfFreedom: z.number().nullable(),
    confidenceInterval: z.object({ lower: z.number(), upper: z.number() }).nullable(),
    label: z.enum(EFFECT_LABELS),
  }),
});

const notesSchema = z.strictObject({
  whatWorks: z.string().max(4000).default(''),
  whatToChange: z.string().max(4000).default(''),
  whatWeAgree: z.string().max(4000).default(''),
});
const partSchema = z.object({
  authorAccountId: z.string(),
  notes: z.object({ whatWorks: z.string(), whatToChange: z.string(), whatWeAgree: z.string() }),
  writtenAt: z.string(),
});
const retrospectiveSchema = z.object({
  id: z.string(),
  relationshipId: z.string(),
  waveId: z.string(),
  status: z.enum(['draft', 'completed']),
  provider: partSchema.nullable(),
  customer: partSchema.nullable(),
  actionIds: z.array(z.string()),
  slaObjectiveIds: z.array(z.string()),
  createdAt: z.string(),
  completedAt: z.string().nullable(),
});

/** Actions on weak points (or free) with owner, due date, status and comments; retrospectives of a relationship after a wave. */
export function registerActionRoutes(api: ApiScope, { context, config }: RouteDependencies): void {
  const tags = ['actions'];
  const cache = sharedResultsCache({ context, config });

  api.get(
    '/actions',
    {
      schema: {
        tags,
        summary: "Actions by due date: one unit's (as provider or customer), or the company's (admins, executives)",
        querystring: z.strictObject({
          unitId: id.optional(),
          status: z.enum(ACTION_STATUSES).optional(),
          overdue: z.enum(['true', 'false']).optional(),
        }),
        response: { 200: z.object({ actions: z.array(actionSchema), overdue: z.number().int() }) },
      },
    },
    async (request) => {
      const { unitId, status, overdue } = request.query;
      return listActions(context, actorOf(request), { unitId, status, isOverdue: overdue === undefined ? undefined : overdue === 'true' });
    },
  );
  for (const extension of ['csv', 'xlsx'] as const) {
    api.get(
      `/actions/export.${extension}`,
      {
        schema: {
          tags,
          summary: `The actions you may see (or one unit's) as ${extension.toUpperCase()}, by due date, with the overdue flag`,
          querystring: z.strictObject({ unitId: id.optional() }),
        },
      },
      async (request, reply) => {
        const rows = await exportActions(context, actorOf(request), { unitId: request.query.unitId });
        // The writers, and exceljs behind them, load with the first download.
        const { writeActionsCsv, writeActionsXlsx } = await import('../../app/actions/export-actions-files.js');
        const body = new PassThrough();
        (extension === 'csv' ? writeActionsCsv : writeActionsXlsx)(rows, body).catch((error: unknown) => {
          request.log.error({ err: error }, 'writing the actions export failed');
          body.destroy(error instanceof Error ? error : new Error(String(error)));
        });
        return reply
          .header('content-disposition', `attachment; filename="actions.${extension}"`)
          .header('cache-control', 'no-store')
          .type(extension === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .send(body);
      },
    );
  }
  api.post(
    '/actions',
    {
      schema: {
        tags,
        summary: 'A new open action; with sourceWaveId it takes up a weak point of that closed wave (provider, customer group, dimension)',
        body: z.strictObject({
          title: z.string().min(1).max(200),
          description: z.string().max(4000).optional(),
          ownerAccountId: id,
          dueDate: date,
          providerUnitId: id,
          customerGroupId: id.nullable().default(null),
          dimension: z.string().max(40).nullable().default(null),
          sourceWaveId: id.nullable().default(null),
        }),
        response: { 201: actionSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createNewAction(context, actorOf(request), request.body)),
  );
  api.get('/actions/:id', { schema: { tags, params: idParams, response: { 200: actionSchema } } }, async (request) =>
    getAction(context, actorOf(request), request.params.id),
  );
  api.delete(
    '/actions/:id',
    {
      schema: {
        tags,
        summary:
          'Delete an action created by mistake: only while it has no history (open, never moved, no comments) and no retrospective links it, otherwise 409 (drop it instead)',
        params: idParams,
      },
    },
    async (request, reply) => {
      await deleteActionWithoutHistory(context, actorOf(request), request.params.id);
      return reply.code(204).send();
    },
  );
  api.get(
    '/actions/:id/effect',
    {
      schema: {
        tags,
        summary:
          "Did it help? The change of the action's dimension for its provider and customer group between two closed waves (by default its source wave and the next), next to the change elsewhere (difference in differences), through the anonymity engine",
        params: idParams,
        querystring: z.strictObject({ fromWave: id.optional(), toWave: id.optional() }),
        response: { 200: effectSchema },
      },
    },
    async (request) =>
      getActionEffect(context, cache, {
        actor: actorOf(request),
        actionId: request.params.id,
        fromWaveId: request.query.fromWave,
        toWaveId: request.query.toWave,
      }),
  );
  api.patch(
    '/actions/:id',
    {
      schema: {
        tags,
        summary: 'Change title, description, owner or due date of an open or in-progress action (409 when done or dropped)',
        params: idParams,
        body: z.strictObject({
          title: z.string().min(1).max(200).optional(),
          description: z.string().max(4000).optional(),
          ownerAccountId: id.optional(),
          dueDate: date.optional(),
        }),
        response: { 200: actionSchema },
      },
    },
    async (request) => editExistingAction(context, actorOf(request), { id: request.params.id, changes: request.body }),
  );
  api.post(
    '/actions/:id/status',
    {
      schema: {
        tags,
        summary: 'open → in-progress → done | dropped; in progress back to open; done or dropped reopened to open (409 otherwise)',
        params: idParams,
        body: z.strictObject({ status: z.enum(ACTION_STATUSES) }),
        response: { 200: actionSchema },
      },
    },
    async (request) => changeStatusOfAction(context, actorOf(request), { id: request.params.id, status: request.body.status }),
  );
  api.post(
    '/actions/:id/comments',
    {
      schema: { tags, params: idParams, body: z.strictObject({ text: z.string().min(1).max(2000) }), response: { 201: actionSchema } },
    },
    async (request, reply) =>
      reply.code(201).send(await commentOnAction(context, actorOf(request), { id: request.params.id, text: request.body.text })),
  );

  const retrospectiveTags = ['retrospectives'];
  api.get(
    '/retrospectives/template',
    { schema: { tags: retrospectiveTags, summary: 'The three questions both sides answer' } },
    async () => RETROSPECTIVE_TEMPLATE,
  );
  api.get(
    '/retrospectives',
    {
      schema: {
        tags: retrospectiveTags,
        querystring: z.strictObject({ relationshipId: id.optional(), unitId: id.optional() }),
        response: { 200: z.object({ retrospectives: z.array(retrospectiveSchema) }) },
      },
    },
    async (request) => ({ retrospectives: await listRetrospectives(context, actorOf(request), request.query) }),
  );
  api.post(
    '/retrospectives',
    {
      schema: {
        tags: retrospectiveTags,
        summary: "Start a relationship's retrospective of a closed wave (one per relationship and wave)",
        body: z.strictObject({ relationshipId: id, waveId: id, side }),
        response: { 201: retrospectiveSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await startNewRetrospective(context, actorOf(request), request.body)),
  );
  api.get(
    '/retrospectives/:id',
    { schema: { tags: retrospectiveTags, params: idParams, response: { 200: retrospectiveSchema } } },
    async (request) => getRetrospective(context, actorOf(request), request.params.id),
  );
  api.delete(
    '/retrospectives/:id',
    {
      schema: {
        tags: retrospectiveTags,
        summary: 'Delete a draft started by mistake, with its notes and links (the linked actions and SLAs stay); 409 when completed',
        params: idParams,
      },
    },
    async (request, reply) => {
      await deleteDraftRetrospective(context, actorOf(request), request.params.id);
      return reply.code(204).send();
    },
  );
  api.put(
    '/retrospectives/:id/notes',
    {
      schema: {
        tags: retrospectiveTags,
        summary: "Write (or rewrite) your side's notes of a draft",
        params: idParams,
        body: z.strictObject({ side, notes: notesSchema }),
        response: { 200: retrospectiveSchema },
      },
    },
    async (request) => writeOwnPart(context, actorOf(request), { id: request.params.id, ...request.body }),
  );
  api.put(
    '/retrospectives/:id/links',
    {
      schema: {
        tags: retrospectiveTags,
        summary: "Link the provider's actions and the relationship's SLA objectives the retrospective led to",
        params: idParams,
        body: z.strictObject({ side, actionIds: z.array(id).max(50), slaObjectiveIds: z.array(id).max(50) }),
        response: { 200: retrospectiveSchema },
      },
    },
    async (request) => linkToRetrospective(context, actorOf(request), { id: request.params.id, ...request.body }),
  );
  api.post(
    '/retrospectives/:id/complete',
    {
      schema: {
        tags: retrospectiveTags,
        summary: 'Complete once both sides have written (409 before)',
        params: idParams,
        body: z.strictObject({ side }).nullish(),
        response: { 200: retrospectiveSchema },
      },
    },
    async (request) => completeExistingRetrospective(context, actorOf(request), { id: request.params.id, side: request.body?.side }),
  );
}
