import { z } from 'zod';
import { decideSlaProposal } from '../../app/sla/decide-proposal.js';
import { getCompliance } from '../../app/sla/get-compliance.js';
import { importMeasurements } from '../../app/sla/import-measurements.js';
import { getSlaObjective, listRelationshipObjectives, listUnitObjectives } from '../../app/sla/list-objectives.js';
import { proposeSlaChange, proposeSlaObjective } from '../../app/sla/propose-objective.js';
import { listMeasurements, recordMeasurement } from '../../app/sla/record-measurement.js';
import { getSlaBesidePerception } from '../../app/sla/sla-beside-perception.js';
import { DIMENSIONS } from '../../domain/questionnaire/item-bank.js';
import { PERIOD_KINDS } from '../../domain/sla/periods.js';
import {
  RELATIONSHIP_SIDES,
  SLA_AGGREGATIONS,
  SLA_DIRECTIONS,
  SLA_METRICS,
  SLA_OBJECTIVE_STATUSES,
  SLA_UNITS,
} from '../../domain/sla/objective.js';
import { actorOf } from '../authenticate.js';
import { idParams } from '../schemas.js';
import { registerIntegrationTokenRoutes } from './integrations.js';
import { sharedResultsCache } from './results.js';
import type { ApiScope, RouteDependencies } from './types.js';
import { COMPLIANCE_STATUSES, SLA_PERCEPTION_FLAGS } from '../../contract/vocabulary.js';

const MEGABYTE = 1024 * 1024;
const id = z.string().min(1).max(64);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date (YYYY-MM-DD)');
const side = z.enum(RELATIONSHIP_SIDES).optional().describe('the side an admin acts for; a lead acts for their own unit');

const termsSchema = z.strictObject({
  name: z.string().min(1).max(160),
  metric: z.enum(SLA_METRICS),
  customMetric: z.string().max(60).nullable().default(null).describe('for the metric custom: a key like report-errors'),
  unit: z.enum(SLA_UNITS),
  target: z.number(),
  direction: z.enum(SLA_DIRECTIONS),
  aggregation: z.enum(SLA_AGGREGATIONS),
  requiredShare: z
    .number()
    .nullable()
    .default(null)
    .describe('for share-within-target: the share of cases (0–1] that must meet the target'),
  period: z.enum(PERIOD_KINDS),
  dimensions: z
    .array(z.enum(DIMENSIONS))
    .max(DIMENSIONS.length)
    .default([])
    .describe('for the metric custom: the survey dimensions it bears on, for SLA beside perception'),
});

