import { canViewUnitResults, type Actor } from '../../domain/access/policy.js';
import { DomainError } from '../../domain/errors.js';
import { REVERSE_DIMENSIONS, type Dimension, type ReverseDimension } from '../../domain/questionnaire/item-bank.js';
import { dimensionsOf } from '../../domain/questionnaire/questionnaire.js';
import { importanceKey, NPS_KEY, OVERALL_KEY } from '../../domain/respond/answers.js';
import { canReleaseResults } from '../../domain/results/anonymity.js';
import { placeInGrid, type ImportancePerformanceGrid } from '../../domain/results/importance-performance.js';
import {
  compareReciprocalRatings,
  compareSelfAssessment,
  type ReciprocalView,
  type SelfAssessmentRow,
} from '../../domain/results/mirror.js';
import { computeSatisfactionIndex } from '../../domain/results/satisfaction-index.js';
import { computeNetPromoterScore, summariseAggregate, type CellSummary, type NetPromoterScore } from '../../domain/results/statistics.js';
import { describeTrend, type Trend } from '../../domain/results/trend.js';
import type { AppContext } from '../ports.js';
import type { StoredWave } from '../waves/ports.js';
import type { ResultsCache, WaveResults } from './wave-results.js';

export interface DimensionResult {
  dimension: Dimension;
  /** The customers' rating; null when hidden for anonymity (fewer than k answered). */
  performance: CellSummary | null;
  importance: CellSummary | null;
  /** This dimension over the closed waves up to this one, oldest first. */
  trend: Trend;
}

export interface ProviderReport {
  wave: { id: string; name: string; status: string; opensAt: string | null; closesAt: string | null };
  provider: { id: string; name: string };
  thresholds: { k: number; kComments: number };
  dimensions: DimensionResult[];
  overall: CellSummary | null;
  nps: NetPromoterScore | null;
  /** 0–100, importance-weighted; null without data. */
  satisfactionIndex: number | null;
  grid: ImportancePerformanceGrid | null;
  comments: { topic: string; text: string; group: string | null }[];
  mirror: {
    self: SelfAssessmentRow[];
    customers: { customerUnitId: string; customerName: string; view: ReciprocalView }[];
  };
}

/**
 * A provider's results in one closed wave, as its lead sees them: per dimension the
 * customers' rating with confidence interval, importance and trend; overall satisfaction,
 * internal NPS, the satisfaction index, the importance–performance grid, comments and the
 * mirror. Every figure comes through the wave's release plan.
 */
export async function getProviderReport(
  context: AppContext,
  cache: ResultsCache,
  input: { actor: Actor; waveId: string; providerUnitId: string; random?: () => number },
): Promise<ProviderReport> {
  const { actor, providerUnitId } = input;
  if (!canViewUnitResults(actor, providerUnitId)) throw new DomainError('forbidden', 'you may see the results of your own unit only');
  const provider = await context.stores.units.findById(providerUnitId);
  if (!provider) throw new DomainError('not_found', `unit ${providerUnitId} does not exist`);
  const wave = await findResultWave(context, input.waveId);
  const results = await cache.load(wave);
  const subject = { subjectUnitIds: [providerUnitId] };
  const perception = (measure: string) => results.figure({ kind: 'perception', measure, ...subject })?.aggregate ?? null;
  const dimensions = dimensionsOf(results.content);
  const history = await earlierResults(context, cache, wave);

  const rows: DimensionResult[] = dimensions.map((dimension) => {
    const performance = perception(dimension);
    const importance = perception(importanceKey(dimension));
    const trend = describeTrend(
      [...history, results].flatMap((waveResults) => {
        const figure = waveResults.figure({ kind: 'perception', measure: dimension, ...subject });
        return figure ? [{ waveId: waveResults.wave.id, aggregate: figure.aggregate }] : [];
      }),
    );
    return {
      dimension,
      performance: performance ? summariseAggregate(performance) : null,
      importance: importance ? summariseAggregate(importance) : null,
      trend,
    };
  });
  const means = rows.map((row) => ({
    dimension: row.dimension,
    performance: row.performance?.mean ?? null,
    importance: row.importance?.mean ?? null,
  }));
  const plotted = means.flatMap((row) =>
    row.performance === null || row.importance === null ? [] : [{ ...row, performance: row.performance, importance: row.importance }],
  );
  const overall = perception(OVERALL_KEY);
  const nps = perception(NPS_KEY);
  const unitNames = new Map((await context.stores.units.listAll()).map((unit) => [unit.id, unit.name]));

  return {
    wave: { id: wave.id, name: wave.name, status: wave.status, opensAt: wave.opensAt, closesAt: wave.closesAt },
    provider: { id: provider.id, name: provider.name },
    thresholds: { k: results.settings.anonymityThreshold, kComments: results.settings.commentThreshold },
    dimensions: rows,
    overall: overall ? summariseAggregate(overall) : null,
    nps: nps ? computeNetPromoterScore(nps) : null,
    satisfactionIndex: computeSatisfactionIndex(means).index,
    grid: plotted.length > 0 ? placeInGrid(plotted) : null,
    comments: results.releaseComments([providerUnitId], input.random ?? Math.random).map((comment) => ({
      topic: comment.topic,
      text: comment.text,
      group: comment.group.labelUnitId ? (unitNames.get(comment.group.labelUnitId) ?? null) : null,
    })),
    mirror: {
      self: compareSelfAssessment(
        dimensions.flatMap((dimension) => {
          const self = results.figure({ kind: 'self', measure: dimension, ...subject });
          const customers = perception(dimension);
          return self && customers ? [{ dimension, self: self.aggregate, customers }] : [];
        }),
      ),
      customers: reciprocalViews(results, providerUnitId, dimensions, unitNames),
    },
  };
}

