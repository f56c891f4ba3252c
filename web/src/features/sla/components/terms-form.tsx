import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api-client';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { SelectField, TextField } from '../../../shared/ui/field';
import { SLA_AGGREGATIONS, SLA_DIRECTIONS, SLA_METRICS, SLA_PERIODS, SLA_UNITS, type RelationshipSide, type SlaTerms } from '../api';
import { localToday } from '../dates';
import { checkTermsForm, newTermsForm, termsFormOf, withAggregation, withMetric, type TermsFormState } from '../propose-form';
import { describeTerms, dimensionsOf, SLA_DIMENSIONS } from '../terms';
import { dimensionLabel } from '../../results/format';

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
  const [isBusy, setIsBusy] = useState(false);
  const isChange = current !== undefined && current !== null;
  const set = (changes: Partial<TermsFormState>) => setState((previous) => ({ ...previous, ...changes }));
  const checked = checkTermsForm(state, { today: localToday(), current });

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (!checked.terms) {
      setError(
        new ApiError({
          type: 'about:blank',
          title: t('sla.form.invalid'),
          status: 400,
          errors: checked.problems.map((item) => ({
            field: item.field ? t(`sla.form.${item.field}`) : undefined,
            problem: t(`sla.form.problems.${item.problem}`),
          })),
        }),
      );
      return;
    }
    setIsBusy(true);
    setError(undefined);
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
      <ErrorSummary error={error} />
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
      <TextField
        label={t('sla.form.name')}
        hint={t('sla.form.nameHint')}
        required
        maxLength={160}
        value={state.name}
        onChange={(event) => set({ name: event.target.value })}
      />
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
          {SLA_PERIODS.map((period) => (
            <option key={period} value={period}>
              {t(`sla.periodNames.${period}`)}
            </option>
          ))}
        </SelectField>
      </div>
      {isChange && <p className="field__hint">{t('sla.objective.changeHint')}</p>}
      {state.metric === 'custom' ? (
        <>
          <TextField
            label={t('sla.form.customMetric')}
            hint={t('sla.form.customMetricHint')}
            required
            disabled={isChange}
            maxLength={60}
            value={state.customMetric}
            onChange={(event) => set({ customMetric: event.target.value })}
          />
          <fieldset className="sla-fieldset" disabled={isChange}>
            <legend>{t('sla.form.dimensions')}</legend>
            <p className="field__hint">{t('sla.form.dimensionsHint')}</p>
            <div className="sla-checkbox-grid">
              {SLA_DIMENSIONS.map((dimension) => (
                <div key={dimension} className="field field--checkbox">
                  <input
                    id={`${idPrefix}-${dimension}`}
                    type="checkbox"
                    checked={state.dimensions.includes(dimension)}
                    onChange={(event) =>
                      set({
                        dimensions: event.target.checked
                          ? SLA_DIMENSIONS.filter((value) => value === dimension || state.dimensions.includes(value))
                          : state.dimensions.filter((value) => value !== dimension),
                      })
                    }
                  />
                  <label htmlFor={`${idPrefix}-${dimension}`}>{dimensionLabel(t, dimension)}</label>
                </div>
              ))}
            </div>
          </fieldset>
        </>
      ) : (
        <p className="field__hint">
          {t('sla.objective.dimensions')}: {fixedDimensions.map((dimension) => dimensionLabel(t, dimension)).join(', ')}
        </p>
      )}
      <div className="sla-form-row">
        <SelectField
          label={t('sla.form.aggregation')}
          hint={t(`sla.aggregationHints.${state.aggregation}`)}
          value={state.aggregation}
          onChange={(event) => setState((previous) => withAggregation(previous, event.target.value as TermsFormState['aggregation']))}
        >
          {SLA_AGGREGATIONS.map((aggregation) => (
            <option key={aggregation} value={aggregation}>
              {t(`sla.aggregations.${aggregation}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('sla.form.direction')}
          value={state.direction}
          onChange={(event) => set({ direction: event.target.value as TermsFormState['direction'] })}
        >
          {SLA_DIRECTIONS.map((direction) => (
            <option key={direction} value={direction}>
              {t(`sla.directions.${direction}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={`${t('sla.form.target')} (${t(`sla.unitNames.${state.unit}`)})`}
          hint={state.aggregation === 'share-within-target' ? t('sla.form.targetHint') : undefined}
          inputMode="decimal"
          required
          value={state.target}
          onChange={(event) => set({ target: event.target.value })}
        />
        {state.aggregation === 'share-within-target' && (
          <TextField
            label={t('sla.form.requiredShare')}
            hint={t('sla.form.requiredShareHint')}
            inputMode="decimal"
            required
            value={state.requiredSharePercent}
            onChange={(event) => set({ requiredSharePercent: event.target.value })}
          />
        )}
      </div>
      <TextField
        label={t('sla.form.validFrom')}
        hint={isChange ? t('sla.form.validFromChangeHint') : t('sla.form.validFromHint')}
        type="date"
        required={isChange}
        min={localToday()}
        value={state.validFrom}
        onChange={(event) => set({ validFrom: event.target.value })}
      />
      {preview && (
        <p className="notice" aria-live="polite">
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
