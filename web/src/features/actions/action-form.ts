import { ApiError } from '../../shared/api-client';
import { localCalendarDate } from '../../shared/dates';
import type { Account } from '../session/api';
import type { ActionChanges, ActionInput } from './api';
import { DIMENSIONS } from '../../shared/dimensions';
import { canCreateAction } from './action-model';

/** The values of the create form, as its controls hold them ('' for "none"). */
export interface ActionFormValues {
  title: string;
  description: string;
  ownerAccountId: string;
  dueDate: string;
  providerUnitId: string;
  customerGroupId: string;
  dimension: string;
  /** The closed wave of the weak point the form came from; '' for a free action. */
  sourceWaveId: string;
}

export type ActionFormField = keyof ActionFormValues;

/** A problem with one field; `problem` is a key under `actions.form.problems`. */
export interface FormProblem {
  field: ActionFormField;
  problem:
    | 'titleMissing'
    | 'titleTooLong'
    | 'descriptionTooLong'
    | 'ownerMissing'
    | 'dueDateInvalid'
    | 'dueDatePast'
    | 'providerMissing'
    | 'customerIsProvider'
    | 'notOwnUnit'
    | 'dimensionMissing';
}

export const MAX_TITLE = 200;
export const MAX_DESCRIPTION = 4000;
export const MAX_COMMENT = 2000;
const DEFAULT_DUE_DAYS = 90;

/** The due date a new action starts with: `days` (90) after today. */
export function defaultDueDate(now: Date, days = DEFAULT_DUE_DAYS): string {
  const due = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  return localCalendarDate(due);
}

/** What the link from a weak point (`?provider=&customer=&dimension=&wave=`) fills in. */
export interface ActionPrefill {
  providerUnitId: string;
  customerGroupId: string;
  dimension: string;
  sourceWaveId: string;
  /** True when the link came from a weak point of a wave (then provider and dimension are fixed). */
  isFromWeakPoint: boolean;
}

/** Reads the query of the create page; a lead's own unit is the provider when the link names none. */
export function readPrefill(search: URLSearchParams, account: Pick<Account, 'role' | 'unitId'>): ActionPrefill {
  const read = (key: string) => (search.get(key) ?? '').trim();
  const dimension = read('dimension');
  const known = (DIMENSIONS as readonly string[]).includes(dimension) ? dimension : '';
  const provider = read('provider') || (account.role === 'lead' ? (account.unitId ?? '') : '');
  const wave = read('wave');
  return {
    providerUnitId: provider,
    customerGroupId: read('customer'),
    dimension: known,
    sourceWaveId: wave,
    isFromWeakPoint: wave !== '' && read('provider') !== '' && known !== '',
  };
}

/** The form's first values: the prefill, the reader as owner, a due date 90 days out and a suggested title. */
export function initialFormValues(options: { prefill: ActionPrefill; ownerAccountId: string; now: Date; title: string }): ActionFormValues {
  const { prefill } = options;
  return {
    title: options.title,
    description: '',
    ownerAccountId: options.ownerAccountId,
    dueDate: defaultDueDate(options.now),
    providerUnitId: prefill.providerUnitId,
    customerGroupId: prefill.customerGroupId,
    dimension: prefill.dimension,
    sourceWaveId: prefill.isFromWeakPoint ? prefill.sourceWaveId : '',
  };
}

/** Which suggested title fits, as a key under `actions.form.suggestedTitle`, or null for none. */
export function suggestedTitleKey(values: { dimension: string; customerName: string | null }): 'dimensionForCustomer' | 'dimension' | null {
  if (values.dimension === '') return null;
  return values.customerName === null ? 'dimension' : 'dimensionForCustomer';
}

/** The problems the browser can see before sending (the server checks again). */
export function validateActionForm(values: ActionFormValues, today: string): FormProblem[] {
  const problems: FormProblem[] = [];
  const title = values.title.trim();
  if (title === '') problems.push({ field: 'title', problem: 'titleMissing' });
  else if (title.length > MAX_TITLE) problems.push({ field: 'title', problem: 'titleTooLong' });
  if (values.description.trim().length > MAX_DESCRIPTION) problems.push({ field: 'description', problem: 'descriptionTooLong' });
  if (values.ownerAccountId === '') problems.push({ field: 'ownerAccountId', problem: 'ownerMissing' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.dueDate)) problems.push({ field: 'dueDate', problem: 'dueDateInvalid' });
  else if (values.dueDate < today) problems.push({ field: 'dueDate', problem: 'dueDatePast' });
  if (values.providerUnitId === '') problems.push({ field: 'providerUnitId', problem: 'providerMissing' });
  else if (values.customerGroupId === values.providerUnitId) problems.push({ field: 'customerGroupId', problem: 'customerIsProvider' });
  if (values.sourceWaveId !== '' && values.dimension === '') problems.push({ field: 'dimension', problem: 'dimensionMissing' });
  return problems;
}

/** A lead's action must concern their own unit, as provider or customer group; the server refuses others with 403. */
export function validateTarget(
  values: Pick<ActionFormValues, 'providerUnitId' | 'customerGroupId'>,
  account: Pick<Account, 'role' | 'unitId'>,
): FormProblem[] {
  if (values.providerUnitId === '') return [];
  const target = { providerUnitId: values.providerUnitId, customerGroupId: values.customerGroupId === '' ? null : values.customerGroupId };
  return canCreateAction(account, target) ? [] : [{ field: 'providerUnitId', problem: 'notOwnUnit' }];
}

/** The request body of a new action: trimmed text, null for "none". */
export function toActionInput(values: ActionFormValues): ActionInput {
  const orNull = (value: string) => (value === '' ? null : value);
  const description = values.description.trim();
  return {
    title: values.title.trim(),
    ...(description === '' ? {} : { description }),
    ownerAccountId: values.ownerAccountId,
    dueDate: values.dueDate,
    providerUnitId: values.providerUnitId,
    customerGroupId: orNull(values.customerGroupId),
    dimension: orNull(values.dimension),
    sourceWaveId: orNull(values.sourceWaveId),
  };
}

/** Only what the edit form changed, so an unchanged past due date is not sent (the server would refuse it). */
export function changedFields(before: ActionChanges, after: Required<ActionChanges>): ActionChanges {
  const changes: ActionChanges = {};
  const title = after.title.trim();
  const description = after.description.trim();
  if (title !== before.title) changes.title = title;
  if (description !== before.description) changes.description = description;
  if (after.ownerAccountId !== before.ownerAccountId) changes.ownerAccountId = after.ownerAccountId;
  if (after.dueDate !== before.dueDate) changes.dueDate = after.dueDate;
  return changes;
}

/** The server's field errors (422 problem `errors[]`) by field name; schema errors name it "body.title". */
export function serverFieldErrors(error: unknown): Partial<Record<string, string>> {
  const errors: Partial<Record<string, string>> = {};
  if (!(error instanceof ApiError)) return errors;
  for (const item of error.problem.errors ?? []) {
    if (item.field === undefined) continue;
    const field = item.field.replace(/^body\./, '');
    if (errors[field] === undefined) errors[field] = item.problem;
  }
  return errors;
}