/** How the provider rates each customer beside how that customer rates it, where both sides may be shown. */
function reciprocalViews(
  results: WaveResults,
  providerUnitId: string,
  dimensions: readonly Dimension[],
  unitNames: ReadonlyMap<string, string>,
): ProviderReport['mirror']['customers'] {
  const customers = new Set(
    results.plan
      .release({ kind: 'reverse', measure: REVERSE_DIMENSIONS[0], respondentUnitIds: [providerUnitId] })
      .groups.map((group) => group.subjectUnitId),
  );
  for (const measure of REVERSE_DIMENSIONS.slice(1)) {
    for (const group of results.plan.release({ kind: 'reverse', measure, respondentUnitIds: [providerUnitId] }).groups)
      customers.add(group.subjectUnitId);
  }
  return [...customers].sort().flatMap((customerUnitId) => {
    const providerRatesCustomer = REVERSE_DIMENSIONS.flatMap((dimension: ReverseDimension) => {
      const figure = results.figure({
        kind: 'reverse',
        measure: dimension,
        subjectUnitIds: [customerUnitId],
        respondentUnitIds: [providerUnitId],
      });
      return figure ? [{ dimension, aggregate: figure.aggregate }] : [];
    });
    const customerRatesProvider = dimensions.flatMap((dimension) => {
      const figure = results.figure({
        kind: 'perception',
        measure: dimension,
        subjectUnitIds: [providerUnitId],
        respondentUnitIds: [customerUnitId],
      });
      return figure ? [{ dimension, aggregate: figure.aggregate }] : [];
    });
    if (providerRatesCustomer.length === 0 || customerRatesProvider.length === 0) return [];
    return [
      {
        customerUnitId,
        customerName: unitNames.get(customerUnitId) ?? customerUnitId,
        view: compareReciprocalRatings({ providerRatesCustomer, customerRatesProvider }),
      },
    ];
  });
}

/** A wave whose results may be shown: it exists and is closed (or archived). */
export async function findResultWave(context: AppContext, waveId: string): Promise<StoredWave> {
  const wave = await context.stores.waves.findWave(waveId);
  if (!wave) throw new DomainError('not_found', `wave ${waveId} does not exist`);
  if (!canReleaseResults(wave))
    throw new DomainError('invalid_state', `wave "${wave.name}" is ${wave.status}: results are shown once it is closed`);
  return wave;
}

/** The closed waves before this one (by opening time), oldest first. */
async function earlierResults(context: AppContext, cache: ResultsCache, wave: StoredWave): Promise<WaveResults[]> {
  const waves = (await context.stores.waves.listWaves())
    .filter((other) => other.id !== wave.id && canReleaseResults(other) && (other.opensAt ?? '') < (wave.opensAt ?? ''))
    .sort((a, b) => ((a.opensAt ?? '') < (b.opensAt ?? '') ? -1 : 1));
  const loaded: WaveResults[] = [];
  for (const other of waves) loaded.push(await cache.load(other));
  return loaded;
}
