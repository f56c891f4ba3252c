import { canViewUnitResults, type Actor } from '../../domain/access/policy.js';
import { DomainError } from '../../domain/errors.js';
import { computeUnitPaths } from '../../domain/org/unit.js';
import { dimensionLabels, type Dimension } from '../../domain/questionnaire/item-bank.js';
import { dimensionsOf } from '../../domain/questionnaire/questionnaire.js';
import { importanceKey, NPS_KEY, OVERALL_KEY } from '../../domain/respond/answers.js';
import type { Aggregate } from '../../domain/results/aggregate.js';
import type { Block } from '../../domain/results/anonymity.js';
import { computeNetPromoterScore, summariseAggregate } from '../../domain/results/statistics.js';
import type { AppContext } from '../ports.js';
import type { ExportLocale } from './export-target.js';
import { findResultWave } from './provider-report.js';
import type { ResultsCache, WaveResults } from './wave-results.js';

/** How a row without figures is marked: the anonymity engine released nothing for it. */
export const HIDDEN_STATUS = 'hidden (anonymity)';
export const SHOWN_STATUS = 'shown';
/** The customer group of a provider's totals. */
export const ALL_CUSTOMERS = 'all customers';

export interface ExportFigures {
  n: number;
  mean: number | null;
  standardDeviation: number | null;
  confidenceLower: number | null;
  confidenceUpper: number | null;
  /** Share of the two highest points, 0 … 1. */
  topTwoBox: number | null;
}

/** A provider over all its customers, one measure: a dimension, an importance, overall or NPS. */
export interface ProviderTotalRow {
  providerId: string;
  /** The provider's unit path. */
  provider: string;
  measure: string;
  measureLabel: string;
  /** Null when hidden for anonymity (fewer than k answered, or none: the two look alike). */
  figures: ExportFigures | null;
  /** The internal net promoter score, −100 … 100, on the NPS row only. */
  nps: number | null;
}

/** One provider, one customer group (a unit of its own or units shown together), one dimension. */
export interface CustomerGroupRow {
  providerId: string;
  provider: string;
  /** The unit the group is named after; null for a group that spans several top-level units. */
  customerGroupId: string | null;
  /** Its unit path, or "all others". */
  customerGroup: string;
  /** True for a group row: several units whose answers are only shown together. */
  isMerged: boolean;
  unitsInGroup: number;
  dimension: string;
  dimensionLabel: string;
  /** Null for a unit whose answers count only in a group row. */
  figures: ExportFigures | null;
}

/**
 * A closed wave's released aggregates, ready to write provider by provider: nothing is built
 * for all providers at once, so a file of any size is written in bounded memory.
 */
export interface AggregateExport {
  wave: { id: string; name: string };
  k: number;
  locale: ExportLocale;
  providers: { id: string; path: string }[];
  totalRows(providerId: string): Promise<ProviderTotalRow[]>;
  groupRows(providerId: string): Promise<CustomerGroupRow[]>;
}

// Single responses are not exported, not even shuffled and undated within blocks of k: the
// release plan partitions respondent units per measure, so one response would carry a
// different block for each of its measures, and its combination of answers can single a
// person out where no released figure does.

/**
 * Prepares the export of a closed wave's released aggregates, every figure read through the
 * wave's release plan (never from responses). Without `providerUnitIds`, every provider the
 * actor may see that has released figures; with them, those providers (a provider without
 * released figures gets rows marked hidden). Leads see their own unit only, as in the API.
 */
export async function prepareAggregateExport(
  context: AppContext,
  cache: ResultsCache,
  input: { actor: Actor; waveId: string; providerUnitIds?: readonly string[] | undefined; locale?: ExportLocale },
): Promise<AggregateExport> {
  const { actor } = input;
  for (const providerUnitId of input.providerUnitIds ?? []) {
    if (!canViewUnitResults(actor, providerUnitId)) throw new DomainError('forbidden', 'you may see the results of your own unit only');
  }
  const wave = await findResultWave(context, input.waveId);
  const results = await cache.load(wave);
  const locale = input.locale ?? 'en';
  const paths = computeUnitPaths(await context.stores.units.listAll());
  const pathOf = (unitId: string) => paths.get(unitId) ?? unitId;
  const dimensions = dimensionsOf(results.content);

  const rated = new Set<string>();
  for (const dimension of dimensions) {
    for (const group of results.plan.release({ kind: 'perception', measure: dimension }).groups) rated.add(group.subjectUnitId);
  }
  const known = new Set([...paths.keys(), ...results.units.map((unit) => unit.id)]);
  const unknown = (input.providerUnitIds ?? []).find((id) => !known.has(id));
  if (unknown !== undefined) throw new DomainError('not_found', `unit ${unknown} does not exist`);
  const providerIds = input.providerUnitIds
    ? [...new Set(input.providerUnitIds)]
    : [...rated].filter((id) => canViewUnitResults(actor, id));
  const providers = providerIds.map((id) => ({ id, path: pathOf(id) })).sort((a, b) => a.path.localeCompare(b.path));

  return {
    wave: { id: wave.id, name: wave.name },
    k: results.settings.anonymityThreshold,
    locale,
    providers,
    totalRows: async (providerId) => {
      await results.focus(providerId);
      return totalRowsOf(results, { providerId, provider: pathOf(providerId), locale });
    },
    groupRows: async (providerId) => {
      await results.focus(providerId);
      return groupRowsOf(results, { providerId, provider: pathOf(providerId), locale, pathOf });
    },
  };
}