const signatureSchema = z.object({ side: z.enum(RELATIONSHIP_SIDES), accountId: z.string(), at: z.string() });
const versionSchema = z.object({
  id: z.string(),
  objectiveId: z.string(),
  version: z.number().int(),
  relationshipId: z.string(),
  name: z.string(),
  metric: z.enum(SLA_METRICS),
  customMetric: z.string().nullable(),
  unit: z.enum(SLA_UNITS),
  target: z.number(),
  direction: z.enum(SLA_DIRECTIONS),
  aggregation: z.enum(SLA_AGGREGATIONS),
  requiredShare: z.number().nullable(),
  period: z.enum(PERIOD_KINDS),
  dimensions: z.array(z.enum(DIMENSIONS)),
  status: z.enum(SLA_OBJECTIVE_STATUSES),
  validFrom: z.string(),
  proposedBy: signatureSchema,
  agreedBy: signatureSchema.nullable(),
  closedBy: signatureSchema.nullable(),
  supersededAt: z.string().nullable(),
});
const objectiveSchema = z.object({
  objectiveId: z.string(),
  relationshipId: z.string(),
  current: versionSchema.nullable(),
  proposal: versionSchema.nullable(),
  versions: z.array(versionSchema),
});
const measurementSchema = z.object({
  id: z.string(),
  objectiveId: z.string(),
  at: z.string(),
  value: z.number(),
  source: z.enum(['csv', 'api', 'form']),
  recordedBy: z.string(),
  recordedAt: z.string(),
});
const periodSchema = z.object({ kind: z.enum(PERIOD_KINDS), label: z.string(), start: z.string(), end: z.string() });
const periodComplianceSchema = z.object({
  period: periodSchema,
  status: z.enum(COMPLIANCE_STATUSES),
  version: z.number().int().nullable(),
  target: z.number().nullable(),
  requiredShare: z.number().nullable(),
  count: z.number().int(),
  value: z.number().nullable(),
  isRunning: z.boolean(),
});
const statusList = z.enum(['met', 'missed', 'missing']);
const complianceSchema = z.object({
  objective: objectiveSchema,
  periods: z.array(periodComplianceSchema),
  trend: z.object({
    judged: z.number().int(),
    met: z.number().int(),
    missed: z.number().int(),
    missing: z.number().int(),
    metShare: z.number().nullable(),
    recent: z.array(statusList),
    streak: z.object({ status: statusList, length: z.number().int() }).nullable(),
  }),
});
const bilingual = z.object({ de: z.string(), en: z.string() });
const perceptionSchema = z.object({
  relationshipId: z.string(),
  waves: z.array(
    z.object({
      wave: z.object({ id: z.string(), name: z.string(), opensAt: z.string().nullable(), closesAt: z.string().nullable() }),
      objectives: z.array(
        z.object({
          objectiveId: z.string(),
          name: z.string(),
          metric: z.string(),
          compliance: periodComplianceSchema,
          perceptions: z.array(z.object({ dimension: z.string(), mean: z.number().nullable(), n: z.number().int() })),
          comparison: z.object({
            sla: z.enum(COMPLIANCE_STATUSES),
            dimensions: z.array(z.string()),
            perceptions: z.array(z.object({ dimension: z.string(), mean: z.number(), isBelowThreshold: z.boolean() })),
            perceptionMean: z.number().nullable(),
            threshold: z.number(),
            flag: z.enum(SLA_PERCEPTION_FLAGS),
          }),
          explanation: z.object({ title: bilingual, meaning: bilingual, advice: bilingual }),
        }),
      ),
    }),
  ),
});
const importReportSchema = z.object({
  dryRun: z.boolean(),
  summary: z.object({ measurementsCreated: z.number().int(), measurementsUnchanged: z.number().int() }),
  changes: z.array(z.object({ kind: z.literal('create'), entity: z.literal('measurement'), label: z.string(), detail: z.string() })),
  changesTruncated: z.boolean(),
});

/**
 * SLAs between the two units of a relationship: objectives proposed by one side and agreed by
 * the other, versioned; measurements by form, API and CSV; compliance per period; and SLA
 * compliance beside the perception from closed waves; and the admins' integration tokens.
 */
