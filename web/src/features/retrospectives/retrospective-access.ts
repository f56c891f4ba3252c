import { sideOfLead, type RelationshipSide, type RelationshipUnits, type Viewer } from '../relationships/relationship-access';
import type { Retrospective } from './api';

/**
 * The side the viewer acts for: a lead for their unit's side, an admin for the side chosen.
 * Null when the viewer may not act (executives, leads of other units).
 */
export function sideOfViewer(viewer: Viewer, relationship: RelationshipUnits, adminSide: RelationshipSide): RelationshipSide | null {
  if (viewer.role === 'admin') return adminSide;
  return sideOfLead(viewer, relationship);
}

/** Whether the viewer may start retrospectives at all (executives read only). */
export function canStartRetrospectives(viewer: Viewer): boolean {
  return viewer.role === 'admin' || (viewer.role === 'lead' && viewer.unitId !== null);
}

/** The relationships the viewer may start a retrospective of: all for admins, their unit's for leads. */
export function startableRelationships<T extends RelationshipUnits>(viewer: Viewer, relationships: readonly T[]): T[] {
  if (viewer.role === 'admin') return [...relationships];
  return relationships.filter((relationship) => sideOfLead(viewer, relationship) !== null);
}

/** Why the viewer cannot complete the retrospective, or null when they can. */
export type CompleteBlock = 'completed' | 'read-only' | 'missing-provider' | 'missing-customer' | 'missing-both';

/** What the viewer may do with one retrospective in its state. */
export interface RetrospectivePermissions {
  side: RelationshipSide | null;
  canEditNotes: boolean;
  /** Links stay changeable after completion: the notes are the record, actions and SLAs follow later. */
  canEditLinks: boolean;
  canComplete: boolean;
  completeBlock: CompleteBlock | null;
  /** A draft started by mistake may be deleted by whoever may edit it; a completed one stays. */
  canDelete: boolean;
}

/** Decides the viewer's side and what they may do, from role, unit, the relationship and the state. */
export function decidePermissions(options: {
  viewer: Viewer;
  relationship: RelationshipUnits;
  retrospective: Pick<Retrospective, 'status' | 'provider' | 'customer'>;
  adminSide: RelationshipSide;
}): RetrospectivePermissions {
  const { viewer, relationship, retrospective, adminSide } = options;
  const side = sideOfViewer(viewer, relationship, adminSide);
  const isDraft = retrospective.status === 'draft';
  const completeBlock = findCompleteBlock(retrospective, side !== null);
  return {
    side,
    canEditNotes: side !== null && isDraft,
    canEditLinks: side !== null,
    canComplete: completeBlock === null,
    completeBlock,
    canDelete: side !== null && isDraft,
  };
}

function findCompleteBlock(retrospective: Pick<Retrospective, 'status' | 'provider' | 'customer'>, canAct: boolean): CompleteBlock | null {
  if (retrospective.status === 'completed') return 'completed';
  if (!canAct) return 'read-only';
  if (retrospective.provider === null && retrospective.customer === null) return 'missing-both';
  if (retrospective.provider === null) return 'missing-provider';
  if (retrospective.customer === null) return 'missing-customer';
  return null;
}

/** The list filter to ask the server for: the query's, else a lead's own unit (leads may not list everything). */
export function listFilter(
  viewer: Viewer,
  query: { relationshipId?: string; unitId?: string },
): { relationshipId?: string; unitId?: string } {
  if (query.relationshipId) return { relationshipId: query.relationshipId };
  if (query.unitId) return { unitId: query.unitId };
  if (viewer.role === 'lead' && viewer.unitId !== null) return { unitId: viewer.unitId };
  return {};
}

/** The unit whose actions to list for linking: a lead may list only their own unit's; others list the provider's. */
export function actionListUnitId(viewer: Viewer, relationship: RelationshipUnits): string {
  return viewer.role === 'lead' && viewer.unitId !== null ? viewer.unitId : relationship.providerUnitId;
}

/** The side an admin acts for at first: the one that has not written yet, else the provider. */
export function defaultAdminSide(retrospective: Pick<Retrospective, 'provider' | 'customer'>): RelationshipSide {
  return retrospective.provider !== null && retrospective.customer === null ? 'customer' : 'provider';
}
