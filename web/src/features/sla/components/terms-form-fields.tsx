import type { Dispatch, SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../shared/ui/field';
import { FormField } from '../../../shared/ui/form-field';
import { dimensionLabel } from '../../results/format';
import { SLA_AGGREGATIONS, SLA_DIRECTIONS } from '../api';
import { withAggregation, type TermsField, type TermsFormState } from '../propose-form';
import { DIMENSIONS } from '../../../shared/dimensions';

/** What the parts of the terms form share: the state, how to change it, and the errors by field. */
export interface TermsFieldsProps {
  state: TermsFormState;
  setState: Dispatch<SetStateAction<TermsFormState>>;
  /** The error message of each field with a problem. */
  errors: Partial<Record<TermsField, string>>;
  /** The id of a field's control, for its label and the error summary's link. */
  controlId: (field: TermsField | string) => string;
}

/** The key of a custom metric and the survey dimensions it bears on; fixed once agreed. */
export function CustomMetricFields({ state, setState, errors, controlId, isChange }: TermsFieldsProps & { isChange: boolean }) {
  const { t } = useTranslation();
  const toggle = (dimension: string, isChecked: boolean) =>
    setState((previous) => ({
      ...previous,
      dimensions: isChecked
        ? DIMENSIONS.filter((value) => value === dimension || previous.dimensions.includes(value))
        : previous.dimensions.filter((value) => value !== dimension),
    }));
  return (
    <>
      <FormField
        id={controlId('customMetric')}
        label={t('sla.form.customMetric')}
        hint={t('sla.form.customMetricHint')}
        error={errors.customMetric}
      >
        {(control) => (
          <input
            {...control}
            required
            disabled={isChange}
            maxLength={60}
            value={state.customMetric}
            onChange={(event) => {
              const customMetric = event.target.value;
              setState((previous) => ({ ...previous, customMetric }));
            }}
          />
        )}
      </FormField>
      <fieldset className="sla-fieldset" disabled={isChange}>
        <legend>{t('sla.form.dimensions')}</legend>
        <p className="field__hint">{t('sla.form.dimensionsHint')}</p>
        <div className="sla-checkbox-grid">
          {DIMENSIONS.map((dimension) => (
            <div key={dimension} className="field field--checkbox">
              <input
                id={controlId(`dimension-${dimension}`)}
                type="checkbox"
                checked={state.dimensions.includes(dimension)}
                onChange={(event) => toggle(dimension, event.target.checked)}
              />
              <label htmlFor={controlId(`dimension-${dimension}`)}>{dimensionLabel(t, dimension)}</label>
            </div>
          ))}
        </div>
      </fieldset>
    </>
  );
}

/** Aggregation, direction, target and (for a share within target) the required share. */
export function TargetRow({ state, setState, errors, controlId }: TermsFieldsProps) {
  const { t } = useTranslation();
  const set = (changes: Partial<TermsFormState>) => setState((previous) => ({ ...previous, ...changes }));
  const isShare = state.aggregation === 'share-within-target';
  return (
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
      <FormField
        id={controlId('target')}
        label={`${t('sla.form.target')} (${t(`sla.unitNames.${state.unit}`)})`}
        hint={isShare ? t('sla.form.targetHint') : undefined}
        error={errors.target}
      >
        {(control) => (
          <input {...control} inputMode="decimal" required value={state.target} onChange={(event) => set({ target: event.target.value })} />
        )}
      </FormField>
      {isShare && (
        <FormField
          id={controlId('requiredShare')}
          label={t('sla.form.requiredShare')}
          hint={t('sla.form.requiredShareHint')}
          error={errors.requiredShare}
        >
          {(control) => (
            <input
              {...control}
              inputMode="decimal"
              required
              value={state.requiredSharePercent}
              onChange={(event) => set({ requiredSharePercent: event.target.value })}
            />
          )}
        </FormField>
      )}
    </div>
  );
}
