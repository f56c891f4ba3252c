import type { Account } from '../session/api';
import type { CommentTopic, DimensionResult, ProviderReport, ResultWave, TrendStep } from './api';
import type { DimensionBar } from './chart-options';
import type { TrendWave } from './trend-chart-option';

/** The change into this wave: the trend step that ends in it, or null (first wave, or hidden now). */
export function latestStep(dimension: DimensionResult, waveId: string): TrendStep | null {
  return dimension.trend.steps.find((step) => step.toWaveId === waveId) ?? null;
}

/** What the trend column says: a step's label, "first" when there is no earlier wave, or null. */
export function trendWord(dimension: DimensionResult, waveId: string): TrendStep['label'] | 'first' | null {
  const step = latestStep(dimension, waveId);
  if (step) return step.label;
  if (dimension.performance && dimension.trend.points.length <= 1) return 'first';
  return null;
}

/**
 * The waves the trends run over, oldest first: every wave some dimension has a point in,
 * named from the list of result waves (which is newest first).
 */
export function listTrendWaves(
  dimensions: readonly DimensionResult[],
  waves: readonly ResultWave[],
  shortLabel: (wave: ResultWave | undefined) => string,
): TrendWave[] {
  const ids = new Set(dimensions.flatMap((dimension) => dimension.trend.points.map((point) => point.waveId)));
  const position = new Map(waves.map((wave, index) => [wave.id, index]));
  return [...ids]
    .sort((left, right) => (position.get(right) ?? -1) - (position.get(left) ?? -1))
    .map((id) => {
      const wave = waves.find((candidate) => candidate.id === id);
      return { id, label: wave ? shortLabel(wave) : id.slice(0, 8), name: wave?.name ?? id };
    });
}

/** The dimensions that have a released mean, as the chart of means draws them. */
export function buildDimensionBars(dimensions: readonly DimensionResult[], labelOf: (dimension: string) => string): DimensionBar[] {
  return dimensions.flatMap((row) =>
    row.performance && row.performance.mean !== null
      ? [{ label: labelOf(row.dimension), mean: row.performance.mean, interval: row.performance.confidenceInterval, n: row.performance.n }]
      : [],
  );
}

export const COMMENT_TOPICS: readonly CommentTopic[] = ['keep', 'start', 'stop'];

/** A comment as the page lists it: the same words from the same group are listed once, with how often they were given. */
export interface ListedComment {
  text: string;
  group: string | null;
  count: number;
}

/** Comments sorted into keep, start and stop; repeated comments once each, the most frequent first. */
export function groupComments(comments: ProviderReport['comments']): Record<CommentTopic, ListedComment[]> {
  const groups: Record<CommentTopic, ListedComment[]> = { keep: [], start: [], stop: [] };
  const seen = new Map<string, ListedComment>();
  for (const comment of comments) {
    if (comment.topic !== 'keep' && comment.topic !== 'start' && comment.topic !== 'stop') continue;
    const key = JSON.stringify([comment.topic, comment.group, comment.text.trim()]);
    const listed = seen.get(key);
    if (listed) {
      listed.count += 1;
      continue;
    }
    const entry = { text: comment.text.trim(), group: comment.group, count: 1 };
    seen.set(key, entry);
    groups[comment.topic].push(entry);
  }
  // Array.prototype.sort is stable: equally frequent comments keep the server's (random) order.
  for (const topic of COMMENT_TOPICS) groups[topic].sort((left, right) => right.count - left.count);
  return groups;
}

/** Whether the account may open a unit's results: admins and executives all, a lead their own unit. */
export function canSeeUnitResults(account: Pick<Account, 'role' | 'unitId'> | null, unitId: string): boolean {
  if (!account) return false;
  return account.role !== 'lead' || account.unitId === unitId;
}

/** Whether the report has any figure to show. */
export function hasAnyFigure(report: ProviderReport): boolean {
  return report.overall !== null || report.nps !== null || report.dimensions.some((dimension) => dimension.performance !== null);
}
