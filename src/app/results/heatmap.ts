import type { Actor } from '../../domain/access/policy.js';
import { dimensionsOf } from '../../domain/questionnaire/questionnaire.js';
import { meanOf } from '../../domain/results/statistics.js';
import type { AppContext } from '../ports.js';
import { findResultWave } from './provider-report.js';
import type { ResultsCache } from './wave-results.js';

/** A heatmap cell: the mean and n, or hidden for anonymity, or no answers at all. */
export type HeatmapCell = { mean: number; n: number } | { hidden: true } | null;

export interface HeatmapRow {
  providerUnitId: string;
  providerName: string;
  /** A customer unit with a row of its own, or a group of units shown together ("and units below"). */
  group: { labelUnitId: string | null; name: string; isMerged: boolean; unitCount: number };
  cells: Record<string, HeatmapCell>;
}

export interface Heatmap {
  wave: { id: string; name: string };
  dimensions: string[];
  k: number;
  rows: HeatmapRow[];
}

/**
 * Provider × customer unit × dimension for a closed wave. A customer unit whose answers the
 * release plan merges into a group is marked hidden, and the group gets a row of its own.
 * Leads see the rows where their unit is the provider or among the customers.
 */
export async function getHeatmap(
  context: AppContext,
  cache: ResultsCache,
  input: { actor: Actor; waveId: string; providerUnitIds?: readonly string[] | undefined },
): Promise<Heatmap> {
  const wave = await findResultWave(context, input.waveId);
  const results = await cache.load(wave);
  const dimensions = dimensionsOf(results.content);
  const names = new Map((await context.stores.units.listAll()).map((unit) => [unit.id, unit.name]));
  const nameOf = (unitId: string | null) => (unitId ? (names.get(unitId) ?? unitId) : 'all others');
  const rows = new Map<string, HeatmapRow>();
  const rowFor = (providerUnitId: string, group: HeatmapRow['group']): HeatmapRow => {
    const key = JSON.stringify([providerUnitId, group.labelUnitId, group.isMerged]);
    let row = rows.get(key);
    if (!row) {
      row = { providerUnitId, providerName: nameOf(providerUnitId), group, cells: Object.fromEntries(dimensions.map((d) => [d, null])) };
      rows.set(key, row);
    }
    return row;
  };
  const providers = new Set<string>();
  for (const dimension of dimensions) {
    for (const group of results.plan.release({ kind: 'perception', measure: dimension }).groups) providers.add(group.subjectUnitId);
  }
  const wanted = input.providerUnitIds ? new Set(input.providerUnitIds) : null;
  const { actor } = input;
  // Groups that hold a lead's own unit: the lead sees how that group rates its providers.
  const leadGroups = new Set<HeatmapRow>();
  for (const providerUnitId of [...providers].sort((a, b) => nameOf(a).localeCompare(nameOf(b)))) {
    if (wanted && !wanted.has(providerUnitId)) continue;
    for (const dimension of dimensions) {
      const view = results.plan.cells({ subjectUnitId: providerUnitId, kind: 'perception', measure: dimension });
      if (view.isSuppressed) continue;
      for (const cell of view.cells) {
        const row = rowFor(providerUnitId, {
          labelUnitId: cell.respondentUnitId,
          name: nameOf(cell.respondentUnitId),
          isMerged: false,
          unitCount: 1,
        });
        if (cell.isVisible) {
          const aggregate = results.blockAggregate(providerUnitId, 'perception', dimension, cell.block);
          row.cells[dimension] = { mean: meanOf(aggregate) ?? 0, n: aggregate.n };
        } else {
          row.cells[dimension] = { hidden: true };
        }
      }
      for (const block of view.groupRows) {
        const row = rowFor(providerUnitId, {
          labelUnitId: block.labelUnitId,
          name: `${nameOf(block.labelUnitId)} (${block.unitIds.length} units together)`,
          isMerged: true,
          unitCount: block.unitIds.length,
        });
        const aggregate = results.blockAggregate(providerUnitId, 'perception', dimension, block);
        row.cells[dimension] = { mean: meanOf(aggregate) ?? 0, n: aggregate.n };
        for (const unitId of block.unitIds) if (actor.role === 'lead' && unitId === actor.unitId) leadGroups.add(row);
      }
    }
  }
  const visible = [...rows.values()].filter(
    (row) => actor.role !== 'lead' || row.providerUnitId === actor.unitId || row.group.labelUnitId === actor.unitId || leadGroups.has(row),
  );
  return { wave: { id: wave.id, name: wave.name }, dimensions, k: results.settings.anonymityThreshold, rows: visible };
}
