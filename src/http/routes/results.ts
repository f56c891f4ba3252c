import { z } from 'zod';
import { getHeatmap } from '../../app/results/heatmap.js';
import { listResultWaves, resolveResultWaveId } from '../../app/results/list-result-waves.js';
import { getProviderReport } from '../../app/results/provider-report.js';
import { getProviderScores } from '../../app/results/provider-scores.js';
import type { AppContext } from '../../app/ports.js';
import { createResultsCache, type ResultsCache } from '../../app/results/wave-results.js';
import { getWeakPoints } from '../../app/results/weak-points.js';
import { actorOf } from '../authenticate.js';
import { heatmapSchema, providerReportSchema, providerScoresSchema, resultWavesSchema, weakPointsSchema } from './result-schemas.js';
import type { ApiScope, RouteDependencies } from './types.js';

export const waveReference = z.string().min(1).max(64).describe('a wave id, or "latest" for the most recent closed wave');
export const unitId = z.string().min(1).max(64);

const caches = new WeakMap<AppContext, ResultsCache>();

/**
 * One results cache per application context, so that every results route of a server shares
 * the closed waves it has loaded instead of holding each wave once per route file.
 */
export function sharedResultsCache({ context, config }: Pick<RouteDependencies, 'context' | 'config'>): ResultsCache {
  let cache = caches.get(context);
  if (!cache) {
    cache = createResultsCache(context, { anonymityThreshold: config.anonymityThreshold, commentThreshold: config.commentThreshold });
    caches.set(context, cache);
  }
  return cache;
}

/**
 * Results of closed waves, every figure through the anonymity engine: the provider report,
 * the heatmap and the weak points. Leads see their own unit; executives and admins all.
 */
export function registerResultRoutes(scope: ApiScope, { context, config }: RouteDependencies): void {
  const cache = sharedResultsCache({ context, config });

  scope.get(
    '/results/waves',
    {
      schema: { tags: ['results'], summary: 'Waves with results (closed or archived), newest first', response: { 200: resultWavesSchema } },
    },
    async () => listResultWaves(context),
  );

  scope.get(
    '/results/waves/:waveId/providers',
    {
      schema: {
        tags: ['results'],
        summary:
          'Per provider over all its customers: the released overall satisfaction and dimension means (null where hidden for anonymity)',
        params: z.object({ waveId: waveReference }),
        response: { 200: providerScoresSchema },
      },
    },
    async (request) => {
      const waveId = await resolveResultWaveId(context, request.params.waveId);
      return getProviderScores(context, cache, { actor: actorOf(request), waveId });
    },
  );

  scope.get(
    '/results/waves/:waveId/providers/:unitId',
    {
      schema: {
        tags: ['results'],
        summary: "A provider's results in a wave: dimensions with confidence intervals, trends, IPA grid, NPS, comments, mirror",
        params: z.object({ waveId: waveReference, unitId }),
        response: { 200: providerReportSchema },
      },
    },
    async (request) => {
      const waveId = await resolveResultWaveId(context, request.params.waveId);
      return getProviderReport(context, cache, { actor: actorOf(request), waveId, providerUnitId: request.params.unitId });
    },
  );

  scope.get(
    '/results/waves/:waveId/heatmap',
    {
      schema: {
        tags: ['results'],
        summary: 'Provider × customer unit × dimension, a page of rows (default 200); cells hidden for anonymity are marked',
        params: z.object({ waveId: waveReference }),
        querystring: z.strictObject({
          provider: z.union([unitId, z.array(unitId).max(500)]).optional(),
          customer: unitId.optional().describe('only the rows labelled with this customer unit (its own row, or a group named after it)'),
          offset: z.coerce.number().int().min(0).optional(),
          limit: z.coerce.number().int().min(1).max(2000).optional(),
        }),
        response: { 200: heatmapSchema },
      },
    },
    async (request) => {
      const waveId = await resolveResultWaveId(context, request.params.waveId);
      const { provider, customer, offset, limit } = request.query;
      const providerUnitIds = provider === undefined ? undefined : Array.isArray(provider) ? provider : [provider];
      return getHeatmap(context, cache, { actor: actorOf(request), waveId, providerUnitIds, customerUnitId: customer, offset, limit });
    },
  );

  scope.get(
    '/results/waves/:waveId/weak-points',
    {
      schema: {
        tags: ['results'],
        summary: 'Weak points ranked by importance-weighted gap to the target and to the company benchmark',
        params: z.object({ waveId: waveReference }),
        querystring: z.strictObject({
          target: z.coerce.number().min(1).max(5).optional(),
          limit: z.coerce.number().int().min(1).max(500).optional(),
        }),
        response: { 200: weakPointsSchema },
      },
    },
    async (request) => {
      const waveId = await resolveResultWaveId(context, request.params.waveId);
      return getWeakPoints(context, cache, { actor: actorOf(request), waveId, target: request.query.target, limit: request.query.limit });
    },
  );
}
