import type { SlaObjective } from '../../domain/sla/objective.js';
import type { Relationship } from '../../domain/org/relationship.js';
import { requireFound } from '../authorize.js';
import type { Stores } from '../ports.js';

/** One objective with all its versions: the one agreed now and the open proposal, if any. */
export interface ObjectiveView {
  objectiveId: string;
  relationshipId: string;
  /** The latest agreed version (it applies from its validFrom); null until one is agreed. */
  current: SlaObjective | null;
  /** The version waiting for the other side; null when none is. */
  proposal: SlaObjective | null;
  /** Every version, oldest first. */
  versions: SlaObjective[];
}

/** Groups versions (ordered by objective and number) into objectives. */
export function presentObjectives(versions: readonly SlaObjective[]): ObjectiveView[] {
  const byObjective = new Map<string, SlaObjective[]>();
  for (const version of versions) {
    const list = byObjective.get(version.objectiveId) ?? [];
    list.push(version);
    byObjective.set(version.objectiveId, list);
  }
  return [...byObjective.values()].map((list) => presentObjective(list));
}

/** The view of one objective's versions. */
export function presentObjective(versions: readonly SlaObjective[]): ObjectiveView {
  const sorted = [...versions].sort((a, b) => a.version - b.version);
  const first = sorted[0] as SlaObjective;
  return {
    objectiveId: first.objectiveId,
    relationshipId: first.relationshipId,
    current: sorted.findLast((version) => version.status === 'agreed') ?? null,
    proposal: sorted.find((version) => version.status === 'proposed') ?? null,
    versions: sorted,
  };
}

/** The versions of an objective and its relationship; not found when either is missing. */
export async function loadObjective(
  stores: Stores,
  objectiveId: string,
): Promise<{ versions: SlaObjective[]; relationship: Relationship }> {
  const versions = await stores.sla.listVersions(objectiveId);
  const first = requireFound(versions[0], 'SLA objective');
  const relationship = requireFound(await stores.relationships.findById(first.relationshipId), 'relationship');
  return { versions, relationship };
}
