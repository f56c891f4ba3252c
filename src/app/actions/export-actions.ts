import type { Actor } from '../../domain/access/policy.js';
import { isOverdue } from '../../domain/actions/action.js';
import { requirePermission } from '../authorize.js';
import type { AppContext } from '../ports.js';
import { canViewUnit } from '../../domain/access/relationship-policy.js';
import { canViewAction } from '../../domain/access/action-policy.js';

/** The columns of the actions export, in file order. */
export const ACTION_EXPORT_COLUMNS = [
  'title',
  'status',
  'is_overdue',
  'due_date',
  'provider',
  'customer_group',
  'dimension',
  'owner',
  'source_wave',
  'created_at',
  'closed_at',
  'comments',
  'description',
  'id',
  'provider_id',
  'customer_group_id',
  'owner_account_id',
  'source_wave_id',
] as const;
export type ActionExportColumn = (typeof ACTION_EXPORT_COLUMNS)[number];
export type ActionExportRow = Record<ActionExportColumn, string | number | boolean | null>;

/**
 * The actions a caller may see, as rows for a file: admins and executives every action, a lead
 * those of their own unit (as provider or customer) and those they own; optionally one unit's
 * only. By due date, with units, owner and wave by name and the overdue flag of today.
 */
export async function exportActions(context: AppContext, actor: Actor, query: { unitId?: string | undefined }): Promise<ActionExportRow[]> {
  if (query.unitId !== undefined) requirePermission(canViewUnit(actor, query.unitId), "list this unit's actions");
  const now = context.clock();
  const [actions, units, accounts, waves] = await Promise.all([
    context.stores.actions.list({ unitId: query.unitId }),
    context.stores.units.listAll(),
    context.stores.accounts.listAll(),
    context.stores.waves.listWaves(),
  ]);
  const unitNames = new Map(units.map((unit) => [unit.id, unit.name]));
  const ownerNames = new Map(accounts.map((account) => [account.id, account.name]));
  const waveNames = new Map(waves.map((wave) => [wave.id, wave.name]));
  return actions
    .filter((action) => canViewAction(actor, action))
    .map((action) => ({
      title: action.title,
      status: action.status,
      is_overdue: isOverdue(action, now),
      due_date: action.dueDate,
      provider: unitNames.get(action.providerUnitId) ?? action.providerUnitId,
      customer_group: action.customerGroupId === null ? 'all customers' : (unitNames.get(action.customerGroupId) ?? action.customerGroupId),
      dimension: action.dimension,
      owner: ownerNames.get(action.ownerAccountId) ?? action.ownerAccountId,
      source_wave: action.sourceWaveId === null ? null : (waveNames.get(action.sourceWaveId) ?? action.sourceWaveId),
      created_at: action.createdAt,
      closed_at: action.closedAt,
      comments: action.comments.length,
      description: action.description,
      id: action.id,
      provider_id: action.providerUnitId,
      customer_group_id: action.customerGroupId,
      owner_account_id: action.ownerAccountId,
      source_wave_id: action.sourceWaveId,
    }));
}
