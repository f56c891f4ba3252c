import { DomainError } from '../../errors.js';
import type { RatingKind } from '../../respond/answers.js';
import type { WaveStatus } from '../../wave/wave.js';
import { partitionUnits, type UnitGroup } from './partition.js';
import { assertCanReleaseResults, checkThresholds, type AnonymityThresholds } from './thresholds.js';
import { buildUnitForest, type UnitPlacement } from './unit-forest.js';

/** What a figure is about: customers' perception of a provider, a provider's view of a customer, or a self-assessment. */
export type ResultKind = Exclude<RatingKind, 'no-contact'>;

/** How many respondents of one unit gave one measure (a dimension score, an importance, overall, NPS) about one subject unit. */
export interface CellCount {
  subjectUnitId: string;
  respondentUnitId: string;
  kind: ResultKind;
  measure: string;
  n: number;
}

/** One partition: the respondent units of one subject, kind and measure. */
export interface PartitionKey {
  subjectUnitId: string;
  kind: ResultKind;
  measure: string;
}

/** A group of respondent units that is released whole or not at all. */
export interface Block extends UnitGroup {
  /** Unique within the plan. */
  id: string;
}

export interface ReleaseQuery {
  kind: ResultKind;
  measure: string;
  /** The subject units the figure is about; all with data when left out. */
  subjectUnitIds?: readonly string[] | undefined;
  /** The respondent units asked for (a unit and its subtree must be listed unit by unit); all when left out. */
  respondentUnitIds?: readonly string[] | undefined;
}

export type LeftOut =
  /** A subject asked for by name with fewer than k data points (or none: the two are not told apart). */
  | { subjectUnitId: string; reason: 'too-few-respondents' }
  /** A respondent unit asked for whose block reaches beyond the filter; `blockId` says where its data is released. */
  | { subjectUnitId: string; unitId: string; reason: 'block-crosses-filter'; blockId: string };

/**
 * The answer to a query: the blocks whose data the figure merges, per subject. The caller
 * merges the stored aggregates of exactly the cells (subject, each unit of the block), of the
 * query's kind and measure only, and may show each group as a row of its own. An empty
 * `groups` means there is no figure to show.
 */
export interface Release {
  groups: { subjectUnitId: string; block: Block }[];
  n: number;
  leftOut: LeftOut[];
}

/** A heatmap column: each respondent unit with data, on its own or hidden in a group row. */
export interface CellView {
  /** True when nothing is shown: fewer than k data points, or none (the two look alike), and not even which units answered. */
  isSuppressed: boolean;
  cells: ({ respondentUnitId: string; isVisible: true; block: Block } | { respondentUnitId: string; isVisible: false; blockId: string })[];
  /** Blocks of several units, shown as one row each ("Production and units below, not shown separately"). */
  groupRows: Block[];
}

export interface ReleasePlan {
  readonly k: number;
  /** The blocks of one partition; empty when the subject has fewer than k data points. */
  blocks(key: PartitionKey): readonly Block[];
  /** Respondent units with data that have no visible cell of their own (for the caller, not for display). */
  hiddenUnits(key: PartitionKey): string[];
  /** The blocks a figure may merge: those wholly inside the filters, never part of one. */
  release(query: ReleaseQuery): Release;
  /** The cell-level view of one partition, for a heatmap. */
  cells(key: PartitionKey): CellView;
}

interface Partition {
  blocks: Block[];
  blockOf: Map<string, Block>;
  unitsWithData: string[];
}

/**
 * Builds the release plan of a closed wave: for every subject, kind and measure, the
 * partition of respondent units into blocks of at least k data points (see partitionUnits).
 * Every figure the plan releases is a union of whole blocks, so no released figure describes
 * fewer than k respondents and no two differ by fewer than k. Throws `invalid_state` for a
 * wave that is not closed. O(cells × depth of the unit tree).
 */