export function registerSlaRoutes(api: ApiScope, dependencies: RouteDependencies): void {
  const { context } = dependencies;
  const tags = ['sla'];
  const cache = sharedResultsCache(dependencies);
  registerIntegrationTokenRoutes(api, dependencies);

  api.get(
    '/sla/relationships/:id/objectives',
    {
      schema: {
        tags,
        summary: "A relationship's objectives with all versions",
        params: idParams,
        response: { 200: z.object({ objectives: z.array(objectiveSchema) }) },
      },
    },
    async (request) => ({ objectives: await listRelationshipObjectives(context, actorOf(request), request.params.id) }),
  );
  api.post(
    '/sla/relationships/:id/objectives',
    {
      schema: {
        tags,
        summary: 'Propose an objective; the other side agrees or declines it',
        params: idParams,
        body: z.strictObject({ side, terms: termsSchema, validFrom: date.optional() }),
        response: { 201: objectiveSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await proposeSlaObjective(context, actorOf(request), { relationshipId: request.params.id, ...request.body })),
  );
  api.get(
    '/sla/units/:id/objectives',
    {
      schema: {
        tags,
        summary: "The objectives of a unit's relationships, as provider or customer",
        params: idParams,
        response: { 200: z.object({ objectives: z.array(objectiveSchema) }) },
      },
    },
    async (request) => ({ objectives: await listUnitObjectives(context, actorOf(request), request.params.id) }),
  );
  api.get('/sla/objectives/:id', { schema: { tags, params: idParams, response: { 200: objectiveSchema } } }, async (request) =>
    getSlaObjective(context, actorOf(request), request.params.id),
  );
  api.post(
    '/sla/objectives/:id/versions',
    {
      schema: {
        tags,
        summary: 'Propose a change of an agreed objective from a day on; past periods stay judged by the version then in force',
        params: idParams,
        body: z.strictObject({ side, terms: termsSchema, validFrom: date }),
        response: { 201: objectiveSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await proposeSlaChange(context, actorOf(request), { objectiveId: request.params.id, ...request.body })),
  );
  api.post(
    '/sla/objectives/:id/versions/:versionId/:decision',
    {
      schema: {
        tags,
        summary: 'The other side agrees or declines a proposal; the proposing side withdraws it',
        params: z.object({ id, versionId: id, decision: z.enum(['agree', 'decline', 'withdraw']) }),
        body: z.strictObject({ side }).nullish(),
        response: { 200: objectiveSchema },
      },
    },
    async (request) =>
      decideSlaProposal(context, actorOf(request), {
        objectiveId: request.params.id,
        versionId: request.params.versionId,
        decision: request.params.decision,
        side: request.body?.side,
      }),
  );
  api.get(
    '/sla/objectives/:id/measurements',
    {
      schema: {
        tags,
        params: idParams,
        querystring: z.strictObject({ from: date.optional(), to: date.optional() }),
        response: { 200: z.object({ measurements: z.array(measurementSchema) }) },
      },
    },
    async (request) => ({
      measurements: await listMeasurements(context, actorOf(request), { objectiveId: request.params.id, ...request.query }),
    }),
  );
  api.post(
    '/sla/objectives/:id/measurements',
    {
      schema: {
        tags,
        summary:
          'Record one measurement (201); the same value at the same time again changes nothing (200); another value there is a conflict',
        params: idParams,
        body: z.strictObject({
          at: z.string().min(1).max(40).describe('a date or an ISO time with zone'),
          value: z.number(),
          source: z.enum(['form', 'api']).default('form'),
        }),
        response: { 200: measurementSchema, 201: measurementSchema },
      },
    },
    async (request, reply) => {
      const { measurement, isNew } = await recordMeasurement(context, actorOf(request), {
        objectiveId: request.params.id,
        ...request.body,
      });
      return reply.code(isNew ? 201 : 200).send(measurement);
    },
  );
  api.get(
    '/sla/objectives/:id/compliance',
    {
      schema: {
        tags,
        summary: 'Compliance per period (met, missed, missing, or no objective yet) and its trend',
        params: idParams,
        querystring: z.strictObject({ from: date.optional(), to: date.optional() }),
        response: { 200: complianceSchema },
      },
    },
    async (request) => getCompliance(context, actorOf(request), { objectiveId: request.params.id, ...request.query }),
  );
  api.get(
    '/sla/relationships/:id/perception',
    {
      schema: {
        tags,
        summary: 'SLA compliance beside the perceived quality of the matching dimensions, per closed wave, with flags and what they mean',
        params: idParams,
        querystring: z.strictObject({ waveId: id.optional() }),
        response: { 200: perceptionSchema },
      },
    },
    async (request) =>
      getSlaBesidePerception(context, cache, { actor: actorOf(request), relationshipId: request.params.id, waveId: request.query.waveId }),
  );
  api.post(
    '/imports/measurements',
    {
      bodyLimit: 60 * MEGABYTE,
      schema: {
        tags: ['imports'],
        description:
          'Imports SLA measurements from a CSV file (columns objective or relationship and metric, at, value). All or nothing: a bad row answers 422 listing every bad row by line and column. Importing the same file again changes nothing.',
        body: z.strictObject({ csv: z.string().max(50 * MEGABYTE), dryRun: z.boolean() }),
        response: { 200: importReportSchema },
      },
    },
    async (request) => importMeasurements(context, actorOf(request), request.body),
  );
}
