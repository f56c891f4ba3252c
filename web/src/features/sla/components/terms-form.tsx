import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api-client';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { SelectField } from '../../../shared/ui/field';
import { FormErrorSummary } from '../../../shared/ui/form-error-summary';
import { FormField } from '../../../shared/ui/form-field';
import type { RelationshipSide } from '../../relationships/relationship-access';
import { SLA_METRICS, PERIOD_KINDS, SLA_UNITS, type SlaTerms } from '../api';
import { utcToday } from '../../../shared/dates';
import {
  checkTermsForm,
  newTermsForm,
  termsFormOf,
  withMetric,
  type TermsField,
  type TermsFormState,
  type TermsProblem,
} from '../propose-form';
import { describeTerms, dimensionsOf } from '../terms';
import { dimensionLabel } from '../../results/format';
import { CustomMetricFields, TargetRow } from './terms-form-fields';

const TERMS_FIELDS: readonly TermsField[] = ['name', 'customMetric', 'target', 'requiredShare', 'validFrom'];

/** The server's field errors by form field ("body.terms.target" → target); others stay in the general summary. */
function serverFieldErrors(error: unknown): Partial<Record<TermsField, string>> {
  const errors: Partial<Record<TermsField, string>> = {};
  if (!(error instanceof ApiError)) return errors;
  for (const item of error.problem.errors ?? []) {
    const field = item.field?.split('.').at(-1) as TermsField | undefined;
    if (field && TERMS_FIELDS.includes(field)) errors[field] ??= item.problem;
  }
  return errors;
}

interface TermsFormProps {
  /** The agreed version when proposing a change; metric, unit and period are then fixed. */
  current?: SlaTerms | null;
  /** The sides the viewer acts for; a choice is offered when there are two (admins). */
  sides: readonly RelationshipSide[];
  onSubmit: (input: { side: RelationshipSide; terms: SlaTerms; validFrom: string | undefined }) => Promise<void>;
  onCancel?: () => void;
}

