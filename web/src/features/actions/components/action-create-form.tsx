import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../../shared/api-client';
import { localToday } from '../../../shared/dates';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import type { Account } from '../../session/api';
import { createAction } from '../api';
import {
  MAX_DESCRIPTION,
  MAX_TITLE,
  serverFieldErrors,
  toActionInput,
  validateActionForm,
  validateTarget,
  type ActionFormField,
  type ActionFormValues,
  type FormProblem,
} from '../action-form';
import { actionHref } from '../links';
import type { ActionNames } from '../use-action-names';
import { FormErrorSummary } from '../../../shared/ui/form-error-summary';
import { FormField } from '../../../shared/ui/form-field';
import { ActionTargetFieldset } from './action-target-fieldset';

interface ActionCreateFormProps {
  initial: ActionFormValues;
  /** True when the form takes up a weak point: then provider, customer group and dimension are fixed. */
  isFromWeakPoint: boolean;
  names: ActionNames;
  account: Account;
}

const controlId = (field: string) => `action-${field}`;

/** The new action's fields; checks them before sending and shows the server's field errors at the fields. */
export function ActionCreateForm({ initial, isFromWeakPoint, names, account }: ActionCreateFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState(initial);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [error, setError] = useState<unknown>(undefined);
  const [attempt, setAttempt] = useState(0);
  const [isBusy, setIsBusy] = useState(false);
  const set = (field: ActionFormField) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  const labels: Record<string, string> = {
    title: t('actions.form.title'),
    description: t('actions.form.description'),
    ownerAccountId: t('actions.form.owner'),
    dueDate: t('actions.form.dueDate'),
    providerUnitId: t('actions.form.provider'),
    customerGroupId: t('actions.form.customerGroup'),
    dimension: t('actions.form.dimension'),
  };
  const fieldErrors: Partial<Record<string, string>> = { ...serverFieldErrors(error) };
  for (const item of problems) fieldErrors[item.field] ??= t(`actions.form.problems.${item.problem}`);
  const summaryItems = Object.entries(fieldErrors)
    .filter(([field]) => field in labels)
    .map(([field, text]) => ({ controlId: controlId(field), text: `${labels[field]}: ${text ?? ''}` }));
  const hasServerFieldErrors = error instanceof ApiError && summaryItems.length > 0;

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    // A lead learns here, not from the server's 403, that the action must concern their unit.
    const found = [...validateActionForm(values, localToday()), ...validateTarget(values, account)];
    setProblems(found);
    setError(undefined);
    setAttempt((value) => value + 1);
    if (found.length > 0) return;
    setIsBusy(true);
    try {
      const created = await createAction(toActionInput(values));
      await navigate(actionHref(created.id));
    } catch (reason) {
      setError(reason);
      setIsBusy(false);
    }
  }

  return (
    <form className="form" noValidate onSubmit={handleSubmit}>
      {(problems.length > 0 || hasServerFieldErrors) && (
        <FormErrorSummary
          title={
            hasServerFieldErrors && error instanceof ApiError
              ? (error.problem.detail ?? t('actions.form.fixErrors'))
              : t('actions.form.fixErrors')
          }
          items={summaryItems}
          attempt={attempt}
        />
      )}
      {!hasServerFieldErrors && problems.length === 0 && <ErrorSummary error={error} />}
      <FormField id={controlId('title')} label={labels.title ?? ''} error={fieldErrors.title}>
        {(control) => <input {...control} type="text" required maxLength={MAX_TITLE} value={values.title} onChange={set('title')} />}
      </FormField>
      <FormField
        id={controlId('description')}
        label={labels.description ?? ''}
        hint={t('actions.form.descriptionHint')}
        error={fieldErrors.description}
      >
        {(control) => (
          <textarea {...control} rows={4} maxLength={MAX_DESCRIPTION} value={values.description} onChange={set('description')} />
        )}
      </FormField>
      <FormField
        id={controlId('ownerAccountId')}
        label={labels.ownerAccountId ?? ''}
        hint={t('actions.form.ownerHint')}
        error={fieldErrors.ownerAccountId}
      >
        {(control) => (
          <select {...control} required value={values.ownerAccountId} onChange={set('ownerAccountId')}>
            <option value="">{t('actions.form.choose')}</option>
            {names.accounts.map((person) => (
              <option key={person.id} value={person.id}>
                {person.id === account.id ? t('actions.form.ownerYou', { name: person.name }) : person.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id={controlId('dueDate')} label={labels.dueDate ?? ''} error={fieldErrors.dueDate}>
        {(control) => <input {...control} type="date" required min={localToday()} value={values.dueDate} onChange={set('dueDate')} />}
      </FormField>
      {!isFromWeakPoint && (
        <ActionTargetFieldset
          values={values}
          units={names.units}
          labels={{
            providerUnitId: labels.providerUnitId ?? '',
            customerGroupId: labels.customerGroupId ?? '',
            dimension: labels.dimension ?? '',
          }}
          errors={fieldErrors}
          controlId={controlId}
          onChange={(field, value) => setValues((current) => ({ ...current, [field]: value }))}
        />
      )}
      <div className="actions-form-buttons">
        <button type="submit" className="button button--primary" disabled={isBusy}>
          {isBusy ? t('actions.form.creating') : t('actions.form.create')}
        </button>
        <Link to="/actions">{t('actions.form.cancel')}</Link>
      </div>
    </form>
  );
}
