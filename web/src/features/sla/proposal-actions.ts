import {
  otherSide,
  RELATIONSHIP_SIDES,
  sideOfLead,
  type RelationshipSide,
  type RelationshipUnits,
  type Viewer,
} from '../relationships/relationship-access';
import type { ProposalDecision } from './api';

/**
 * The sides the viewer acts for in a relationship: an admin either (and says which), a lead
 * the side of their unit, an executive none (they read only).
 */
export function actingSides(viewer: Viewer | null, relationship: RelationshipUnits | undefined): RelationshipSide[] {
  if (!viewer || !relationship) return [];
  if (viewer.role === 'admin') return [...RELATIONSHIP_SIDES];
  const side = sideOfLead(viewer, relationship);
  return side === null ? [] : [side];
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