/** The terms of an objective: a new proposal, or a change of an agreed one. */
export function TermsForm({ current, sides, onSubmit, onCancel }: TermsFormProps) {
  const { t, i18n } = useTranslation();
  const idPrefix = useId();
  const [state, setState] = useState<TermsFormState>(() => (current ? termsFormOf(current) : newTermsForm()));
  const [side, setSide] = useState<RelationshipSide>(sides[0] ?? 'provider');
  const [error, setError] = useState<unknown>(undefined);
  const [problems, setProblems] = useState<{ field: TermsField | null; problem: TermsProblem }[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [isBusy, setIsBusy] = useState(false);
  const isChange = current !== undefined && current !== null;
  const set = (changes: Partial<TermsFormState>) => setState((previous) => ({ ...previous, ...changes }));
  const controlId = (field: string) => `${idPrefix}-${field}`;
  // The server compares validFrom with the UTC date, so the form does too.
  const today = utcToday();
  const checked = checkTermsForm(state, { today, current });

  // Every problem shows at its field (aria-invalid, the message tied to it) and as a link in the summary.
  const labels: Record<TermsField, string> = {
    name: t('sla.form.name'),
    customMetric: t('sla.form.customMetric'),
    target: t('sla.form.target'),
    requiredShare: t('sla.form.requiredShare'),
    validFrom: t('sla.form.validFrom'),
  };
  const errors = serverFieldErrors(error);
  for (const item of problems) if (item.field) errors[item.field] ??= t(`sla.form.problems.${item.problem}`);
  const summaryItems = TERMS_FIELDS.filter((field) => errors[field] !== undefined).map((field) => ({
    controlId: controlId(field),
    text: `${labels[field]}: ${errors[field] ?? ''}`,
  }));
  const general = problems.find((item) => item.field === null);
  const hasServerFieldErrors = error instanceof ApiError && summaryItems.length > 0;
  const summaryTitle = general
    ? t(`sla.form.problems.${general.problem}`)
    : hasServerFieldErrors && error instanceof ApiError
      ? (error.problem.detail ?? t('sla.form.invalid'))
      : t('sla.form.invalid');

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    setProblems(checked.problems);
    setAttempt((previous) => previous + 1);
    if (!checked.terms) return;
    setIsBusy(true);
    try {
      await onSubmit({ side, terms: checked.terms, validFrom: state.validFrom === '' ? undefined : state.validFrom });
      if (!isChange) setState(newTermsForm());
    } catch (reason) {
      setError(reason);
    } finally {
      setIsBusy(false);
    }
  }

  const preview = checked.terms ? describeTerms(t, checked.terms, i18n.language) : null;
  const fixedDimensions = state.metric === 'custom' ? [] : dimensionsOf({ metric: state.metric });
  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      {(problems.length > 0 || hasServerFieldErrors) && <FormErrorSummary title={summaryTitle} items={summaryItems} attempt={attempt} />}
      {!hasServerFieldErrors && problems.length === 0 && <ErrorSummary error={error} />}
      {sides.length > 1 && (
        <SelectField
          label={t('sla.form.side')}
          hint={t('sla.form.sideHint')}
          value={side}
          onChange={(event) => setSide(event.target.value as RelationshipSide)}
        >
          {sides.map((value) => (
            <option key={value} value={value}>
              {t(`sla.sideNames.${value}`)}
            </option>
          ))}
        </SelectField>
      )}
      <FormField id={controlId('name')} label={labels.name} hint={t('sla.form.nameHint')} error={errors.name}>
        {(control) => (
          <input {...control} required maxLength={160} value={state.name} onChange={(event) => set({ name: event.target.value })} />
        )}
      </FormField>
      <div className="sla-form-row">
        <SelectField
          label={t('sla.form.metric')}
          value={state.metric}
          disabled={isChange}
          onChange={(event) => setState((previous) => withMetric(previous, event.target.value as TermsFormState['metric']))}
        >
          {SLA_METRICS.map((metric) => (
            <option key={metric} value={metric}>
              {t(`sla.metrics.${metric}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('sla.form.unit')}
          value={state.unit}
          disabled={isChange}
          onChange={(event) => set({ unit: event.target.value as TermsFormState['unit'] })}
        >
          {SLA_UNITS.map((unit) => (
            <option key={unit} value={unit}>
              {t(`sla.unitNames.${unit}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('sla.form.period')}
          value={state.period}
          disabled={isChange}
          onChange={(event) => set({ period: event.target.value as TermsFormState['period'] })}
        >
          {PERIOD_KINDS.map((period) => (
            <option key={period} value={period}>
              {t(`sla.periodNames.${period}`)}
            </option>
          ))}
        </SelectField>
      </div>
      {isChange && <p className="field__hint">{t('sla.objective.changeHint')}</p>}
      {state.metric === 'custom' ? (
        <CustomMetricFields state={state} setState={setState} errors={errors} controlId={controlId} isChange={isChange} />
      ) : (
        <p className="field__hint">
          {t('sla.objective.dimensions')}: {fixedDimensions.map((dimension) => dimensionLabel(t, dimension)).join(', ')}
        </p>
      )}
      <TargetRow state={state} setState={setState} errors={errors} controlId={controlId} />
      <FormField
        id={controlId('validFrom')}
        label={labels.validFrom}
        hint={isChange ? t('sla.form.validFromChangeHint') : t('sla.form.validFromHint')}
        error={errors.validFrom}
      >
        {(control) => (
          <input
            {...control}
            type="date"
            required={isChange}
            min={today}
            value={state.validFrom}
            onChange={(event) => set({ validFrom: event.target.value })}
          />
        )}
      </FormField>
      {preview && (
        <p className="notice">
          <strong>{t('sla.form.preview')}:</strong> {preview}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={isBusy}>
          {isBusy ? t('sla.form.busy') : isChange ? t('sla.form.submitChange') : t('sla.form.submit')}
        </button>
        {onCancel && (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {t('sla.form.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
