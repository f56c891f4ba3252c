import type { Actor } from '../../domain/access/policy.js';
import { proposeChange, proposeObjective, type RelationshipSide, type SlaTerms } from '../../domain/sla/objective.js';
import { requireFound } from '../authorize.js';
import type { AppContext } from '../ports.js';
import { loadObjective, presentObjective, type ObjectiveView } from './objective-views.js';
import { partyFor } from '../../domain/access/relationship-policy.js';

export interface ProposalInput {
  /** The side an admin acts for; a lead's side follows from their unit. */
  side?: RelationshipSide | undefined;
  terms: SlaTerms;
  validFrom?: string | undefined;
}

/** One side of a relationship proposes a new objective; the other side agrees or declines it. */
export async function proposeSlaObjective(
  context: AppContext,
  actor: Actor,
  input: ProposalInput & { relationshipId: string },
): Promise<ObjectiveView> {
  const now = context.clock();
  return context.transaction(async (stores) => {
    const relationship = requireFound(await stores.relationships.findById(input.relationshipId), 'relationship');
    const objective = proposeObjective({
      id: context.newId(),
      objectiveId: context.newId(),
      relationshipId: relationship.id,
      terms: input.terms,
      validFrom: input.validFrom,
      by: partyFor(actor, relationship, input.side),
      now,
    });
    await stores.sla.insertObjective({ id: objective.objectiveId, relationshipId: relationship.id, createdAt: now.toISOString() });
    await stores.sla.insertVersion(objective);
    await stores.audit.record({
      at: now.toISOString(),
      accountId: actor.accountId,
      action: 'sla.propose',
      subject: objective.objectiveId,
      details: { side: objective.proposedBy.side, name: objective.name },
    });
    return presentObjective([objective]);
  });
}

/** Either side proposes a changed version of an agreed objective, from a day on; it applies once the other side agrees. */
export async function proposeSlaChange(
  context: AppContext,
  actor: Actor,
  input: ProposalInput & { objectiveId: string; validFrom: string },
): Promise<ObjectiveView> {
  const now = context.clock();
  return context.transaction(async (stores) => {
    const { versions, relationship } = await loadObjective(stores, input.objectiveId);
    const version = proposeChange(versions, {
      id: context.newId(),
      terms: input.terms,
      validFrom: input.validFrom,
      by: partyFor(actor, relationship, input.side),
      now,
    });
    await stores.sla.insertVersion(version);
    await stores.audit.record({
      at: now.toISOString(),
      accountId: actor.accountId,
      action: 'sla.propose-change',
      subject: version.objectiveId,
      details: { side: version.proposedBy.side, version: version.version, validFrom: version.validFrom },
    });
    return presentObjective([...versions, version]);
  });
}
