import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../shared/ui/field';
import type { RelationshipView } from '../../relationships/api';
import { relationshipLabel } from '../../relationships/relationship-label';

/** The list's filter: one relationship or one unit (a relationship wins when both are set). */
export interface FilterValue {
  relationshipId?: string;
  unitId?: string;
}

interface FilterFormProps {
  relationships: RelationshipView[];
  isUnitFilterShown: boolean;
  value: FilterValue;
  onApply: (value: FilterValue) => void;
}

/** Picks a relationship or a unit to list the retrospectives of. */
export function FilterForm({ relationships, isUnitFilterShown, value, onApply }: FilterFormProps) {
  const { t } = useTranslation();
  const [relationshipId, setRelationshipId] = useState(value.relationshipId ?? '');
  const [unitId, setUnitId] = useState(value.unitId ?? '');
  const units = unitsOf(relationships);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    // A relationship is narrower than a unit: the server takes the relationship when both are given.
    onApply(relationshipId !== '' ? { relationshipId } : { unitId });
  }

  return (
    <form className="form form--inline retro-filter" onSubmit={handleSubmit} aria-label={t('retrospectives.filters')}>
      <SelectField
        label={t('retrospectives.filterRelationship')}
        value={relationshipId}
        onChange={(event) => setRelationshipId(event.target.value)}
      >
        <option value="">{t('retrospectives.allRelationships')}</option>
        {relationships.map((relationship) => (
          <option key={relationship.id} value={relationship.id}>
            {relationshipLabel(relationship)}
          </option>
        ))}
      </SelectField>
      {isUnitFilterShown && (
        <SelectField label={t('retrospectives.filterUnit')} value={unitId} onChange={(event) => setUnitId(event.target.value)}>
          <option value="">{t('retrospectives.allUnits')}</option>
          {units.map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.path}
            </option>
          ))}
        </SelectField>
      )}
      <div className="button-row">
        <button type="submit" className="button">
          {t('retrospectives.applyFilter')}
        </button>
        {(value.relationshipId || value.unitId) && (
          <button type="button" className="button button--quiet" onClick={() => onApply({})}>
            {t('retrospectives.clearFilter')}
          </button>
        )}
      </div>
    </form>
  );
}

function unitsOf(relationships: readonly RelationshipView[]): { id: string; path: string }[] {
  const units = new Map<string, string>();
  for (const relationship of relationships) {
    units.set(relationship.providerUnitId, relationship.providerPath);
    units.set(relationship.customerUnitId, relationship.customerPath);
  }
  return [...units].map(([id, path]) => ({ id, path })).sort((left, right) => left.path.localeCompare(right.path));
}
