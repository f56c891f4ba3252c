// Client copy of src/domain/access/relationship-policy.ts: the pages offer only what the server allows.
import type { Role } from '../session/api';
import { RELATIONSHIP_SIDES, type RelationshipSide } from '@contract/vocabulary';

export { RELATIONSHIP_SIDES, type RelationshipSide };

/** Who is looking: the signed-in account's role and unit. */
export interface Viewer {
  role: Role;
  unitId: string | null;
}

/** The two units of a relationship. */
export interface RelationshipUnits {
  providerUnitId: string;
  customerUnitId: string;
}

/** The side the lead's unit is on in the relationship; null for other units and other roles (as the server decides). */
export function sideOfLead(viewer: Viewer, relationship: RelationshipUnits): RelationshipSide | null {
  if (viewer.role !== 'lead' || viewer.unitId === null) return null;
  if (viewer.unitId === relationship.providerUnitId) return 'provider';
  if (viewer.unitId === relationship.customerUnitId) return 'customer';
  return null;
}

/** The other side of a relationship. */
export function otherSide(side: RelationshipSide): RelationshipSide {
  return side === 'provider' ? 'customer' : 'provider';
}
