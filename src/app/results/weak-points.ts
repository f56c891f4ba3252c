import { canViewUnitResults, type Actor } from '../../domain/access/policy.js';
import { dimensionsOf } from '../../domain/questionnaire/questionnaire.js';
import { importanceKey } from '../../domain/respond/answers.js';
import { meanOf } from '../../domain/results/statistics.js';
import { DEFAULT_TARGET, rankWeakPoints, type PerformanceCell, type WeakPoint } from '../../domain/results/weak-points.js';
import type { AppContext } from '../ports.js';
import { findResultWave } from './provider-report.js';
import type { ResultsCache, WaveResults } from './wave-results.js';

export interface NamedWeakPoint extends WeakPoint {
  providerName: string;
  /** The customer unit, or null for all of the provider's customers. */
  customerGroupName: string | null;
}

export interface WeakPointsView {
  wave: { id: string; name: string };
  target: number;
  /** Per dimension the company benchmark: the mean of the providers' released means. */
  benchmarks: Record<string, number>;
  belowTarget: NamedWeakPoint[];
  belowBenchmark: NamedWeakPoint[];
}

/**
 * Weak points of a closed wave: per provider and dimension (all customers, and each customer
 * unit shown on its own), ranked by importance-weighted shortfall below the target and below
 * the company benchmark. Leads get their own unit's only.
 */
export async function getWeakPoints(
  context: AppContext,
  cache: ResultsCache,
  input: { actor: Actor; waveId: string; target?: number | undefined; limit?: number | undefined },
): Promise<WeakPointsView> {
  const wave = await findResultWave(context, input.waveId);
  const results = await cache.load(wave);
  const names = new Map((await context.stores.units.listAll()).map((unit) => [unit.id, unit.name]));
  const target = input.target ?? DEFAULT_TARGET;
  const { cells, benchmarks } = results.memo('performance-cells', () => performanceCells(results));
  // Ranked once per wave and target; a lead's list keeps that order.
  const ranked = results.memo(`weak-points:${target}`, () => rankWeakPoints(cells, { benchmarks, target }));
  const visible = (point: WeakPoint) => canViewUnitResults(input.actor, point.providerId);
  const name = (point: WeakPoint): NamedWeakPoint => ({
    ...point,
    providerName: names.get(point.providerId) ?? point.providerId,
    customerGroupName: point.customerGroupId ? (names.get(point.customerGroupId) ?? point.customerGroupId) : null,
  });
  const limit = input.limit ?? 50;
  const top = (points: readonly WeakPoint[]) => {
    const shown: NamedWeakPoint[] = [];
    for (const point of points) {
      if (shown.length >= limit) break;
      if (visible(point)) shown.push(name(point));
    }
    return shown;
  };
  return {
    wave: { id: wave.id, name: wave.name },
    target,
    benchmarks,
    belowTarget: top(ranked.belowTarget),
    belowBenchmark: top(ranked.belowBenchmark),
  };
}

/**
 * Per provider and dimension the released performance over all customers and over each
 * customer unit shown on its own, with the provider's importance; and per dimension the
 * company benchmark (the mean of the providers' means).
 */
function performanceCells(results: WaveResults): { cells: PerformanceCell[]; benchmarks: Record<string, number> } {
  const cells: PerformanceCell[] = [];
  const providerMeans = new Map<string, number[]>();
  for (const dimension of dimensionsOf(results.content)) {
    const providers = results.plan.release({ kind: 'perception', measure: dimension }).groups.map((group) => group.subjectUnitId);
    for (const providerId of new Set(providers)) {
      const subject = { subjectUnitIds: [providerId] };
      const performance = results.figure({ kind: 'perception', measure: dimension, ...subject });
      const importance = results.figure({ kind: 'perception', measure: importanceKey(dimension), ...subject });
      const mean = performance ? meanOf(performance.aggregate) : null;
      if (mean === null) continue;
      providerMeans.set(dimension, [...(providerMeans.get(dimension) ?? []), mean]);
      const importanceMean = importance ? meanOf(importance.aggregate) : null;
      cells.push({ providerId, customerGroupId: null, dimension, performance: mean, importance: importanceMean });
      const view = results.plan.cells({ subjectUnitId: providerId, kind: 'perception', measure: dimension });
      for (const cell of view.cells) {
        if (!cell.isVisible) continue;
        const aggregate = results.blockAggregate(providerId, 'perception', dimension, cell.block);
        cells.push({
          providerId,
          customerGroupId: cell.respondentUnitId,
          dimension,
          performance: meanOf(aggregate),
          importance: importanceMean,
        });
      }
    }
  }
  const benchmarks = Object.fromEntries(
    [...providerMeans].map(([dimension, means]) => [dimension, means.reduce((sum, mean) => sum + mean, 0) / means.length]),
  );
  return { cells, benchmarks };
}
