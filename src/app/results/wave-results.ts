import type { QuestionnaireContent } from '../../domain/questionnaire/questionnaire.js';
import { mergeAllAggregates, type Aggregate } from '../../domain/results/aggregate.js';
import {
  assertCanReleaseResults,
  buildReleasePlan,
  releaseComments,
  type Block,
  type ReleasedComment,
  type ReleasePlan,
  type ResultKind,
  type UnitPlacement,
} from '../../domain/results/anonymity.js';
import { createCellAccumulator, scaleOfMeasure, type CellAggregate } from '../../domain/results/measures.js';
import { DomainError } from '../../domain/errors.js';
import type { AppContext } from '../ports.js';
import type { StoredWave } from '../waves/ports.js';
import type { ResultComment } from './ports.js';

/** What results use cases need from the configuration. */
export interface ResultsSettings {
  /** k: the smallest group any figure describes. */
  anonymityThreshold: number;
  /** k_c: the smallest group whose comments are shown. */
  commentThreshold: number;
}

/**
 * A closed wave's results, ready to query: its cell aggregates, the release plan the
 * anonymity engine made of them, and its comments. Every figure is read through `figure`,
 * which merges exactly the blocks the plan releases.
 */
export interface WaveResults {
  wave: StoredWave;
  content: QuestionnaireContent;
  plan: ReleasePlan;
  units: UnitPlacement[];
  /** Respondent units with data per subject (for listing rows). */
  comments: readonly ResultComment[];
  settings: ResultsSettings;
  /** The released figure of one measure over the given subjects and respondent units; null when nothing may be shown. */
  figure(query: FigureQuery): ReleasedFigure | null;
  /** The aggregate of exactly one block of a subject (a heatmap cell or group row). */
  blockAggregate(subjectUnitId: string, kind: ResultKind, measure: string, block: Block): Aggregate;
  releaseComments(providerUnitIds: readonly string[], random: () => number): ReleasedComment[];
  /** Makes a subject's aggregates available; needed before its figures only with loadWaveResultsBySubject. */
  focus(subjectUnitId: string): Promise<void>;
  /** Computes a view of the wave once and keeps it: a closed wave's figures do not change. */
  memo<T>(key: string, compute: () => T): T;
}

export interface FigureQuery {
  kind: ResultKind;
  measure: string;
  subjectUnitIds?: readonly string[] | undefined;
  respondentUnitIds?: readonly string[] | undefined;
}

export interface ReleasedFigure {
  aggregate: Aggregate;
  /** Respondent units asked for but left out because their block reaches beyond the filter. */
  leftOutUnitIds: string[];
}

// Builds in flight, per storage (one per process and database): the build of a large wave
// gives other requests turns of the event loop, and one of them may ask for the same build.
const buildsInFlight = new WeakMap<AppContext['stores'], Map<string, Promise<{ cells: number; responses: number }>>>();

/**
 * Builds a closed wave's cell aggregates from its responses, once: one pass over the
 * responses, then one transaction that replaces the aggregates and records the build. A
 * call while the same wave is being built in this process shares that build.
 */
export function buildWaveAggregates(context: AppContext, wave: StoredWave): Promise<{ cells: number; responses: number }> {
  let builds = buildsInFlight.get(context.stores);
  if (!builds) buildsInFlight.set(context.stores, (builds = new Map()));
  const running = builds.get(wave.id);
  if (running) return running;
  const inFlight = builds;
  const started = buildAggregates(context, wave).finally(() => inFlight.delete(wave.id));
  inFlight.set(wave.id, started);
  return started;
}

async function buildAggregates(context: AppContext, wave: StoredWave): Promise<{ cells: number; responses: number }> {
  assertCanReleaseResults(wave);
  // Submissions that arrived before the close may still wait in the inbox; then the storage
  // order of the wave's rows is made to say nothing of when they came (PostgreSQL).
  await context.stores.responding.moveInbox(context.newId);
  await context.stores.responding.shuffleStorage(wave.id);
  const version = await context.stores.waves.findVersion(wave.questionnaireVersionId);
  if (!version) throw new DomainError('not_found', `the questionnaire version of wave "${wave.name}" is missing`);
  const cells: CellAggregate[] = [];
  let responses = 0;
  for (const providerUnitId of await context.stores.results.listRatedUnits(wave.id)) {
    // A cell takes the responses of one provider only (see cellOf), so each provider's cells
    // are complete after its page: accumulating page by page keeps no index over the wave.
    const accumulator = createCellAccumulator();
    const page = await context.stores.results.listResponses(wave.id, providerUnitId);
    for (const response of page) accumulator.add(response, version.content);
    for (const cell of accumulator.cells()) cells.push(cell);
    responses += page.length;
    // SQLite answers synchronously: without a turn of the event loop between pages, a server
    // building a large wave (at its close) would answer no request until it is done.
    await new Promise((resolve) => setImmediate(resolve));
  }
  const builtAt = context.clock().toISOString();
  await context.transaction((stores) => stores.results.replaceAggregates(wave.id, cells, { builtAt, responses }));
  return { cells: cells.length, responses };
}

/**
 * Loads closed waves' results, building their aggregates on first use, and keeps them: a
 * closed wave does not change, so each is read from the database once per process (and
 * again after a rebuild).
 */
