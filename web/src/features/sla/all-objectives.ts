import type { RelationshipView } from '../relationships/api';
import { fetchUnitObjectives, type SlaObjective } from './api';

/**
 * Every objective of the given relationships, each once. Every objective belongs to a
 * relationship, so asking each provider unit once finds them all.
 */
export async function fetchAllObjectives(
  relationships: readonly Pick<RelationshipView, 'providerUnitId'>[],
  signal?: AbortSignal,
): Promise<SlaObjective[]> {
  const providers = [...new Set(relationships.map((relationship) => relationship.providerUnitId))];
  const lists = await Promise.all(providers.map((id) => fetchUnitObjectives(id, signal)));
  const seen = new Map<string, SlaObjective>();
  for (const objective of lists.flat()) seen.set(objective.objectiveId, objective);
  return [...seen.values()];
}
