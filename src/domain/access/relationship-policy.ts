import type { Actor } from './policy.js';
import { DomainError, invalidField } from '../errors.js';
import type { Relationship } from '../org/relationship.js';
import type { Party, RelationshipSide } from '../sla/objective.js';

/**
 * Who may act on a relationship's SLAs, actions and retrospectives. Leads act for their own
 * unit: the side of the relationship it is on. Admins act for either side, and say which.
 * Executives read everything and change nothing.
 */

/** The side the lead's unit is on in the relationship; null for other units and other roles. */
export function sideOfLead(actor: Actor, relationship: Pick<Relationship, 'providerUnitId' | 'customerUnitId'>): RelationshipSide | null {
  if (actor.role !== 'lead' || actor.unitId === null) return null;
  if (actor.unitId === relationship.providerUnitId) return 'provider';
  if (actor.unitId === relationship.customerUnitId) return 'customer';
  return null;
}

/** Whether the actor may see the relationship's SLAs and retrospectives: admins, executives, and the leads of both sides. */
export function canViewRelationship(actor: Actor, relationship: Pick<Relationship, 'providerUnitId' | 'customerUnitId'>): boolean {
  return actor.role === 'admin' || actor.role === 'executive' || sideOfLead(actor, relationship) !== null;
}

/** Whether the actor may see what concerns one unit (its actions, its objectives). */
export function canViewUnit(actor: Actor, unitId: string): boolean {
  return actor.role === 'admin' || actor.role === 'executive' || (actor.role === 'lead' && actor.unitId === unitId);
}

/**
 * The party the actor acts as: a lead for their unit's side (naming the other side is
 * forbidden), an admin for the side given. Executives and leads of other units may not act.
 */
export function partyFor(
  actor: Actor,
  relationship: Pick<Relationship, 'providerUnitId' | 'customerUnitId'>,
  requestedSide: RelationshipSide | undefined,
): Party {
  if (actor.role === 'admin') {
    if (requestedSide === undefined) throw invalidField('side', 'say for which side (provider or customer) an admin acts');
    return { side: requestedSide, accountId: actor.accountId };
  }
  const side = sideOfLead(actor, relationship);
  if (side === null) throw new DomainError('forbidden', 'only the leads of the two units of the relationship, or an admin, may do that');
  if (requestedSide !== undefined && requestedSide !== side) {
    throw new DomainError('forbidden', `your unit is the ${side} of this relationship; you cannot act for the ${requestedSide}`);
  }
  return { side, accountId: actor.accountId };
}

/**
 * Whether the actor may change (and so delete) the relationship's retrospectives: whom
 * `partyFor` lets act, the leads of both sides and admins. Executives read only.
 */
export function canEditRetrospectives(actor: Actor, relationship: Pick<Relationship, 'providerUnitId' | 'customerUnitId'>): boolean {
  return actor.role === 'admin' || sideOfLead(actor, relationship) !== null;
}

/** Whether the actor may record measurements of the relationship's objectives: admins and the leads of both sides. */
export function canRecordMeasurements(actor: Actor, relationship: Pick<Relationship, 'providerUnitId' | 'customerUnitId'>): boolean {
  return actor.role === 'admin' || sideOfLead(actor, relationship) !== null;
}
