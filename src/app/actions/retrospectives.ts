import type { Actor } from '../../domain/access/policy.js';
import {
  assertRetrospectiveDeletable,
  completeRetrospective,
  linkRetrospective,
  startRetrospective,
  writeRetrospectivePart,
  type Retrospective,
  type RetrospectiveNotes,
} from '../../domain/actions/retrospective.js';
import { assertNoProblems, DomainError, type FieldProblem } from '../../domain/errors.js';
import type { Relationship } from '../../domain/org/relationship.js';
import { canReleaseResults } from '../../domain/results/anonymity.js';
import type { RelationshipSide } from '../../domain/sla/objective.js';
import { requireFound, requirePermission } from '../authorize.js';
import type { AppContext, Stores } from '../ports.js';
import { canEditRetrospectives, canViewRelationship, canViewUnit, partyFor } from '../../domain/access/relationship-policy.js';

/** A relationship's retrospective after a closed wave; one per relationship and wave. Either side (or an admin for one) starts it. */
export async function startNewRetrospective(
  context: AppContext,
  actor: Actor,
  input: { relationshipId: string; waveId: string; side?: RelationshipSide | undefined },
): Promise<Retrospective> {
  const now = context.clock();
  return context.transaction(async (stores) => {
    const relationship = requireFound(await stores.relationships.findById(input.relationshipId), 'relationship');
    partyFor(actor, relationship, input.side);
    const wave = requireFound(await stores.waves.findWave(input.waveId), 'wave');
    if (!canReleaseResults(wave)) throw new DomainError('invalid_state', 'a retrospective looks back on a closed wave');
    const existing = await stores.retrospectives.list({ relationshipIds: [relationship.id], waveId: wave.id });
    if (existing.length > 0) throw new DomainError('conflict', 'this relationship already has a retrospective of this wave');
    const retrospective = startRetrospective({ id: context.newId(), relationshipId: relationship.id, waveId: wave.id, now });
    await stores.retrospectives.insert(retrospective);
    await stores.audit.record({
      at: now.toISOString(),
      accountId: actor.accountId,
      action: 'retrospective.start',
      subject: retrospective.id,
    });
    return retrospective;
  });
}

/** One side writes its own part: a lead their unit's side, an admin the side named. */
export async function writeOwnPart(
  context: AppContext,
  actor: Actor,
  input: { id: string; notes: RetrospectiveNotes; side?: RelationshipSide | undefined },
): Promise<Retrospective> {
  const now = context.clock();
  return change(context, actor, input, (retrospective, relationship) => {
    const party = partyFor(actor, relationship, input.side);
    return writeRetrospectivePart(retrospective, { side: party.side, authorAccountId: actor.accountId, notes: input.notes, now });
  });
}

/** Sets the linked actions (of the relationship's provider) and SLA objectives (of the relationship). */
export async function linkToRetrospective(
  context: AppContext,
  actor: Actor,
  input: { id: string; actionIds: string[]; slaObjectiveIds: string[]; side?: RelationshipSide | undefined },
): Promise<Retrospective> {
  return change(context, actor, input, async (retrospective, relationship, stores) => {
    partyFor(actor, relationship, input.side);
    const linked = linkRetrospective(retrospective, input);
    await checkLinks(stores, relationship, linked);
    return linked;
  });
}

/** Completes the retrospective once both sides have written. */
export async function completeExistingRetrospective(
  context: AppContext,
  actor: Actor,
  input: { id: string; side?: RelationshipSide | undefined },
): Promise<Retrospective> {
  const now = context.clock();
  return change(context, actor, input, (retrospective, relationship) => {
    partyFor(actor, relationship, input.side);
    return completeRetrospective(retrospective, now);
  });
}

/**
 * Deletes a draft started by mistake, with its notes and links; the linked actions and SLA
 * objectives stay. Whoever may change it may delete it (leads of both sides, admins); a
 * completed retrospective stays.
 */
