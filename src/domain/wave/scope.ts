import type { FieldProblem } from '../errors.js';
import type { WaveScope } from './wave.js';

/** A provider → customer pair that a wave asks about. */
export interface ScopePair {
  providerUnitId: string;
  customerUnitId: string;
}

const MAX_SELECTED = 5000;

/** The same scope with each selection sorted and free of repeats, so that equal scopes compare equal. */
export function normaliseScope(scope: WaveScope): WaveScope {
  const tidy = (ids: string[] | null) => (ids === null ? null : [...new Set(ids)].sort());
  return { providerUnitIds: tidy(scope.providerUnitIds), customerUnitIds: tidy(scope.customerUnitIds) };
}

/** Whether two scopes select the same units. */
export function isSameScope(left: WaveScope, right: WaveScope): boolean {
  return JSON.stringify(normaliseScope(left)) === JSON.stringify(normaliseScope(right));
}

/** Problems with a scope: a selection must name at least one unit, and only units that exist. */
export function checkScope(scope: WaveScope, unitIds: ReadonlySet<string>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const side of ['providerUnitIds', 'customerUnitIds'] as const) {
    const ids = scope[side];
    if (ids === null) continue;
    const field = `scope.${side}`;
    if (ids.length === 0) problems.push({ field, problem: 'choose at least one unit, or null for all units' });
    if (ids.length > MAX_SELECTED) problems.push({ field, problem: `choose at most ${MAX_SELECTED} units` });
    const unknown = ids.filter((id) => !unitIds.has(id));
    if (unknown.length > 0) problems.push({ field, problem: `no such unit: ${unknown.slice(0, 3).join(', ')}` });
  }
  return problems;
}

/**
 * The relationships a scope selects: every relationship whose provider is among the chosen
 * providers (or any, when none are chosen) and whose customer is among the chosen customers
 * (or any). One pair per provider and customer, in a stable order.
 */
export function resolveScope(relationships: readonly ScopePair[], scope: WaveScope): ScopePair[] {
  const providers = scope.providerUnitIds === null ? null : new Set(scope.providerUnitIds);
  const customers = scope.customerUnitIds === null ? null : new Set(scope.customerUnitIds);
  const pairs = new Map<string, ScopePair>();
  for (const { providerUnitId, customerUnitId } of relationships) {
    if (providers !== null && !providers.has(providerUnitId)) continue;
    if (customers !== null && !customers.has(customerUnitId)) continue;
    pairs.set(`${customerUnitId}\u0000${providerUnitId}`, { providerUnitId, customerUnitId });
  }
  return [...pairs.values()].sort(
    (left, right) => compare(left.customerUnitId, right.customerUnitId) || compare(left.providerUnitId, right.providerUnitId),
  );
}

/**
 * The people to invite: everyone whose own unit is a customer in one of the pairs; and, when
 * the questionnaire asks providers about their customers or themselves (`asksProviders`),
 * everyone whose own unit is a provider in one, so that a unit that only serves in the wave
 * still rates its customers and predicts its own rating. People of sub-units are not invited.
 */
export function selectInvitees<P extends { unitId: string }>(
  people: readonly P[],
  pairs: readonly ScopePair[],
  options: { asksProviders: boolean },
): P[] {
  const units = new Set(pairs.map((pair) => pair.customerUnitId));
  if (options.asksProviders) for (const pair of pairs) units.add(pair.providerUnitId);
  return people.filter((person) => units.has(person.unitId));
}

function compare(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}
