import { DomainError } from '../../errors.js';
import { COMMENT_TOPICS, type CommentTopic } from '../../respond/answers.js';
import type { CommentRecord } from '../../respond/response-records.js';
import type { WaveStatus } from '../../wave/wave.js';
import { partitionUnits } from './partition.js';
import { assertCanReleaseResults, checkThresholds, type AnonymityThresholds } from './thresholds.js';
import { buildUnitForest, type UnitPlacement } from './unit-forest.js';

/**
 * A released comment with the group it may be attributed to: never fewer than k_c comments
 * of its provider and topic. The group is named by the lowest unit above all its writers
 * (null: several top units), not by its member units, which would tell which small units
 * wrote at all.
 */
export interface ReleasedComment {
  providerUnitId: string;
  topic: CommentTopic;
  text: string;
  group: { labelUnitId: string | null; count: number };
}

/**
 * The comments of a closed wave that may be shown, each labelled with its group.
 *
 * Comments are partitioned like figures (see partitionUnits), with k_c, separately for each
 * provider and topic: a respondent writes at most one comment per provider and topic, so a
 * group of k_c comments comes from k_c different people (across topics one person could
 * write three). A provider and topic with fewer than k_c comments releases none of them, so a
 * provider with fewer than k_c in all releases nothing. A filter on customer units releases
 * whole groups only. Within each provider and topic the order is shuffled with `random`
 * (values in [0, 1)), so the order tells nothing about who wrote what or when. No count of
 * withheld comments is returned: it would describe a group below k_c.
 */
export function releaseComments(options: {
  wave: { status: WaveStatus };
  thresholds: AnonymityThresholds;
  units: readonly UnitPlacement[];
  comments: readonly Pick<CommentRecord, 'providerUnitId' | 'customerUnitId' | 'topic' | 'text'>[];
  random: () => number;
  providerUnitIds?: readonly string[] | undefined;
  customerUnitIds?: readonly string[] | undefined;
}): ReleasedComment[] {
  assertCanReleaseResults(options.wave);
  const { kComments } = checkThresholds(options.thresholds);
  const forest = buildUnitForest(options.units);
  const providers = options.providerUnitIds ? new Set(options.providerUnitIds) : null;
  const customers = options.customerUnitIds ? new Set(options.customerUnitIds) : null;

  const byProvider = new Map<string, Map<CommentTopic, Map<string, string[]>>>();
  for (const comment of options.comments) {
    if (!forest.has(comment.customerUnitId)) throw new DomainError('validation', `comments: "${comment.customerUnitId}" is not a unit`);
    if (providers && !providers.has(comment.providerUnitId)) continue;
    const topics = byProvider.get(comment.providerUnitId) ?? new Map<CommentTopic, Map<string, string[]>>();
    const texts = topics.get(comment.topic) ?? new Map<string, string[]>();
    const list = texts.get(comment.customerUnitId) ?? [];
    list.push(comment.text);
    texts.set(comment.customerUnitId, list);
    topics.set(comment.topic, texts);
    byProvider.set(comment.providerUnitId, topics);
  }

  const released: ReleasedComment[] = [];
  for (const providerUnitId of [...byProvider.keys()].sort()) {
    const topics = byProvider.get(providerUnitId) as Map<CommentTopic, Map<string, string[]>>;
    for (const topic of COMMENT_TOPICS) {
      const texts = topics.get(topic);
      if (!texts) continue;
      const counts = new Map([...texts].map(([unitId, list]) => [unitId, list.length]));
      const shown: ReleasedComment[] = [];
      for (const group of partitionUnits({ forest, counts, k: kComments })) {
        if (customers && !group.unitIds.every((unitId) => customers.has(unitId))) continue;
        const label = { labelUnitId: group.labelUnitId, count: group.n };
        for (const unitId of group.unitIds) {
          for (const text of texts.get(unitId) ?? []) shown.push({ providerUnitId, topic, text, group: label });
        }
      }
      released.push(...shuffle(shown, options.random));
    }
  }
  return released;
}

/** Fisher–Yates with an injected source of randomness, so the domain stays pure and tests can repeat an order. */
function shuffle<T>(items: T[], random: () => number): T[] {
  const result = [...items];
  for (let index = result.length - 1; index > 0; index -= 1) {
    const other = Math.min(index, Math.max(0, Math.floor(random() * (index + 1))));
    [result[index], result[other]] = [result[other] as T, result[index] as T];
  }
  return result;
}