export function createResultsCache(context: AppContext, settings: ResultsSettings) {
  const loaded = new Map<string, Promise<WaveResults>>();

  const build = async (wave: StoredWave): Promise<WaveResults> => {
    if (!(await context.stores.results.findBuild(wave.id))) {
      await buildWaveAggregates(context, wave).catch(async (error: unknown) => {
        // Another process may have built it meanwhile; then its build is used.
        if (!(await context.stores.results.findBuild(wave.id))) throw error;
      });
    }
    return readWaveResults(context, wave, settings);
  };

  // Requests that arrive while a wave is being built or read share that work.
  const load = (wave: StoredWave): Promise<WaveResults> => {
    assertCanReleaseResults(wave);
    let results = loaded.get(wave.id);
    if (!results) {
      results = build(wave);
      loaded.set(wave.id, results);
      results.catch(() => loaded.delete(wave.id));
    }
    return results;
  };

  return { load, forget: (waveId: string) => loaded.delete(waveId) };
}

export type ResultsCache = ReturnType<typeof createResultsCache>;

async function readWaveResults(context: AppContext, wave: StoredWave, settings: ResultsSettings): Promise<WaveResults> {
  const cells = await context.stores.results.listAggregates(wave.id);
  const byCell = new Map<string, Aggregate>(cells.map((cell) => [cellId(cell), cell.aggregate]));
  return assembleWaveResults(context, wave, settings, {
    counts: cells.map((cell) => ({ ...cell, n: cell.aggregate.n })),
    aggregateOf: (cell) => byCell.get(cellId(cell)),
    focus: async () => {},
  });
}

/**
 * A closed wave's results for one pass over its subjects, as an export makes: only the
 * release plan stays in memory, and the aggregates of one subject at a time are read when
 * `focus` names it. Asking for a subject that is not in focus is a bug and throws.
 */
export async function loadWaveResultsBySubject(context: AppContext, wave: StoredWave, settings: ResultsSettings): Promise<WaveResults> {
  assertCanReleaseResults(wave);
  if (!(await context.stores.results.findBuild(wave.id))) await buildWaveAggregates(context, wave);
  let focused: { subjectUnitId: string; cells: Map<string, Aggregate> } | undefined;
  return assembleWaveResults(context, wave, settings, {
    counts: await context.stores.results.listCellCounts(wave.id),
    aggregateOf: (cell) => {
      if (focused?.subjectUnitId !== cell.subjectUnitId) throw new Error(`the results of unit ${cell.subjectUnitId} are not loaded`);
      return focused.cells.get(cellId(cell));
    },
    focus: async (subjectUnitId) => {
      if (focused?.subjectUnitId === subjectUnitId) return;
      const cells = await context.stores.results.listSubjectAggregates(wave.id, subjectUnitId);
      focused = { subjectUnitId, cells: new Map(cells.map((cell) => [cellId(cell), cell.aggregate])) };
    },
  });
}

async function assembleWaveResults(
  context: AppContext,
  wave: StoredWave,
  settings: ResultsSettings,
  source: {
    counts: (Omit<CellAggregate, 'aggregate'> & { n: number })[];
    aggregateOf: (cell: Omit<CellAggregate, 'aggregate'>) => Aggregate | undefined;
    focus: (subjectUnitId: string) => Promise<void>;
  },
): Promise<WaveResults> {
  const [version, comments, units] = await Promise.all([
    context.stores.waves.findVersion(wave.questionnaireVersionId),
    context.stores.results.listComments(wave.id),
    context.stores.units.listAll(),
  ]);
  if (!version) throw new DomainError('not_found', `the questionnaire version of wave "${wave.name}" is missing`);
  // Units deleted since the wave keep their answers; they count as top-level units.
  const placements: UnitPlacement[] = units.map((unit) => ({ id: unit.id, parentId: unit.parentId }));
  const known = new Set(placements.map((unit) => unit.id));
  for (const id of [...source.counts.map((cell) => cell.respondentUnitId), ...comments.map((comment) => comment.customerUnitId)]) {
    if (!known.has(id)) {
      known.add(id);
      placements.push({ id, parentId: null });
    }
  }
  const thresholds = { k: settings.anonymityThreshold, kComments: settings.commentThreshold };
  const plan = buildReleasePlan({ wave, thresholds, units: placements, counts: source.counts });
  const memos = new Map<string, unknown>();
  const blockAggregate = (subjectUnitId: string, kind: ResultKind, measure: string, block: Block): Aggregate =>
    mergeAllAggregates(
      scaleOfMeasure(measure),
      block.unitIds.flatMap((respondentUnitId) => {
        const aggregate = source.aggregateOf({ subjectUnitId, respondentUnitId, kind, measure });
        return aggregate ? [aggregate] : [];
      }),
    );
  return {
    wave,
    content: version.content,
    plan,
    units: placements,
    comments,
    settings,
    figure(query) {
      const release = plan.release(query);
      if (release.groups.length === 0) return null;
      const aggregate = mergeAllAggregates(
        scaleOfMeasure(query.measure),
        release.groups.map((group) => blockAggregate(group.subjectUnitId, query.kind, query.measure, group.block)),
      );
      const leftOutUnitIds = release.leftOut.flatMap((entry) => ('unitId' in entry ? [entry.unitId] : []));
      return { aggregate, leftOutUnitIds: [...new Set(leftOutUnitIds)] };
    },
    blockAggregate,
    focus: source.focus,
    memo<T>(key: string, compute: () => T): T {
      if (!memos.has(key)) memos.set(key, compute());
      return memos.get(key) as T;
    },
    releaseComments: (providerUnitIds, random) =>
      releaseComments({ wave, thresholds, units: placements, comments, random, providerUnitIds }),
  };
}

function cellId(cell: Omit<CellAggregate, 'aggregate'>): string {
  return `${cell.subjectUnitId}\u0000${cell.respondentUnitId}\u0000${cell.kind}\u0000${cell.measure}`;
}
