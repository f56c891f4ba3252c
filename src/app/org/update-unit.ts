import { canManageOrganisation, type Actor } from '../../domain/access/policy.js';
import { decideUnitChange, type Unit } from '../../domain/org/unit.js';
import { requireFound, requirePermission } from '../authorize.js';
import type { AppContext } from '../ports.js';

/** Renames a unit and/or moves it below another parent; refuses cycles. */
export async function updateUnit(
  context: AppContext,
  actor: Actor,
  input: { id: string; name?: string | undefined; parentId?: string | null | undefined },
): Promise<Unit> {
  requirePermission(canManageOrganisation(actor), 'change the organisation');
  return context.transaction(async (stores) => {
    const units = await stores.units.listAll();
    const unit = requireFound(
      units.find((candidate) => candidate.id === input.id),
      'unit',
    );
    const changed = decideUnitChange({
      units,
      unit,
      name: input.name ?? unit.name,
      parentId: input.parentId === undefined ? unit.parentId : input.parentId,
    });
    await stores.units.update(changed);
    await stores.audit.record({
      at: context.clock().toISOString(),
      accountId: actor.accountId,
      action: 'unit.update',
      subject: unit.id,
      details: { name: changed.name, parentId: changed.parentId },
    });
    return changed;
  });
}
