import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../../shared/ui/card';
import { Dialog } from '../../../shared/ui/dialog';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { TextField } from '../../../shared/ui/field';
import { PageHeader } from '../../../shared/ui/page-header';
import { Pager } from '../../../shared/ui/pager';
import { LoadState } from '../../../shared/ui/status';
import { useResource } from '../../../shared/use-resource';
import { fetchServices } from '../../services/api';
import { useIsAdmin } from '../../session/session-context';
import { fetchUnits } from '../../units/api';
import { deleteRelationship, fetchRelationships, type RelationshipView } from '../api';
import { RelationshipCreateForm } from './relationship-create-form';
import { RelationshipEditForm } from './relationship-edit-form';
import { RelationshipsTable } from './relationships-table';

const pageSize = 100;

/** All relationships (filterable, paged); admins create, change services and delete. */
export function RelationshipsPage() {
  const { t } = useTranslation();
  const isAdmin = useIsAdmin();
  const relationships = useResource((signal) => fetchRelationships(signal), []);
  const units = useResource((signal) => fetchUnits(signal), []);
  const services = useResource((signal) => fetchServices(signal), []);
  const [filter, setFilter] = useState('');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<RelationshipView | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const matches = useMemo(() => filterRelationships(relationships.data ?? [], filter), [relationships.data, filter]);
  const pageCount = Math.max(1, Math.ceil(matches.length / pageSize));
  const currentPage = Math.min(page, pageCount);

  async function remove(relationship: RelationshipView) {
    setError(undefined);
    try {
      await deleteRelationship(relationship.id);
      relationships.reload();
    } catch (reason) {
      setError(reason);
    }
  }

  return (
    <>
      <PageHeader title={t('relationships.title')} description={t('relationships.description')} />
      <div className="columns">
        <Card title={t('relationships.list')}>
          <TextField
            label={t('relationships.filter')}
            type="search"
            value={filter}
            onChange={(event) => {
              setFilter(event.target.value);
              setPage(1);
            }}
          />
          <ErrorSummary error={error} />
          <LoadState isLoading={relationships.isLoading && !relationships.data} error={relationships.error} />
          {relationships.data && (
            <>
              <p className="muted" role="status">
                {t('relationships.total', { count: matches.length })}
              </p>
              <RelationshipsTable
                relationships={matches.slice((currentPage - 1) * pageSize, currentPage * pageSize)}
                canEdit={isAdmin}
                onEdit={setEditing}
                onDelete={remove}
              />
              {pageCount > 1 && <Pager label={t('relationships.paging')} page={currentPage} pageCount={pageCount} onPageChange={setPage} />}
            </>
          )}
        </Card>
        {isAdmin && units.data && services.data && (
          <Card title={t('relationships.createTitle')}>
            <RelationshipCreateForm units={units.data} services={services.data} onCreated={relationships.reload} />
          </Card>
        )}
      </div>
      {editing && services.data && (
        <Dialog
          title={t('relationships.editTitle', { provider: editing.providerPath, customer: editing.customerPath })}
          onClose={() => setEditing(null)}
        >
          <RelationshipEditForm
            relationship={editing}
            services={services.data}
            onSaved={() => {
              setEditing(null);
              relationships.reload();
            }}
          />
        </Dialog>
      )}
    </>
  );
}

function filterRelationships(relationships: RelationshipView[], filter: string): RelationshipView[] {
  const needle = filter.trim().toLowerCase();
  const matches =
    needle === ''
      ? [...relationships]
      : relationships.filter(
          (relationship) =>
            relationship.providerPath.toLowerCase().includes(needle) ||
            relationship.customerPath.toLowerCase().includes(needle) ||
            relationship.services.some((service) => service.name.toLowerCase().includes(needle)),
        );
  return matches.sort(
    (left, right) => left.providerPath.localeCompare(right.providerPath) || left.customerPath.localeCompare(right.customerPath),
  );
}
