import type { Actor } from '../../domain/access/policy.js';
import { dimensionsOf } from '../../domain/questionnaire/questionnaire.js';
import { meanOf } from '../../domain/results/statistics.js';
import type { AppContext } from '../ports.js';
import { findResultWave } from './provider-report.js';
import type { ResultsCache, WaveResults } from './wave-results.js';

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
  /** Rows in all (after the filters); `rows` holds one page of them. */
  total: number;
  offset: number;
  rows: HeatmapRow[];
}

/** A row as kept per wave: ids only, and the units behind a group (to find a lead's groups). */
interface StoredRow {
  providerUnitId: string;
  labelUnitId: string | null;
  isMerged: boolean;
  memberUnitIds: readonly string[];
  cells: Record<string, HeatmapCell>;
}

export const HEATMAP_PAGE = 200;

/**
 * Provider × customer unit × dimension for a closed wave. A customer unit whose answers the
 * release plan merges into a group is marked hidden, and the group gets a row of its own.
 * Leads see the rows where their unit is the provider or among the customers. Rows come in
 * pages (by provider name, then customer group).
 */
export async function getHeatmap(
  context: AppContext,
  cache: ResultsCache,
  input: {
    actor: Actor;
    waveId: string;
    providerUnitIds?: readonly string[] | undefined;
    /** Only the rows labelled with this customer unit (its own row, or a group named after it). */
    customerUnitId?: string | undefined;
    offset?: number | undefined;
    limit?: number | undefined;
  },
): Promise<Heatmap> {
  const wave = await findResultWave(context, input.waveId);
  const results = await cache.load(wave);
  const names = new Map((await context.stores.units.listAll()).map((unit) => [unit.id, unit.name]));
  const nameOf = (unitId: string | null) => (unitId ? (names.get(unitId) ?? unitId) : '—');
  const { actor } = input;
  const providers = input.providerUnitIds ? new Set(input.providerUnitIds) : null;
  const rows = results
    .memo('heatmap', () => heatmapRows(results))
    .filter(
      (row) =>
        (!providers || providers.has(row.providerUnitId)) &&
        (input.customerUnitId === undefined || row.labelUnitId === input.customerUnitId) &&
        (actor.role !== 'lead' || row.providerUnitId === actor.unitId || row.memberUnitIds.includes(actor.unitId ?? '')),
    );
  rows.sort(
    (a, b) =>
      nameOf(a.providerUnitId).localeCompare(nameOf(b.providerUnitId)) ||
      Number(a.isMerged) - Number(b.isMerged) ||
      nameOf(a.labelUnitId).localeCompare(nameOf(b.labelUnitId)),
  );
  const offset = input.offset ?? 0;
  return {
    wave: { id: wave.id, name: wave.name },
    dimensions: dimensionsOf(results.content),
    k: results.settings.anonymityThreshold,
    total: rows.length,
    offset,
    rows: rows.slice(offset, offset + (input.limit ?? HEATMAP_PAGE)).map((row) => ({
      providerUnitId: row.providerUnitId,
      providerName: nameOf(row.providerUnitId),
      group: {
        labelUnitId: row.labelUnitId,
        name: row.isMerged ? `${nameOf(row.labelUnitId)} (${row.memberUnitIds.length} units together)` : nameOf(row.labelUnitId),
        isMerged: row.isMerged,
        unitCount: row.memberUnitIds.length,
      },
      cells: row.cells,
    })),
  };
}

/** Every row of the wave's heatmap, made once per wave from the release plan. */
function heatmapRows(results: WaveResults): StoredRow[] {
  const dimensions = dimensionsOf(results.content);
  const rows = new Map<string, StoredRow>();
  // A unit's own row is keyed by the unit. A group row stands for exactly one set of units:
  // the plan may merge other units per dimension under the same label (a unit with fewer
  // answers in one dimension joins the group there only), and each such set gets a row of its
  // own, whose other cells stay empty; else the unit count and a lead's access would be wrong.
  const rowFor = (providerUnitId: string, labelUnitId: string | null, isMerged: boolean, unitIds: readonly string[]): StoredRow => {
    const memberUnitIds = isMerged ? [...unitIds].sort() : unitIds;
    const key = JSON.stringify(isMerged ? [providerUnitId, true, memberUnitIds] : [providerUnitId, labelUnitId, false]);
    let row = rows.get(key);
    if (!row) {
      row = {
        providerUnitId,
        labelUnitId,
        isMerged,
        memberUnitIds,
        cells: Object.fromEntries(dimensions.map((dimension) => [dimension, null])),
      };
      rows.set(key, row);
    }
    return row;
  };
  const providers = new Set<string>();
  for (const dimension of dimensions) {
    for (const group of results.plan.release({ kind: 'perception', measure: dimension }).groups) providers.add(group.subjectUnitId);
  }
  for (const providerUnitId of providers) {
    for (const dimension of dimensions) {
      const view = results.plan.cells({ subjectUnitId: providerUnitId, kind: 'perception', measure: dimension });
      if (view.isSuppressed) continue;
      for (const cell of view.cells) {
        const row = rowFor(providerUnitId, cell.respondentUnitId, false, [cell.respondentUnitId]);
        if (cell.isVisible) {
          const aggregate = results.blockAggregate(providerUnitId, 'perception', dimension, cell.block);
          row.cells[dimension] = { mean: meanOf(aggregate) ?? 0, n: aggregate.n };
        } else {
          row.cells[dimension] = { hidden: true };
        }
      }
      for (const block of view.groupRows) {
        const row = rowFor(providerUnitId, block.labelUnitId, true, block.unitIds);
        const aggregate = results.blockAggregate(providerUnitId, 'perception', dimension, block);
        row.cells[dimension] = { mean: meanOf(aggregate) ?? 0, n: aggregate.n };
      }
    }
  }
  return [...rows.values()];
}
