import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import type { Service } from '../../services/api';
import { updateRelationship, type RelationshipView } from '../api';
import { ServiceCheckboxes } from './service-checkboxes';

interface RelationshipEditFormProps {
  relationship: RelationshipView;
  services: Service[];
  onSaved: () => void;
}

/** Changes which of the provider's services a relationship carries. */
export function RelationshipEditForm({ relationship, services, onSaved }: RelationshipEditFormProps) {
  const { t } = useTranslation();
  const [serviceIds, setServiceIds] = useState(relationship.services.map((service) => service.id));
  const [error, setError] = useState<unknown>(undefined);
  const [isBusy, setIsBusy] = useState(false);
  const providerServices = services.filter((service) => service.providerUnitId === relationship.providerUnitId);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setIsBusy(true);
    setError(undefined);
    try {
      await updateRelationship(relationship.id, { serviceIds });
      onSaved();
    } catch (reason) {
      setError(reason);
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={handleSubmit}>
      <ErrorSummary error={error} />
      <ServiceCheckboxes
        legend={t('relationships.services')}
        services={providerServices}
        selectedIds={serviceIds}
        onChange={setServiceIds}
      />
      <button type="submit" className="button button--primary" disabled={isBusy}>
        {t('common.save')}
      </button>
    </form>
  );
}
