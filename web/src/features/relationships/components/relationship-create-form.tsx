import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import type { Service } from '../../services/api';
import type { Unit } from '../../units/api';
import { UnitSelect } from '../../units/components/unit-select';
import { createRelationship } from '../api';
import { ServiceCheckboxes } from './service-checkboxes';

interface RelationshipCreateFormProps {
  units: Unit[];
  services: Service[];
  onCreated: () => void;
}

/** Creates a relationship: provider, customer and the provider's services it carries. */
export function RelationshipCreateForm({ units, services, onCreated }: RelationshipCreateFormProps) {
  const { t } = useTranslation();
  const [providerUnitId, setProviderUnitId] = useState('');
  const [customerUnitId, setCustomerUnitId] = useState('');
  const [serviceIds, setServiceIds] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(undefined);
  const [isBusy, setIsBusy] = useState(false);
  const providerServices = services
    .filter((service) => service.providerUnitId === providerUnitId)
    .sort((left, right) => left.name.localeCompare(right.name));

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setIsBusy(true);
    setError(undefined);
    try {
      await createRelationship({ providerUnitId, customerUnitId, serviceIds });
      setCustomerUnitId('');
      setServiceIds([]);
      onCreated();
    } catch (reason) {
      setError(reason);
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={handleSubmit}>
      <ErrorSummary error={error} />
      <UnitSelect
        label={t('relationships.provider')}
        units={units}
        required
        value={providerUnitId}
        onChange={(value) => {
          setProviderUnitId(value);
          setServiceIds([]);
        }}
      />
      <UnitSelect label={t('relationships.customer')} units={units} required value={customerUnitId} onChange={setCustomerUnitId} />
      {providerUnitId !== '' && (
        <ServiceCheckboxes
          legend={t('relationships.services')}
          services={providerServices}
          selectedIds={serviceIds}
          onChange={setServiceIds}
        />
      )}
      <button type="submit" className="button button--primary" disabled={isBusy || providerUnitId === '' || customerUnitId === ''}>
        {t('relationships.create')}
      </button>
    </form>
  );
}
