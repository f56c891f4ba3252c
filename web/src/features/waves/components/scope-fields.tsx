import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../../shared/ui/field';
import type { RelationshipView } from '../../relationships/api';
import { buildScope, countInScope, unitsBySide, type SideUnit } from '../wave-form';
import { ChoiceGroup } from './choice-group';

export interface ScopeState {
  isAll: boolean;
  providerIds: string[];
  customerIds: string[];
}

interface ScopeFieldsProps {
  relationships: RelationshipView[];
  value: ScopeState;
  onChange: (value: ScopeState) => void;
}

/** All relationships, or chosen providers and/or customers, with how many relationships that selects. */
export function ScopeFields({ relationships, value, onChange }: ScopeFieldsProps) {
  const { t } = useTranslation();
  const sides = useMemo(() => unitsBySide(relationships), [relationships]);
  const count = countInScope(relationships, buildScope(value.isAll, value.providerIds, value.customerIds));
  return (
    <ChoiceGroup
      legend={t('waves.scope')}
      name="scope"
      value={value.isAll ? 'all' : 'selected'}
      options={[
        { value: 'all', label: t('waves.scopeAll') },
        { value: 'selected', label: t('waves.scopeSelected') },
      ]}
      onChange={(choice) => onChange({ ...value, isAll: choice === 'all' })}
    >
      {!value.isAll && (
        <>
          <p className="field__hint">{t('waves.scopeRule')}</p>
          <div className="scope-sides">
            <UnitChecklist
              legend={t('waves.providers')}
              units={sides.providers}
              selected={value.providerIds}
              onChange={(providerIds) => onChange({ ...value, providerIds })}
            />
            <UnitChecklist
              legend={t('waves.customers')}
              units={sides.customers}
              selected={value.customerIds}
              onChange={(customerIds) => onChange({ ...value, customerIds })}
            />
          </div>
        </>
      )}
      <p className="field__hint" role="status">
        {t('waves.scopePreview', { count })}
      </p>
    </ChoiceGroup>
  );
}

function UnitChecklist(props: { legend: string; units: SideUnit[]; selected: string[]; onChange: (ids: string[]) => void }) {
  const { t } = useTranslation();
  const { legend, units, selected, onChange } = props;
  return (
    <fieldset className="fieldset">
      <legend>
        {legend} <span className="muted">({t('waves.noneChosenMeansAll')})</span>
      </legend>
      {units.map((unit) => (
        <CheckboxField
          key={unit.id}
          label={unit.path}
          checked={selected.includes(unit.id)}
          onChange={(event) => onChange(event.target.checked ? [...selected, unit.id] : selected.filter((id) => id !== unit.id))}
        />
      ))}
    </fieldset>
  );
}
