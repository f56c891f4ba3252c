import type { ProposalDecision, RelationshipSide } from './api';

interface Viewer {
  role: 'admin' | 'executive' | 'lead';
  unitId: string | null;
}

/**
 * The sides the viewer acts for in a relationship: an admin either (and says which), a lead
 * the side of their unit, an executive none (they read only).
 */
export function actingSides(
  viewer: Viewer | null,
  relationship: { providerUnitId: string; customerUnitId: string } | undefined,
): RelationshipSide[] {
  if (!viewer || !relationship) return [];
  if (viewer.role === 'admin') return ['provider', 'customer'];
  if (viewer.role !== 'lead' || viewer.unitId === null) return [];
  const sides: RelationshipSide[] = [];
  if (relationship.providerUnitId === viewer.unitId) sides.push('provider');
  if (relationship.customerUnitId === viewer.unitId) sides.push('customer');
  return sides;
}

/** The other side of a relationship. */
export function otherSide(side: RelationshipSide): RelationshipSide {
  return side === 'provider' ? 'customer' : 'provider';
}

/** One button on a pending proposal: the decision and the side it is made for. */
export interface ProposalAction {
  decision: ProposalDecision;
  side: RelationshipSide;
}

/** The buttons the viewer sees on a proposal: the other side agrees or declines, the proposing side withdraws. */
export function proposalActions(
  proposal: { proposedBy: { side: RelationshipSide } },
  sides: readonly RelationshipSide[],
): ProposalAction[] {
  const proposer = proposal.proposedBy.side;
  const other = otherSide(proposer);
  const actions: ProposalAction[] = [];
  if (sides.includes(other)) actions.push({ decision: 'agree', side: other }, { decision: 'decline', side: other });
  if (sides.includes(proposer)) actions.push({ decision: 'withdraw', side: proposer });
  return actions;
}