export async function deleteDraftRetrospective(context: AppContext, actor: Actor, id: string): Promise<void> {
  await context.transaction(async (stores) => {
    const retrospective = requireFound(await stores.retrospectives.findById(id), 'retrospective');
    const relationship = requireFound(await stores.relationships.findById(retrospective.relationshipId), 'relationship');
    requirePermission(canEditRetrospectives(actor, relationship), "delete this relationship's retrospectives");
    assertRetrospectiveDeletable(retrospective);
    await stores.retrospectives.delete(retrospective.id);
    await stores.audit.record({
      at: context.clock().toISOString(),
      accountId: actor.accountId,
      action: 'retrospective.delete',
      subject: retrospective.id,
      details: { relationshipId: retrospective.relationshipId, waveId: retrospective.waveId },
    });
  });
}

/** One retrospective. */
export async function getRetrospective(context: AppContext, actor: Actor, id: string): Promise<Retrospective> {
  const retrospective = requireFound(await context.stores.retrospectives.findById(id), 'retrospective');
  const relationship = requireFound(await context.stores.relationships.findById(retrospective.relationshipId), 'relationship');
  requirePermission(canViewRelationship(actor, relationship), "view this relationship's retrospectives");
  return retrospective;
}

/** Retrospectives of one relationship, of one unit's relationships, or (admins and executives) all. */
export async function listRetrospectives(
  context: AppContext,
  actor: Actor,
  query: { relationshipId?: string | undefined; unitId?: string | undefined },
): Promise<Retrospective[]> {
  if (query.relationshipId !== undefined) {
    const relationship = requireFound(await context.stores.relationships.findById(query.relationshipId), 'relationship');
    requirePermission(canViewRelationship(actor, relationship), "view this relationship's retrospectives");
    return context.stores.retrospectives.list({ relationshipIds: [relationship.id] });
  }
  if (query.unitId !== undefined) {
    const unitId = query.unitId;
    requirePermission(canViewUnit(actor, unitId), "view this unit's retrospectives");
    const relationships = (await context.stores.relationships.listAll()).filter(
      (relationship) => relationship.providerUnitId === unitId || relationship.customerUnitId === unitId,
    );
    return context.stores.retrospectives.list({ relationshipIds: relationships.map((relationship) => relationship.id) });
  }
  requirePermission(actor.role === 'admin' || actor.role === 'executive', "list the company's retrospectives");
  return context.stores.retrospectives.list({});
}

async function change(
  context: AppContext,
  actor: Actor,
  input: { id: string },
  decide: (retrospective: Retrospective, relationship: Relationship, stores: Stores) => Retrospective | Promise<Retrospective>,
): Promise<Retrospective> {
  return context.transaction(async (stores) => {
    const retrospective = requireFound(await stores.retrospectives.findById(input.id), 'retrospective');
    const relationship = requireFound(await stores.relationships.findById(retrospective.relationshipId), 'relationship');
    const changed = await decide(retrospective, relationship, stores);
    await stores.retrospectives.update(changed);
    await stores.audit.record({
      at: context.clock().toISOString(),
      accountId: actor.accountId,
      action: 'retrospective.change',
      subject: retrospective.id,
      details: { status: changed.status },
    });
    return changed;
  });
}

async function checkLinks(stores: Stores, relationship: Relationship, retrospective: Retrospective): Promise<void> {
  const problems: FieldProblem[] = [];
  const actions = await stores.actions.list({ unitId: relationship.providerUnitId });
  const actionIds = new Set(actions.filter((action) => action.providerUnitId === relationship.providerUnitId).map((action) => action.id));
  // The linked actions are locked for share, so that none is deleted while the links are stored.
  const existing = new Set(await stores.actions.lockExisting(retrospective.actionIds));
  const unknownActions = retrospective.actionIds.filter((id) => !actionIds.has(id) || !existing.has(id));
  if (unknownActions.length > 0) {
    problems.push({ field: 'actionIds', problem: `not actions of the provider of this relationship: ${unknownActions.join(', ')}` });
  }
  const versions = await stores.sla.listVersionsByRelationships([relationship.id]);
  const objectiveIds = new Set(versions.map((version) => version.objectiveId));
  const unknownObjectives = retrospective.slaObjectiveIds.filter((id) => !objectiveIds.has(id));
  if (unknownObjectives.length > 0) {
    problems.push({ field: 'slaObjectiveIds', problem: `not SLA objectives of this relationship: ${unknownObjectives.join(', ')}` });
  }
  assertNoProblems(problems);
}