export function buildReleasePlan(options: {
  wave: { status: WaveStatus };
  thresholds: AnonymityThresholds;
  units: readonly UnitPlacement[];
  counts: readonly CellCount[];
}): ReleasePlan {
  assertCanReleaseResults(options.wave);
  const { k } = checkThresholds(options.thresholds);
  const forest = buildUnitForest(options.units);
  const countsByKey = new Map<string, { key: PartitionKey; counts: Map<string, number> }>();
  for (const count of options.counts) {
    if (!Number.isInteger(count.n) || count.n < 0) throw new DomainError('validation', 'counts: n must be a whole number of at least 0');
    if (!forest.has(count.respondentUnitId)) throw new DomainError('validation', `counts: "${count.respondentUnitId}" is not a unit`);
    const id = partitionId(count);
    const entry = countsByKey.get(id) ?? {
      key: { subjectUnitId: count.subjectUnitId, kind: count.kind, measure: count.measure },
      counts: new Map(),
    };
    entry.counts.set(count.respondentUnitId, (entry.counts.get(count.respondentUnitId) ?? 0) + count.n);
    countsByKey.set(id, entry);
  }

  const partitions = new Map<string, Partition>();
  const subjectsByMeasure = new Map<string, string[]>();
  for (const [id, { key, counts }] of countsByKey) {
    const unitsWithData = [...counts].filter(([, n]) => n > 0).map(([unitId]) => unitId);
    if (unitsWithData.length === 0) continue;
    // Short ids: a large wave has a hundred thousand blocks. Unique within the plan.
    const partitionNumber = partitions.size;
    const blocks = partitionUnits({ forest, counts, k }).map((group, index) => ({ ...group, id: `${partitionNumber}.${index}` }));
    const blockOf = new Map(blocks.flatMap((block) => block.unitIds.map((unitId) => [unitId, block] as const)));
    partitions.set(id, { blocks, blockOf, unitsWithData });
    const measureId = JSON.stringify([key.kind, key.measure]);
    const subjects = subjectsByMeasure.get(measureId) ?? [];
    subjects.push(key.subjectUnitId);
    subjectsByMeasure.set(measureId, subjects);
  }
  for (const subjects of subjectsByMeasure.values()) subjects.sort();

  const partitionOf = (key: PartitionKey): Partition | undefined => partitions.get(partitionId(key));
  return {
    k,
    blocks: (key) => partitionOf(key)?.blocks ?? [],
    hiddenUnits: (key) => {
      const partition = partitionOf(key);
      return partition ? partition.unitsWithData.filter((unitId) => !isVisibleCell(partition.blockOf.get(unitId))) : [];
    },
    release: (query) => releaseBlocks(query, partitionOf, subjectsByMeasure.get(JSON.stringify([query.kind, query.measure])) ?? []),
    cells: (key) => viewCells(partitionOf(key)),
  };
}

function releaseBlocks(
  query: ReleaseQuery,
  partitionOf: (key: PartitionKey) => Partition | undefined,
  subjectsWithData: string[],
): Release {
  const filter = query.respondentUnitIds ? new Set(query.respondentUnitIds) : null;
  const release: Release = { groups: [], n: 0, leftOut: [] };
  for (const subjectUnitId of query.subjectUnitIds ? [...new Set(query.subjectUnitIds)] : subjectsWithData) {
    const partition = partitionOf({ subjectUnitId, kind: query.kind, measure: query.measure });
    if (!partition || partition.blocks.length === 0) {
      // Only subjects asked for by name are reported, so that a subject with 1 to k−1 data points looks like one with none.
      if (query.subjectUnitIds) release.leftOut.push({ subjectUnitId, reason: 'too-few-respondents' });
      continue;
    }
    for (const block of partition.blocks) {
      const cut = filter ? block.unitIds.filter((unitId) => filter.has(unitId)) : block.unitIds;
      if (cut.length === block.unitIds.length) {
        release.groups.push({ subjectUnitId, block });
        release.n += block.n;
      } else {
        for (const unitId of cut) release.leftOut.push({ subjectUnitId, unitId, reason: 'block-crosses-filter', blockId: block.id });
      }
    }
  }
  return release;
}

function viewCells(partition: Partition | undefined): CellView {
  if (!partition || partition.blocks.length === 0) return { isSuppressed: true, cells: [], groupRows: [] };
  const cells = partition.blocks.flatMap((block) =>
    block.unitIds.map((respondentUnitId) =>
      isVisibleCell(block)
        ? { respondentUnitId, isVisible: true as const, block }
        : { respondentUnitId, isVisible: false as const, blockId: block.id },
    ),
  );
  return { isSuppressed: false, cells, groupRows: partition.blocks.filter((block) => !isVisibleCell(block)) };
}

/** A block of one unit is that unit's own cell; every other block is a group row. */
function isVisibleCell(block: Block | undefined): boolean {
  return block !== undefined && block.unitIds.length === 1;
}

function partitionId(key: PartitionKey): string {
  return JSON.stringify([key.subjectUnitId, key.kind, key.measure]);
}
