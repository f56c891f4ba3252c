import { z } from 'zod';
import type { Heatmap } from '../../app/results/heatmap.js';
import type { ResultWave } from '../../app/results/list-result-waves.js';
import type { ProviderScores } from '../../app/results/provider-scores.js';
import type { WeakPointsView } from '../../app/results/weak-points.js';

/**
 * The answers of the results API, for the OpenAPI document and for serialising. Each is
 * typed against the use case's own result, so a change there that the schema misses fails
 * the type check instead of silently dropping a field from the answer.
 */

const waveRef = z.object({ id: z.string(), name: z.string() });
const released = z.object({ mean: z.number(), n: z.number().int() }).describe('a released mean and the number of answers behind it');

export const resultWavesSchema: z.ZodType<ResultWave[]> = z.array(
  z.object({
    id: z.string(),
    name: z.string(),
    status: z.string(),
    opensAt: z.string().nullable(),
    closesAt: z.string().nullable(),
  }),
);

export const providerScoresSchema: z.ZodType<ProviderScores> = z.object({
  wave: waveRef,
  dimensions: z.array(z.string()),
  k: z.number().int().describe('the anonymity threshold: fewer answers than this are not shown'),
  providers: z.array(
    z.object({
      providerUnitId: z.string(),
      providerName: z.string(),
      overall: released.nullable().describe('overall satisfaction over all customers; null when hidden for anonymity'),
      dimensions: z.record(z.string(), released.nullable()),
    }),
  ),
});

export const heatmapSchema: z.ZodType<Heatmap> = z.object({
  wave: waveRef,
  dimensions: z.array(z.string()),
  k: z.number().int(),
  total: z.number().int().describe('rows in all after the filters; `rows` holds one page'),
  offset: z.number().int(),
  rows: z.array(
    z.object({
      providerUnitId: z.string(),
      providerName: z.string(),
      group: z.object({
        labelUnitId: z.string().nullable(),
        name: z.string(),
        isMerged: z.boolean().describe('several small customer units shown together'),
        unitCount: z.number().int(),
      }),
      cells: z.record(
        z.string(),
        z
          .union([released, z.object({ hidden: z.literal(true) })])
          .nullable()
          .describe('null: no answers; hidden: released only within the merged group'),
      ),
    }),
  ),
});

const weakPoint = z.object({
  providerId: z.string(),
  providerName: z.string(),
  customerGroupId: z.string().nullable().describe('the customer unit, or null for all of the provider’s customers'),
  customerGroupName: z.string().nullable(),
  dimension: z.string(),
  performance: z.number(),
  reference: z.number().describe('the target or benchmark the cell falls short of'),
  gap: z.number(),
  weight: z.number().describe('the importance the shortfall is weighted with'),
  score: z.number().describe('weight × shortfall; higher is worse'),
});

export const weakPointsSchema: z.ZodType<WeakPointsView> = z.object({
  wave: waveRef,
  target: z.number(),
  benchmarks: z.record(z.string(), z.number()),
  belowTarget: z.array(weakPoint),
  belowBenchmark: z.array(weakPoint),
});
