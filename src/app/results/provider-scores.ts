import type { Actor } from '../../domain/access/policy.js';
import { dimensionsOf } from '../../domain/questionnaire/questionnaire.js';
import { OVERALL_KEY } from '../../domain/respond/answers.js';
import { meanOf } from '../../domain/results/statistics.js';
import type { AppContext } from '../ports.js';
import { findResultWave } from './provider-report.js';
import type { ResultsCache, WaveResults } from './wave-results.js';

/** A released mean and its n; null when the anonymity engine releases nothing. */
export type ProviderScore = { mean: number; n: number } | null;

export interface ProviderScores {
  wave: { id: string; name: string };
  dimensions: string[];
  k: number;
  providers: {
    providerUnitId: string;
    providerName: string;
    /** The overall-satisfaction question over all customers. */
    overall: ProviderScore;
    dimensions: Record<string, ProviderScore>;
  }[];
}

/**
 * Per provider of a closed wave, over all its customers: the released overall satisfaction
 * and dimension means, every figure through the release plan. Leads get their own unit only.
 */
export async function getProviderScores(
  context: AppContext,
  cache: ResultsCache,
  input: { actor: Actor; waveId: string },
): Promise<ProviderScores> {
  const wave = await findResultWave(context, input.waveId);
  const results = await cache.load(wave);
  const names = new Map((await context.stores.units.listAll()).map((unit) => [unit.id, unit.name]));
  const { actor } = input;
  const providers = results
    .memo('provider-scores', () => scoreProviders(results))
    .filter((provider) => actor.role !== 'lead' || provider.providerUnitId === actor.unitId)
    .map((provider) => ({ ...provider, providerName: names.get(provider.providerUnitId) ?? provider.providerUnitId }))
    .sort((left, right) => left.providerName.localeCompare(right.providerName));
  return {
    wave: { id: wave.id, name: wave.name },
    dimensions: dimensionsOf(results.content),
    k: results.settings.anonymityThreshold,
    providers,
  };
}

/** Every provider with data in the wave and its released figures, made once per wave. */
function scoreProviders(results: WaveResults): Omit<ProviderScores['providers'][number], 'providerName'>[] {
  const dimensions = dimensionsOf(results.content);
  const providerUnitIds = new Set<string>();
  for (const measure of [OVERALL_KEY, ...dimensions]) {
    for (const group of results.plan.release({ kind: 'perception', measure }).groups) providerUnitIds.add(group.subjectUnitId);
  }
  const score = (providerUnitId: string, measure: string): ProviderScore => {
    const figure = results.figure({ kind: 'perception', measure, subjectUnitIds: [providerUnitId] });
    const mean = figure ? meanOf(figure.aggregate) : null;
    return figure && mean !== null ? { mean, n: figure.aggregate.n } : null;
  };
  return [...providerUnitIds].map((providerUnitId) => ({
    providerUnitId,
    overall: score(providerUnitId, OVERALL_KEY),
    dimensions: Object.fromEntries(dimensions.map((dimension) => [dimension, score(providerUnitId, dimension)])),
  }));
}
