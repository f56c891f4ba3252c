import { canManageOrganisation, type Actor } from '../../domain/access/policy.js';
import { DomainError, assertNoProblems } from '../../domain/errors.js';
import { checkUnitName, decideUnitChange, type Unit } from '../../domain/org/unit.js';
import { requirePermission } from '../authorize.js';
import type { AppContext } from '../ports.js';

/** Adds a unit below `parentId` (or at the top when null). */
export async function createUnit(
  context: AppContext,
  actor: Actor,
  input: { name: string; parentId: string | null; code?: string | null | undefined },
): Promise<Unit> {
  requirePermission(canManageOrganisation(actor), 'change the organisation');
  assertNoProblems(checkUnitName(input.name));
  return context.transaction(async (stores) => {
    const units = await stores.units.listAll();
    const code = input.code?.trim() || null;
    if (code !== null && units.some((unit) => unit.code === code)) {
      throw new DomainError('conflict', `code: a unit with code "${code}" exists already`, [{ field: 'code', problem: 'already taken' }]);
    }
    const draft: Unit = { id: context.newId(), name: input.name, parentId: input.parentId, code };
    const unit = decideUnitChange({ units, unit: draft, name: input.name, parentId: input.parentId });
    await stores.units.insertMany([unit]);
    await stores.audit.record({
      at: context.clock().toISOString(),
      accountId: actor.accountId,
      action: 'unit.create',
      subject: unit.id,
      details: { name: unit.name },
    });
    return unit;
  });
}