/** The label of a measure: a dimension, `importance:<dimension>`, `overall` or `nps`. */
export function measureLabel(measure: string, locale: ExportLocale): string {
  if (measure === OVERALL_KEY) return locale === 'de' ? 'Gesamtzufriedenheit' : 'Overall satisfaction';
  if (measure === NPS_KEY) return locale === 'de' ? 'Interner NPS (0–10)' : 'Internal NPS (0–10)';
  const importance = /^importance:(.+)$/.exec(measure);
  if (importance?.[1]) return `${locale === 'de' ? 'Wichtigkeit' : 'Importance'}: ${measureLabel(importance[1], locale)}`;
  return dimensionLabels[measure as Dimension]?.[locale] ?? measure;
}

function figuresOf(aggregate: Aggregate): ExportFigures {
  const summary = summariseAggregate(aggregate);
  return {
    n: summary.n,
    mean: summary.mean,
    standardDeviation: summary.standardDeviation,
    confidenceLower: summary.confidenceInterval?.lower ?? null,
    confidenceUpper: summary.confidenceInterval?.upper ?? null,
    topTwoBox: summary.topTwoBox,
  };
}

function totalRowsOf(results: WaveResults, target: { providerId: string; provider: string; locale: ExportLocale }): ProviderTotalRow[] {
  const { blocks } = results.content;
  const dimensions = dimensionsOf(results.content);
  const measures = [
    ...dimensions,
    ...(blocks.importance ? dimensions.map(importanceKey) : []),
    ...(blocks.overall ? [OVERALL_KEY] : []),
    ...(blocks.nps ? [NPS_KEY] : []),
  ];
  return measures.map((measure) => {
    const figure = results.figure({ kind: 'perception', measure, subjectUnitIds: [target.providerId] });
    const aggregate = figure && figure.aggregate.n > 0 ? figure.aggregate : null;
    return {
      providerId: target.providerId,
      provider: target.provider,
      measure,
      measureLabel: measureLabel(measure, target.locale),
      figures: aggregate ? figuresOf(aggregate) : null,
      nps: aggregate && measure === NPS_KEY ? computeNetPromoterScore(aggregate).score : null,
    };
  });
}

function groupRowsOf(
  results: WaveResults,
  target: { providerId: string; provider: string; locale: ExportLocale; pathOf: (unitId: string) => string },
): CustomerGroupRow[] {
  const { providerId, pathOf } = target;
  const groups = new Map<string, { id: string | null; name: string; isMerged: boolean; units: number; rows: CustomerGroupRow[] }>();
  const rowOf = (group: { id: string | null; isMerged: boolean; units: number }, dimension: string, figures: ExportFigures | null) => {
    const key = JSON.stringify([group.id, group.isMerged]);
    const name = group.id === null ? 'all others' : pathOf(group.id);
    const entry = groups.get(key) ?? { ...group, name, rows: [] };
    groups.set(key, entry);
    entry.rows.push({
      providerId,
      provider: target.provider,
      customerGroupId: group.id,
      customerGroup: name,
      isMerged: group.isMerged,
      unitsInGroup: group.units,
      dimension,
      dimensionLabel: measureLabel(dimension, target.locale),
      figures,
    });
  };
  const figuresOfBlock = (dimension: string, block: Block) => figuresOf(results.blockAggregate(providerId, 'perception', dimension, block));
  for (const dimension of dimensionsOf(results.content)) {
    const view = results.plan.cells({ subjectUnitId: providerId, kind: 'perception', measure: dimension });
    // A suppressed partition shows nothing, not even which units answered.
    if (view.isSuppressed) continue;
    for (const cell of view.cells) {
      const group = { id: cell.respondentUnitId, isMerged: false, units: 1 };
      rowOf(group, dimension, cell.isVisible ? figuresOfBlock(dimension, cell.block) : null);
    }
    for (const block of view.groupRows) {
      rowOf({ id: block.labelUnitId, isMerged: true, units: block.unitIds.length }, dimension, figuresOfBlock(dimension, block));
    }
  }
  return [...groups.values()]
    .sort((a, b) => a.name.localeCompare(b.name) || Number(a.isMerged) - Number(b.isMerged))
    .flatMap((group) => group.rows);
}
