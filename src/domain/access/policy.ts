/** Who may do what. Pure functions of the actor; routes call them before any work. */
export const ROLES = ['admin', 'executive', 'lead'] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  accountId: string;
  role: Role;
  /** The unit a lead leads; null for admins and executives. */
  unitId: string | null;
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Everyone signed in may look at the organisation and the service map. */
export function canViewOrganisation(actor: Actor): boolean {
  return isRole(actor.role);
}

/** Only admins change units, people, services, relationships, or import them. */
export function canManageOrganisation(actor: Actor): boolean {
  return actor.role === 'admin';
}

export function canManageAccounts(actor: Actor): boolean {
  return actor.role === 'admin';
}

export function canViewAuditLog(actor: Actor): boolean {
  return actor.role === 'admin';
}

/** Only admins run surveys: questionnaires, waves, invitations, reminders, response rates and the mail outbox. */
export function canManageSurveys(actor: Actor): boolean {
  return actor.role === 'admin';
}

/**
 * Results of a unit (as provider or as customer): admins and executives see every unit,
 * a lead only the unit they lead.
 */
export function canViewUnitResults(actor: Actor, unitId: string): boolean {
  if (actor.role === 'admin' || actor.role === 'executive') return true;
  return actor.role === 'lead' && actor.unitId === unitId;
}

/** A lead account must name its unit; other roles must not. */
export function checkAccountRole(role: string, unitId: string | null): string | null {
  if (!isRole(role)) return `role must be one of ${ROLES.join(', ')}`;
  if (role === 'lead' && unitId === null) return 'a lead account needs a unit';
  if (role !== 'lead' && unitId !== null) return `an ${role} account has no unit`;
  return null;
}
