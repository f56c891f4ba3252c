import { canManageOrganisation, type Actor } from '../../domain/access/policy.js';
import { DomainError } from '../../domain/errors.js';
import { requireFound, requirePermission } from '../authorize.js';
import type { AppContext } from '../ports.js';

/** Deletes an empty unit: one without child units, people, services or relationships. */
export async function deleteUnit(context: AppContext, actor: Actor, id: string): Promise<void> {
  requirePermission(canManageOrganisation(actor), 'change the organisation');
  await context.transaction(async (stores) => {
    requireFound(await stores.units.findById(id), 'unit');
    const dependents = await stores.units.countDependents(id);
    const blocking = Object.entries(dependents).filter(([, count]) => count > 0);
    if (blocking.length > 0) {
      const list = blocking.map(([what, count]) => `${count} ${what}`).join(', ');
      throw new DomainError('conflict', `the unit still has ${list}; move or delete them first`);
    }
    await stores.units.delete(id);
    await stores.audit.record({ at: context.clock().toISOString(), accountId: actor.accountId, action: 'unit.delete', subject: id });
  });
}
