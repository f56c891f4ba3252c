import type { Actor } from '../../domain/access/policy.js';
import type { Dimension } from '../../domain/questionnaire/item-bank.js';
import { canReleaseResults } from '../../domain/results/anonymity.js';
import { meanOf } from '../../domain/results/statistics.js';
import {
  compareSlaWithPerception,
  dimensionsForMetric,
  SLA_PERCEPTION_EXPLANATIONS,
  type FlagExplanation,
  type SlaPerception,
} from '../../domain/sla/sla-perception.js';
import { periodOf } from '../../domain/sla/periods.js';
import { requireFound, requirePermission } from '../authorize.js';
import type { AppContext } from '../ports.js';
import type { ResultsCache } from '../results/wave-results.js';
import { complianceOf, presentPeriod, type PeriodComplianceView } from './get-compliance.js';
import { presentObjectives } from './objective-views.js';
import { canViewRelationship } from '../../domain/access/relationship-policy.js';

export interface ObjectivePerception {
  objectiveId: string;
  name: string;
  metric: string;
  compliance: PeriodComplianceView;
  /** The released perception of each matching dimension: how the customer unit rated the provider. */
  perceptions: { dimension: Dimension; mean: number | null; n: number }[];
  comparison: SlaPerception;
  explanation: FlagExplanation;
}

export interface WavePerception {
  wave: { id: string; name: string; opensAt: string | null; closesAt: string | null };
  objectives: ObjectivePerception[];
}

/**
 * SLA beside perception for one relationship: for each closed wave that surveyed it, each
 * agreed objective's compliance in the period the wave opened in, next to how the customer
 * unit rated the provider on the dimensions the metric bears on. Perception comes from the
 * wave's released figures only (the anonymity engine decides), never from responses.
 */
export async function getSlaBesidePerception(
  context: AppContext,
  cache: ResultsCache,
  input: { actor: Actor; relationshipId: string; waveId?: string | undefined },
): Promise<{ relationshipId: string; waves: WavePerception[] }> {
  const relationship = requireFound(await context.stores.relationships.findById(input.relationshipId), 'relationship');
  requirePermission(canViewRelationship(input.actor, relationship), "view this relationship's SLAs");
  const now = context.clock();
  const objectives = presentObjectives(await context.stores.sla.listVersionsByRelationships([relationship.id])).filter((objective) =>
    objective.versions.some((version) => version.agreedBy !== null),
  );
  const waves = (await context.stores.waves.listWaves())
    .filter((wave) => canReleaseResults(wave) && (input.waveId === undefined || wave.id === input.waveId))
    .sort((a, b) => ((a.opensAt ?? a.createdAt) < (b.opensAt ?? b.createdAt) ? 1 : -1));
  const views: WavePerception[] = [];
  for (const wave of waves) {
    const pairs = await context.stores.waves.listWaveRelationships(wave.id);
    const isSurveyed = pairs.some(
      (pair) => pair.providerUnitId === relationship.providerUnitId && pair.customerUnitId === relationship.customerUnitId,
    );
    if (!isSurveyed) continue;
    const results = await cache.load(wave);
    const perceptionOf = (dimension: Dimension) => {
      const figure = results.figure({
        kind: 'perception',
        measure: dimension,
        subjectUnitIds: [relationship.providerUnitId],
        respondentUnitIds: [relationship.customerUnitId],
      });
      return { dimension, mean: figure ? meanOf(figure.aggregate) : null, n: figure?.aggregate.n ?? 0 };
    };
    const opened = new Date(wave.opensAt ?? wave.createdAt);
    const entries: ObjectivePerception[] = [];
    for (const objective of objectives) {
      const first = objective.versions[0];
      if (!first) continue;
      const period = periodOf(opened, first.period);
      const [compliance] = await complianceOf(context.stores, {
        versions: objective.versions,
        from: new Date(period.start),
        to: new Date(period.start),
        now,
      });
      if (!compliance) continue;
      // A custom metric bears on the dimensions chosen in the version that judged the period.
      const selectedDimensions = (compliance.objective ?? objective.current ?? first).dimensions;
      const perceptions = dimensionsForMetric(first.metric, selectedDimensions).map(perceptionOf);
      const comparison = compareSlaWithPerception({ compliance, metric: first.metric, perceptions, selectedDimensions });
      entries.push({
        objectiveId: objective.objectiveId,
        name: (compliance.objective ?? objective.current ?? first).name,
        metric: first.metric,
        compliance: presentPeriod(compliance),
        perceptions,
        comparison,
        explanation: SLA_PERCEPTION_EXPLANATIONS[comparison.flag],
      });
    }
    views.push({ wave: { id: wave.id, name: wave.name, opensAt: wave.opensAt, closesAt: wave.closesAt }, objectives: entries });
  }
  return { relationshipId: relationship.id, waves: views };
}
