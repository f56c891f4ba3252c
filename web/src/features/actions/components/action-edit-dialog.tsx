import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api-client';
import { Dialog } from '../../../shared/ui/dialog';
import { localToday } from '../../../shared/dates';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { updateAction, type Action } from '../api';
import { changedFields, MAX_DESCRIPTION, MAX_TITLE, serverFieldErrors, validateActionForm, type FormProblem } from '../action-form';
import type { ActionNames } from '../use-action-names';
import { FormErrorSummary } from '../../../shared/ui/form-error-summary';
import { FormField } from '../../../shared/ui/form-field';

interface ActionEditDialogProps {
  action: Action;
  names: ActionNames;
  onSaved: (action: Action | null) => void;
  onClose: () => void;
}

type EditField = 'title' | 'description' | 'ownerAccountId' | 'dueDate';
const controlId = (field: string) => `action-edit-${field}`;

/** Title, description, owner and due date of an open or in-progress action, in a modal dialog. */
export function ActionEditDialog({ action, names, onSaved, onClose }: ActionEditDialogProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState({
    title: action.title,
    description: action.description,
    ownerAccountId: action.ownerAccountId,
    dueDate: action.dueDate,
  });
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [error, setError] = useState<unknown>(undefined);
  const [attempt, setAttempt] = useState(0);
  const [isBusy, setIsBusy] = useState(false);
  const set = (field: EditField) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  const labels: Record<EditField, string> = {
    title: t('actions.form.title'),
    description: t('actions.form.description'),
    ownerAccountId: t('actions.form.owner'),
    dueDate: t('actions.form.dueDate'),
  };
  const fieldErrors: Partial<Record<string, string>> = { ...serverFieldErrors(error) };
  for (const item of problems) fieldErrors[item.field] ??= t(`actions.form.problems.${item.problem}`);
  const summaryItems = (Object.keys(labels) as EditField[])
    .filter((field) => fieldErrors[field] !== undefined)
    .map((field) => ({ controlId: controlId(field), text: `${labels[field]}: ${fieldErrors[field] ?? ''}` }));
  const hasServerFieldErrors = error instanceof ApiError && summaryItems.length > 0;

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const isNewDueDate = values.dueDate !== action.dueDate;
    // An unchanged due date may lie in the past: that is what "overdue" means.
    const found = validateActionForm(
      { ...values, providerUnitId: action.providerUnitId, customerGroupId: '', dimension: '', sourceWaveId: '' },
      isNewDueDate ? localToday() : '0000-00-00',
    );
    setProblems(found);
    setError(undefined);
    setAttempt((value) => value + 1);
    if (found.length > 0) return;
    const changes = changedFields(action, values);
    if (Object.keys(changes).length === 0) {
      onSaved(null);
      return;
    }
    setIsBusy(true);
    try {
      onSaved(await updateAction(action.id, changes));
    } catch (reason) {
      setError(reason);
      setIsBusy(false);
    }
  }

  return (
    <Dialog title={t('actions.detail.editTitle')} onClose={onClose}>
      <form className="form" noValidate onSubmit={handleSubmit}>
        {(problems.length > 0 || hasServerFieldErrors) && (
          <FormErrorSummary title={t('actions.form.fixErrors')} items={summaryItems} attempt={attempt} />
        )}
        {!hasServerFieldErrors && problems.length === 0 && <ErrorSummary error={error} />}
        <FormField id={controlId('title')} label={labels.title} error={fieldErrors.title}>
          {(control) => <input {...control} type="text" required maxLength={MAX_TITLE} value={values.title} onChange={set('title')} />}
        </FormField>
        <FormField
          id={controlId('description')}
          label={labels.description}
          hint={t('actions.form.descriptionHint')}
          error={fieldErrors.description}
        >
          {(control) => (
            <textarea {...control} rows={4} maxLength={MAX_DESCRIPTION} value={values.description} onChange={set('description')} />
          )}
        </FormField>
        <FormField id={controlId('ownerAccountId')} label={labels.ownerAccountId} error={fieldErrors.ownerAccountId}>
          {(control) => (
            <select {...control} required value={values.ownerAccountId} onChange={set('ownerAccountId')}>
              {!names.accounts.some((person) => person.id === action.ownerAccountId) && (
                <option value={action.ownerAccountId}>{t('actions.unknown')}</option>
              )}
              {names.accounts.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id={controlId('dueDate')} label={labels.dueDate} error={fieldErrors.dueDate}>
          {(control) => <input {...control} type="date" required value={values.dueDate} onChange={set('dueDate')} />}
        </FormField>
        <div className="actions-form-buttons">
          <button type="submit" className="button button--primary" disabled={isBusy}>
            {isBusy ? t('actions.detail.saving') : t('actions.detail.save')}
          </button>
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
