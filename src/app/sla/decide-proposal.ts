import type { Actor } from '../../domain/access/policy.js';
import { DomainError } from '../../domain/errors.js';
import {
  agreeObjective,
  declineObjective,
  withdrawObjective,
  type RelationshipSide,
  type SlaObjective,
} from '../../domain/sla/objective.js';
import type { AppContext, Stores } from '../ports.js';
import { loadObjective, presentObjective, type ObjectiveView } from './objective-views.js';
import { partyFor } from '../../domain/access/relationship-policy.js';

export type ProposalDecision = 'agree' | 'decline' | 'withdraw';

/**
 * Settles an open proposal: the other side agrees or declines it, the proposing side
 * withdraws it. Agreeing a change supersedes the version agreed before.
 */
export async function decideSlaProposal(
  context: AppContext,
  actor: Actor,
  input: { objectiveId: string; versionId: string; decision: ProposalDecision; side?: RelationshipSide | undefined },
): Promise<ObjectiveView> {
  const now = context.clock();
  return context.transaction(async (stores) => {
    const { versions, relationship } = await loadObjective(stores, input.objectiveId);
    const by = partyFor(actor, relationship, input.side);
    const changed: SlaObjective[] = [];
    if (input.decision === 'agree') {
      const { agreed, superseded } = agreeObjective(versions, { versionId: input.versionId, by, now });
      await store(stores, agreed, 'proposed');
      changed.push(agreed);
      if (superseded) {
        await store(stores, superseded, 'agreed');
        changed.push(superseded);
      }
    } else {
      const decide = input.decision === 'decline' ? declineObjective : withdrawObjective;
      const closed = decide(versions, { versionId: input.versionId, by, now });
      await store(stores, closed, 'proposed');
      changed.push(closed);
    }
    await stores.audit.record({
      at: now.toISOString(),
      accountId: actor.accountId,
      action: `sla.${input.decision}`,
      subject: input.objectiveId,
      details: { side: by.side, versionId: input.versionId },
    });
    return presentObjective(versions.map((version) => changed.find((entry) => entry.id === version.id) ?? version));
  });
}

async function store(stores: Stores, version: SlaObjective, expectedStatus: SlaObjective['status']): Promise<void> {
  if (!(await stores.sla.updateVersion(version, expectedStatus))) {
    throw new DomainError('conflict', 'the objective was changed meanwhile; reload and try again');
  }
}
