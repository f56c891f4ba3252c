import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Service } from '../../services/api';

interface ServiceCheckboxesProps {
  legend: string;
  services: readonly Service[];
  selectedIds: readonly string[];
  onChange: (serviceIds: string[]) => void;
}

/** A fieldset of checkboxes to pick several services of one provider. */
export function ServiceCheckboxes({ legend, services, selectedIds, onChange }: ServiceCheckboxesProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const toggle = (serviceId: string, isChecked: boolean) =>
    onChange(isChecked ? [...selectedIds, serviceId] : selectedIds.filter((id) => id !== serviceId));
  return (
    <fieldset className="fieldset">
      <legend className="field__label">{legend}</legend>
      {services.length === 0 && <p className="field__hint">{t('relationships.noServicesOfProvider')}</p>}
      {services.map((service, index) => (
        <div key={service.id} className="field field--checkbox">
          <input
            id={`${baseId}-${index}`}
            type="checkbox"
            checked={selectedIds.includes(service.id)}
            onChange={(event) => toggle(service.id, event.target.checked)}
          />
          <label htmlFor={`${baseId}-${index}`}>{service.name}</label>
        </div>
      ))}
    </fieldset>
  );
}
