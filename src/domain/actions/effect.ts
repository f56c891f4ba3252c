import type { Aggregate } from '../results/aggregate.js';
import { CONFIDENCE_LEVEL, meanOf, momentsOf, studentTQuantile, type Interval } from '../results/statistics.js';
import type { EffectLabel } from '../../contract/vocabulary.js';

/**
 * Did it help? The difference in differences of an action's target dimension: how much its
 * cell (provider × customer group) changed from wave A to wave B, minus how much the same
 * dimension changed where no action was taken (the comparison group: the provider's other
 * customer groups, or all other relationships, merged by the caller). Subtracting the
 * comparison's change removes what moved everywhere (a reorganisation, a new tool, the mood
 * of the year), so what remains is the change that came with the action.
 *
 * The four groups are independent samples (responses are anonymous, so nobody can be paired
 * across waves). With sᵢ² the sample variance and nᵢ the answers of group i:
 *
 *   DiD = (x̄_target,B − x̄_target,A) − (x̄_comparison,B − x̄_comparison,A)
 *   var(DiD) = Σᵢ sᵢ²/nᵢ                       (the four squared standard errors)
 *   df = var(DiD)² / Σᵢ (sᵢ²/nᵢ)² / (nᵢ − 1)   (Welch–Satterthwaite)
 *   interval = DiD ± t(1 − α/2, df) · √var(DiD)
 *
 * Feed it released aggregates only: the anonymity engine decides which cells may be shown.
 */

export interface WavePair {
  /** The wave before the action (wave A). */
  before: Aggregate;
  /** The next wave (wave B). */
  after: Aggregate;
}

/**
 * - helped: the interval lies above zero: the target improved more than the comparison;
 * - fell-behind: it lies below zero: the target changed for the worse relative to the comparison;
 * - no-clear-difference: the interval contains zero;
 * - too-few-answers: a group has fewer than two answers, so there is no interval.
 */
export type { EffectLabel };

export interface ActionEffect {
  /** Mean after minus mean before in the action's cell; null when either wave has no answers. */
  targetChange: number | null;
  /** The same for the comparison group. */
  comparisonChange: number | null;
  /** targetChange − comparisonChange; null when either is. */
  difference: number | null;
  /** √(Σ sᵢ²/nᵢ); null below two answers in any group. */
  standardError: number | null;
  /** Welch–Satterthwaite degrees of freedom; null below two answers in any group or when no group varies. */
  degreesOfFreedom: number | null;
  confidenceInterval: Interval | null;
  label: EffectLabel;
}

/** The difference in differences between the action's cell and the comparison group, with its confidence interval (95 % unless given). */
export function estimateActionEffect(options: { target: WavePair; comparison: WavePair; level?: number }): ActionEffect {
  const { target, comparison } = options;
  const level = options.level ?? CONFIDENCE_LEVEL;
  const targetChange = changeOf(target);
  const comparisonChange = changeOf(comparison);
  const difference = targetChange === null || comparisonChange === null ? null : targetChange - comparisonChange;
  const moments = [target.before, target.after, comparison.before, comparison.after].map(momentsOf);
  const tooFew = { standardError: null, degreesOfFreedom: null, confidenceInterval: null, label: 'too-few-answers' as const };
  if (difference === null) return { targetChange, comparisonChange, difference, ...tooFew };
  const squaredErrors: { value: number; n: number }[] = [];
  for (const group of moments) {
    if (group === null) return { targetChange, comparisonChange, difference, ...tooFew };
    squaredErrors.push({ value: group.standardDeviation ** 2 / group.n, n: group.n });
  }
  const variance = squaredErrors.reduce((sum, group) => sum + group.value, 0);
  const standardError = Math.sqrt(variance);
  if (variance === 0) {
    // No group varies: the difference is known exactly.
    const label = difference > 0 ? 'helped' : difference < 0 ? 'fell-behind' : 'no-clear-difference';
    return {
      targetChange,
      comparisonChange,
      difference,
      standardError,
      degreesOfFreedom: null,
      confidenceInterval: { lower: difference, upper: difference },
      label,
    };
  }
  const degreesOfFreedom = variance ** 2 / squaredErrors.reduce((sum, group) => sum + group.value ** 2 / (group.n - 1), 0);
  const halfWidth = studentTQuantile(1 - (1 - level) / 2, degreesOfFreedom) * standardError;
  const confidenceInterval = { lower: difference - halfWidth, upper: difference + halfWidth };
  const label = confidenceInterval.lower > 0 ? 'helped' : confidenceInterval.upper < 0 ? 'fell-behind' : 'no-clear-difference';
  return { targetChange, comparisonChange, difference, standardError, degreesOfFreedom, confidenceInterval, label };
}

function changeOf(pair: WavePair): number | null {
  const before = meanOf(pair.before);
  const after = meanOf(pair.after);
  return before === null || after === null ? null : after - before;
}
