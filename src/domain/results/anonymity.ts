/**
 * The anonymity engine: every result path (API, UI, CSV/XLSX, PDF, CLI) asks it what may be
 * released. Figures come from a release plan and are unions of whole blocks of at least k
 * respondents; comments are released in groups of at least k_c, shuffled; nothing is
 * released before a wave closes.
 */
export { releaseComments, type ReleasedComment } from './anonymity/comments.js';
export { partitionUnits, type UnitGroup } from './anonymity/partition.js';
export {
  buildReleasePlan,
  type Block,
  type CellCount,
  type CellView,
  type LeftOut,
  type PartitionKey,
  type Release,
  type ReleasePlan,
  type ReleaseQuery,
  type ResultKind,
} from './anonymity/release-plan.js';
export {
  assertCanReleaseResults,
  canReleaseResults,
  checkThresholds,
  DEFAULT_THRESHOLDS,
  type AnonymityThresholds,
} from './anonymity/thresholds.js';
export { buildUnitForest, type UnitPlacement } from './anonymity/unit-forest.js';
