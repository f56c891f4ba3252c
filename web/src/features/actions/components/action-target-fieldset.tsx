import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DIMENSIONS } from '../../../shared/dimensions';
import { FormField } from '../../../shared/ui/form-field';
import { dimensionLabel } from '../../results/format';
import type { Unit } from '../../units/api';
import type { ActionFormValues } from '../action-form';

type TargetField = 'providerUnitId' | 'customerGroupId' | 'dimension';

interface ActionTargetFieldsetProps {
  values: Pick<ActionFormValues, TargetField>;
  units: readonly Unit[];
  labels: Record<TargetField, string>;
  errors: Partial<Record<string, string>>;
  controlId: (field: TargetField) => string;
  onChange: (field: TargetField, value: string) => void;
}

/** What the action is about: the provider, the customer group (all customers when empty) and the dimension. */
export function ActionTargetFieldset({ values, units, labels, errors, controlId, onChange }: ActionTargetFieldsetProps) {
  const { t } = useTranslation();
  const unitOptions = units.map((unit) => (
    <option key={unit.id} value={unit.id}>
      {unit.path}
    </option>
  ));
  const field = (name: TargetField, hint: string, empty: string, options: ReactNode, isRequired = false) => (
    <FormField id={controlId(name)} label={labels[name]} hint={hint} error={errors[name]}>
      {(control) => (
        <select {...control} required={isRequired} value={values[name]} onChange={(event) => onChange(name, event.target.value)}>
          <option value="">{empty}</option>
          {options}
        </select>
      )}
    </FormField>
  );
  return (
    <fieldset className="fieldset actions-fieldset">
      <legend>{t('actions.form.target')}</legend>
      {field('providerUnitId', t('actions.form.providerHint'), t('actions.form.choose'), unitOptions, true)}
      {field('customerGroupId', t('actions.form.customerGroupHint'), t('actions.form.allCustomers'), unitOptions)}
      {field(
        'dimension',
        t('actions.form.dimensionHint'),
        t('actions.form.noDimension'),
        DIMENSIONS.map((dimension) => (
          <option key={dimension} value={dimension}>
            {dimensionLabel(t, dimension)}
          </option>
        )),
      )}
    </fieldset>
  );
}
