import type { Actor } from '../../domain/access/policy.js';
import type { Action } from '../../domain/actions/action.js';
import { estimateActionEffect, type ActionEffect } from '../../domain/actions/effect.js';
import { DomainError, invalidField } from '../../domain/errors.js';
import { emptyAggregate, type Aggregate } from '../../domain/results/aggregate.js';
import { canReleaseResults } from '../../domain/results/anonymity.js';
import { scaleOfMeasure } from '../../domain/results/measures.js';
import { meanOf } from '../../domain/results/statistics.js';
import { requireFound, requirePermission } from '../authorize.js';
import type { AppContext } from '../ports.js';
import type { ResultsCache, WaveResults } from '../results/wave-results.js';
import type { StoredWave } from '../waves/ports.js';
import { canViewAction } from '../../domain/access/action-policy.js';

/** One group's released figure in one wave; `n` 0 and `mean` null when the anonymity engine releases nothing. */
export interface GroupFigure {
  mean: number | null;
  n: number;
}

export interface ActionEffectView {
  actionId: string;
  dimension: string;
  fromWave: { id: string; name: string };
  toWave: { id: string; name: string };
  /**
   * What the target is compared with: the provider's other customers when the action is for
   * one customer group, all other providers' customers when it is for all of the provider's.
   */
  comparisonGroup: 'other-customers-of-provider' | 'other-providers';
  target: { before: GroupFigure; after: GroupFigure };
  comparison: { before: GroupFigure; after: GroupFigure };
  effect: ActionEffect;
}

/**
 * Did it help? The change of the action's dimension for its provider and customer group from
 * one closed wave to a later one, next to the change where no action was taken (difference
 * in differences). Every figure comes through the anonymity engine: a group it does not
 * release counts as no answers, and the effect reads "too few answers".
 */
export async function getActionEffect(
  context: AppContext,
  cache: ResultsCache,
  input: { actor: Actor; actionId: string; fromWaveId?: string | undefined; toWaveId?: string | undefined },
): Promise<ActionEffectView> {
  const action = requireFound(await context.stores.actions.findById(input.actionId), 'action');
  requirePermission(canViewAction(input.actor, action), 'view this action');
  const dimension = action.dimension;
  if (dimension === null) throw new DomainError('invalid_state', 'the action targets no dimension, so there is no effect to measure');
  const closed = (await context.stores.waves.listWaves()).filter(canReleaseResults).sort(byOpening);
  const fromWave = pickWave(closed, input.fromWaveId ?? action.sourceWaveId, 'fromWave');
  const toWave =
    input.toWaveId === undefined
      ? closed[closed.findIndex((wave) => wave.id === fromWave.id) + 1]
      : pickWave(closed, input.toWaveId, 'toWave');
  if (toWave === undefined) throw new DomainError('invalid_state', 'no closed wave after the source wave yet');
  if (byOpening(toWave, fromWave) <= 0) throw invalidField('toWave', 'must be a later wave than fromWave');
  const [before, after] = await Promise.all([cache.load(fromWave), cache.load(toWave)]);
  const groups = (results: WaveResults) => figuresOf(results, action, dimension);
  const [target, comparison] = [0, 1].map((index) => ({ before: groups(before)[index], after: groups(after)[index] })) as [
    { before: Aggregate; after: Aggregate },
    { before: Aggregate; after: Aggregate },
  ];
  return {
    actionId: action.id,
    dimension,
    fromWave: { id: fromWave.id, name: fromWave.name },
    toWave: { id: toWave.id, name: toWave.name },
    comparisonGroup: action.customerGroupId === null ? 'other-providers' : 'other-customers-of-provider',
    target: { before: present(target.before), after: present(target.after) },
    comparison: { before: present(comparison.before), after: present(comparison.after) },
    effect: estimateActionEffect({ target, comparison }),
  };
}

/** The released aggregates of the target and the comparison group in one wave (empty where nothing is released). */
function figuresOf(results: WaveResults, action: Action, dimension: string): [Aggregate, Aggregate] {
  const query = { kind: 'perception' as const, measure: dimension };
  const released = (figure: ReturnType<WaveResults['figure']>) => figure?.aggregate ?? emptyAggregate(scaleOfMeasure(dimension));
  if (action.customerGroupId === null) {
    const others = [...new Set(results.plan.release(query).groups.map((group) => group.subjectUnitId))].filter(
      (id) => id !== action.providerUnitId,
    );
    return [
      released(results.figure({ ...query, subjectUnitIds: [action.providerUnitId] })),
      released(others.length === 0 ? null : results.figure({ ...query, subjectUnitIds: others })),
    ];
  }
  // The release plan wants a unit and its subtree listed unit by unit.
  const customerGroup = subtreeOf(results, action.customerGroupId);
  const otherCustomers = results.units.map((unit) => unit.id).filter((id) => !customerGroup.has(id));
  const subject = { ...query, subjectUnitIds: [action.providerUnitId] };
  return [
    released(results.figure({ ...subject, respondentUnitIds: [...customerGroup] })),
    released(results.figure({ ...subject, respondentUnitIds: otherCustomers })),
  ];
}

function subtreeOf(results: WaveResults, rootId: string): Set<string> {
  const members = new Set([rootId]);
  let isGrowing = true;
  while (isGrowing) {
    isGrowing = false;
    for (const unit of results.units) {
      if (unit.parentId !== null && members.has(unit.parentId) && !members.has(unit.id)) {
        members.add(unit.id);
        isGrowing = true;
      }
    }
  }
  return members;
}

function present(aggregate: Aggregate): GroupFigure {
  return { mean: meanOf(aggregate), n: aggregate.n };
}

function pickWave(closed: StoredWave[], waveId: string | null, field: string): StoredWave {
  if (waveId === null) throw invalidField(field, 'the action came from no wave; name one');
  const wave = closed.find((candidate) => candidate.id === waveId);
  if (!wave) throw new DomainError('not_found', `${field}: no closed wave with this id`);
  return wave;
}

function byOpening(a: StoredWave, b: StoredWave): number {
  const key = (wave: StoredWave) => `${wave.opensAt ?? wave.createdAt}\u0000${wave.createdAt}`;
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}
