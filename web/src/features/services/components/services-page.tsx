import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../../shared/ui/card';
import { Dialog } from '../../../shared/ui/dialog';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { TextField } from '../../../shared/ui/field';
import { PageHeader } from '../../../shared/ui/page-header';
import { LoadState } from '../../../shared/ui/status';
import { useResource } from '../../../shared/use-resource';
import { useIsAdmin } from '../../session/session-context';
import { fetchUnits } from '../../units/api';
import { createService, deleteService, fetchServices, updateService, type Service } from '../api';
import { groupServicesByProvider } from '../group-services';
import { ServiceForm } from './service-form';
import { ServiceGroup } from './service-group';

/** Services grouped by provider unit; admins create, rename and delete. */
export function ServicesPage() {
  const { t } = useTranslation();
  const isAdmin = useIsAdmin();
  const services = useResource((signal) => fetchServices(signal), []);
  const units = useResource((signal) => fetchUnits(signal), []);
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<Service | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const groups = useMemo(() => groupServicesByProvider(services.data ?? [], filter), [services.data, filter]);
  const shownGroups = groups.slice(0, 100);

  async function remove(service: Service) {
    setError(undefined);
    try {
      await deleteService(service.id);
      services.reload();
    } catch (reason) {
      setError(reason);
    }
  }

  return (
    <>
      <PageHeader title={t('services.title')} description={t('services.description')} />
      <div className="columns">
        <Card title={t('services.byProvider')}>
          <TextField label={t('services.filter')} type="search" value={filter} onChange={(event) => setFilter(event.target.value)} />
          <ErrorSummary error={error} />
          <LoadState isLoading={services.isLoading && !services.data} error={services.error} />
          {services.data && groups.length === 0 && <p className="muted">{t('services.empty')}</p>}
          {shownGroups.map((group) => (
            <ServiceGroup key={group.providerUnitId} group={group} canEdit={isAdmin} onEdit={setEditing} onDelete={remove} />
          ))}
          {groups.length > shownGroups.length && (
            <p className="muted">{t('services.moreGroups', { shown: shownGroups.length, total: groups.length })}</p>
          )}
        </Card>
        {isAdmin && units.data && (
          <Card title={t('services.createTitle')}>
            <ServiceForm
              units={units.data}
              initial={{ providerUnitId: '', name: '', description: '' }}
              submitLabel={t('services.create')}
              onSubmit={async (values) => {
                await createService({
                  providerUnitId: values.providerUnitId,
                  name: values.name,
                  description: values.description || undefined,
                });
                services.reload();
              }}
            />
          </Card>
        )}
      </div>
      {editing && (
        <Dialog title={t('services.editNamed', { name: editing.name })} onClose={() => setEditing(null)}>
          <ServiceForm
            initial={{ providerUnitId: editing.providerUnitId, name: editing.name, description: editing.description ?? '' }}
            submitLabel={t('common.save')}
            onSubmit={async (values) => {
              await updateService(editing.id, { name: values.name, description: values.description });
              setEditing(null);
              services.reload();
            }}
          />
        </Dialog>
      )}
    </>
  );
}
