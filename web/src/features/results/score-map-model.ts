import type { ServiceMapData } from '../service-map/api';
import type { ProviderScores } from './api';
import { heatColour } from './colour-scale';

/** What a provider's colour on the map stands for. */
export type ScoreBasis = 'overall' | 'dimensions';

/** A provider of the wave with the figure its node is coloured by; score null: nothing released. */
export interface ScoredProvider {
  unitId: string;
  name: string;
  score: number | null;
  basis: ScoreBasis | null;
  /** n of the overall figure; the number of released dimensions when the basis is `dimensions`. */
  count: number;
}

/** Grey for a provider without a released figure; white with a grey ring for a unit that only receives services. */
export const NO_FIGURE_COLOUR = '#8c959f';
export const CUSTOMER_ONLY_COLOUR = '#ffffff';
export const NODE_BORDER_COLOUR = '#57606a';

/**
 * A provider's score: the released overall satisfaction, or else the mean of its released
 * dimension means; null when the anonymity engine released neither.
 */
export function scoreProvider(provider: ProviderScores['providers'][number]): Pick<ScoredProvider, 'score' | 'basis' | 'count'> {
  if (provider.overall) return { score: provider.overall.mean, basis: 'overall', count: provider.overall.n };
  const means = Object.values(provider.dimensions).flatMap((figure) => (figure ? [figure.mean] : []));
  if (means.length === 0) return { score: null, basis: null, count: 0 };
  return { score: means.reduce((sum, mean) => sum + mean, 0) / means.length, basis: 'dimensions', count: means.length };
}

/**
 * The wave's providers: every unit with figures, and every unit that provides a service or
 * serves a customer on the map (grey when nothing was released for it), by name.
 */
export function listScoredProviders(options: { scores: ProviderScores; map: ServiceMapData; language: string }): ScoredProvider[] {
  const { scores, map, language } = options;
  const providers = new Map<string, ScoredProvider>();
  const names = new Map(map.units.map((unit) => [unit.id, unit.name]));
  const providerIds = [
    ...map.services.map((service) => service.providerUnitId),
    ...map.relationships.map((relationship) => relationship.providerUnitId),
  ];
  for (const unitId of providerIds) {
    if (names.has(unitId)) providers.set(unitId, { unitId, name: names.get(unitId) ?? unitId, score: null, basis: null, count: 0 });
  }
  for (const provider of scores.providers) {
    providers.set(provider.providerUnitId, { unitId: provider.providerUnitId, name: provider.providerName, ...scoreProvider(provider) });
  }
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  return [...providers.values()].sort((left, right) => collator.compare(left.name, right.name));
}

/** The fill of a node: the heat colour of its score, grey without a figure, white for a unit that is no provider. */
export function nodeColour(provider: ScoredProvider | undefined): string {
  if (!provider) return CUSTOMER_ONLY_COLOUR;
  return provider.score === null ? NO_FIGURE_COLOUR : heatColour(provider.score).background;
}
