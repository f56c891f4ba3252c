import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { advanceWaves } from '../../app/waves/advance-waves.js';
import { archiveWave } from '../../app/waves/archive-wave.js';
import { closeWave } from '../../app/waves/close-wave.js';
import { createWave } from '../../app/waves/create-wave.js';
import { getResponseRates } from '../../app/waves/get-response-rates.js';
import { getWave } from '../../app/waves/get-wave.js';
import { listWaves } from '../../app/waves/list-waves.js';
import { openWave } from '../../app/waves/open-wave.js';
import { sendReminders } from '../../app/waves/send-reminders.js';
import type { SurveySettings } from '../../app/waves/settings.js';
import { updateWave } from '../../app/waves/update-wave.js';
import { canManageSurveys, type Actor } from '../../domain/access/policy.js';
import { WAVE_STATUSES } from '../../domain/wave/wave.js';
import { actorOf } from '../authenticate.js';
import type { ResponseRates, Wave, WaveDetail } from '../../contract/survey-bodies.js';
import { exactly, idParams } from '../schemas.js';
import type { ApiScope, RouteDependencies } from './types.js';

const unitIds = z.array(z.string().min(1).max(64)).max(5000).nullable();
const scopeSchema = z.strictObject({ providerUnitIds: unitIds, customerUnitIds: unitIds });
const time = z.iso.datetime({ offset: true });
const counts = { pending: z.number().int(), sent: z.number().int(), failed: z.number().int() };

const waveShape = {
  id: z.string(),
  name: z.string(),
  status: z.enum(WAVE_STATUSES),
  questionnaireVersionId: z.string(),
  questionnaire: z.object({
    id: z.string(),
    name: z.string(),
    versionNumber: z.number().int(),
    versionStatus: z.enum(['draft', 'frozen']),
  }),
  scope: z.object({ providerUnitIds: z.array(z.string()).nullable(), customerUnitIds: z.array(z.string()).nullable() }),
  opensAt: z.string().nullable(),
  closesAt: z.string().nullable(),
  createdAt: z.string(),
  invited: z.number().int(),
};
const waveSchema = exactly<Wave>()(z.object(waveShape));

const waveDetailSchema = exactly<WaveDetail>()(
  z.object({
    ...waveShape,
    inScope: z.object({ relationships: z.number().int(), customerUnits: z.number().int(), people: z.number().int() }),
    outbox: z.object(counts),
    isAcceptingResponses: z.boolean(),
    isOpeningOverdue: z.boolean(),
  }),
);

const responseRatesSchema = exactly<ResponseRates>()(
  z.object({
    waveId: z.string(),
    status: z.enum(WAVE_STATUSES),
    threshold: z.number().int(),
    units: z.array(z.object({ unitId: z.string(), unitPath: z.string(), invited: z.number().int(), submitted: z.number().int() })),
    otherUnits: z.object({ unitCount: z.number().int(), invited: z.number().int(), submitted: z.number().int() }).nullable(),
    hiddenUnitCount: z.number().int(),
    total: z.object({ invited: z.number().int(), submitted: z.number().int() }),
  }),
);

/** Survey waves: create, schedule, open, close, archive, remind, and live response rates. */
export function registerWaveRoutes(api: ApiScope, { context, config }: RouteDependencies): void {
  const tags = ['waves'];
  const settings: SurveySettings = { publicUrl: config.publicUrl, anonymityThreshold: config.anonymityThreshold };
  // Scheduled openings and closings happen before anyone looks, also between timer ticks.
  const advance = async (request: FastifyRequest) => {
    if (!canManageSurveys(actorOf(request))) return;
    const report = await advanceWaves(context, settings);
    for (const failure of report.failed) request.log.warn({ waveId: failure.waveId }, `scheduled opening failed: ${failure.message}`);
  };

  api.get('/waves', { schema: { tags, response: { 200: z.object({ waves: z.array(waveSchema) }) } } }, async (request) => {
    await advance(request);
    return { waves: await listWaves(context, actorOf(request)) };
  });
  api.post(
    '/waves',
    {
      schema: {
        tags,
        description: 'A draft wave. With opensAt it opens by itself at that time; otherwise open it with POST /waves/{id}/open.',
        body: z.strictObject({
          name: z.string().min(1).max(200),
          questionnaireVersionId: z.string().min(1).max(64),
          scope: scopeSchema,
          opensAt: time.nullish(),
          closesAt: time.nullish(),
        }),
        response: { 201: waveDetailSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createWave(context, actorOf(request), request.body)),
  );
  api.get('/waves/:id', { schema: { tags, params: idParams, response: { 200: waveDetailSchema } } }, async (request) => {
    await advance(request);
    return getWave(context, actorOf(request), request.params.id);
  });
  api.patch(
    '/waves/:id',
    {
      schema: {
        tags,
        description: 'A draft may change everything; an open wave its name and close time; a closed or archived wave nothing (409).',
        params: idParams,
        body: z.strictObject({
          name: z.string().min(1).max(200).optional(),
          questionnaireVersionId: z.string().min(1).max(64).optional(),
          scope: scopeSchema.optional(),
          opensAt: time.nullable().optional(),
          closesAt: time.nullable().optional(),
        }),
        response: { 200: waveDetailSchema },
      },
    },
    async (request) => updateWave(context, actorOf(request), { id: request.params.id, ...request.body }),
  );
  const transitions = {
    open: (actor: Actor, id: string) => openWave(context, actor, id, settings),
    close: (actor: Actor, id: string) => closeWave(context, actor, id),
    archive: (actor: Actor, id: string) => archiveWave(context, actor, id),
  };
  for (const [name, run] of Object.entries(transitions)) {
    api.post(`/waves/:id/${name}`, { schema: { tags, params: idParams, response: { 200: waveDetailSchema } } }, async (request) =>
      run(actorOf(request), request.params.id),
    );
  }
  api.post(
    '/waves/:id/reminders',
    {
      schema: {
        tags,
        description: 'One reminder with a new link to everyone invited who has not submitted. Answers how many, never who.',
        params: idParams,
        response: { 200: z.object({ reminded: z.number().int() }) },
      },
    },
    async (request) => sendReminders(context, actorOf(request), request.params.id, settings),
  );
  api.get(
    '/waves/:id/response-rates',
    {
      schema: {
        tags,
        description:
          'Invited and submitted per unit, for units of at least k invitees; smaller units together as "other units" when they reach k.',
        params: idParams,
        response: { 200: responseRatesSchema },
      },
    },
    async (request) => {
      await advance(request);
      return getResponseRates(context, actorOf(request), request.params.id, config.anonymityThreshold);
    },
  );
}
