import { z } from 'zod';
import type { Heatmap } from '../../app/results/heatmap.js';
import type { ResultWave } from '../../app/results/list-result-waves.js';
import type { ProviderReport } from '../../app/results/provider-report.js';
import type { ProviderScores } from '../../app/results/provider-scores.js';
import type { WeakPointsView } from '../../app/results/weak-points.js';
import { DIMENSIONS, REVERSE_DIMENSIONS } from '../../domain/questionnaire/item-bank.js';
import { QUADRANTS, TREND_LABELS } from '../../contract/vocabulary.js';

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

// The provider report. Keys are listed in the order the use case builds them: the serialiser
// writes an object's keys in the schema's order.

const dimension = z.enum(DIMENSIONS);
const interval = z.object({ lower: z.number(), upper: z.number() });

const cellSummary = z.object({
  n: z.number().int(),
  mean: z.number().nullable(),
  standardDeviation: z.number().nullable().describe('sample standard deviation; null below two answers'),
  confidenceInterval: interval.nullable().describe('95% confidence interval of the mean; null below two answers'),
  distribution: z
    .array(z.object({ value: z.number().int(), count: z.number().int(), share: z.number().describe('count / n, 0 … 1') }))
    .nullable()
    .describe('every point of the scale with its count; null without answers'),
  topTwoBox: z.number().nullable().describe('share of the two highest points, 0 … 1; null without answers'),
});

const trend = z.object({
  points: z.array(
    z.object({ waveId: z.string(), n: z.number().int(), mean: z.number().nullable(), confidenceInterval: interval.nullable() }),
  ),
  steps: z
    .array(
      z.object({
        fromWaveId: z.string(),
        toWaveId: z.string(),
        difference: z.number().nullable().describe('later mean minus earlier mean'),
        pValue: z.number().nullable().describe("two-sided p of Welch's t-test; null with too few answers"),
        effectSize: z.number().nullable().describe("Hedges' g; null with too few answers or no spread"),
        label: z.enum(TREND_LABELS),
      }),
    )
    .describe('one step between each wave and the next'),
});

const ratedDimension = <D extends z.ZodType<string>>(dimensionSchema: D) =>
  z.object({ dimension: dimensionSchema, n: z.number().int(), mean: z.number().nullable() });
const ratingSide = <D extends z.ZodType<string>>(dimensionSchema: D) =>
  z.object({
    dimensions: z.array(ratedDimension(dimensionSchema)),
    mean: z.number().nullable().describe('the mean of the dimension means, each counting once'),
  });

export const providerReportSchema: z.ZodType<ProviderReport> = z.object({
  wave: z.object({
    id: z.string(),
    name: z.string(),
    status: z.string(),
    opensAt: z.string().nullable(),
    closesAt: z.string().nullable(),
  }),
  provider: z.object({ id: z.string(), name: z.string() }),
  thresholds: z.object({
    k: z.number().int().describe('the anonymity threshold: fewer answers than this are not shown'),
    kComments: z.number().int().describe('the comment threshold: comments are shown in groups of at least this many'),
  }),
  dimensions: z.array(
    z.object({
      dimension,
      performance: cellSummary.nullable().describe("the customers' rating; null when hidden for anonymity"),
      importance: cellSummary.nullable(),
      trend: trend.describe('this dimension over the closed waves up to this one, oldest first'),
    }),
  ),
  overall: cellSummary.nullable().describe('overall satisfaction; null when hidden for anonymity'),
  nps: z
    .object({
      n: z.number().int(),
      promoters: z.number().int().describe('answers 9–10'),
      passives: z.number().int().describe('answers 7–8'),
      detractors: z.number().int().describe('answers 0–6'),
      shares: z.object({ promoters: z.number(), passives: z.number(), detractors: z.number() }).nullable(),
      score: z.number().nullable().describe('percent promoters minus percent detractors, −100 … 100'),
    })
    .nullable()
    .describe('internal net promoter score; null when hidden for anonymity'),
  satisfactionIndex: z.number().nullable().describe('0–100, importance-weighted; null without data'),
  grid: z
    .object({
      crosshairs: z.object({ performance: z.number(), importance: z.number() }),
      points: z.array(
        z.object({
          dimension: z.string(),
          performance: z.number(),
          importance: z.number(),
          quadrant: z.enum(QUADRANTS),
        }),
      ),
    })
    .nullable()
    .describe('importance–performance grid; null when no dimension has both means'),
  comments: z.array(
    z.object({
      topic: z.string().describe('keep, start or stop'),
      text: z.string(),
      group: z.string().nullable().describe('the unit above all writers of the comment’s group; null when they span several top units'),
    }),
  ),
  mirror: z.object({
    self: z
      .array(
        z.object({
          dimension,
          self: ratedDimension(dimension),
          customers: ratedDimension(dimension),
          gap: z.number().nullable().describe('self mean minus customers’ mean'),
          reading: z
            .enum(['blind-spot', 'hidden-strength', 'in-line'])
            .nullable()
            .describe('blind-spot: the provider rates itself clearly better than its customers do; hidden-strength: clearly worse'),
        }),
      )
      .describe('how the provider thinks its customers rate it, beside their rating'),
    customers: z
      .array(
        z.object({
          customerUnitId: z.string(),
          customerName: z.string(),
          view: z.object({
            providerRatesCustomer: ratingSide(z.enum(REVERSE_DIMENSIONS)),
            customerRatesProvider: ratingSide(dimension),
            difference: z
              .number()
              .nullable()
              .describe('provider’s mean minus customer’s: above zero when the provider is the more content side'),
          }),
        }),
      )
      .describe('how the provider rates each customer beside how that customer rates it'),
  }),
});
