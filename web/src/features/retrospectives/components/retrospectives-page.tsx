import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Card } from '../../../shared/ui/card';
import { SelectField } from '../../../shared/ui/field';
import { PageHeader } from '../../../shared/ui/page-header';
import { LoadState } from '../../../shared/ui/status';
import { useResource } from '../../../shared/use-resource';
import { fetchResultWaves } from '../../results/api';
import { fetchRelationships, type RelationshipView } from '../../relationships/api';
import { useSession } from '../../session/session-context';
import { fetchRetrospectives } from '../api';
import { canStartRetrospectives, listFilter, startableRelationships, type Viewer } from '../retrospective-access';
import { relationshipLabel, summarizeRows, type RetrospectiveRow } from '../retrospective-view';
import { RetroTime, RetrospectiveProblem } from './retrospective-problem';
import { RetrospectiveStartForm } from './retrospective-start-form';
import { RetrospectiveStatusBadge } from './retrospective-status-badge';
import '../retrospectives.css';

/** The retrospectives the viewer may see (filtered by `?relationshipId=` or `?unitId=`), and a form to start one. */
export function RetrospectivesPage() {
  const { t } = useTranslation();
  const { account } = useSession();
  const [searchParams, setSearchParams] = useSearchParams();
  const viewer: Viewer = { role: account?.role ?? 'lead', unitId: account?.unitId ?? null };
  const query = { relationshipId: searchParams.get('relationshipId') ?? undefined, unitId: searchParams.get('unitId') ?? undefined };
  const filter = listFilter(viewer, query);
  const retrospectives = useResource((signal) => fetchRetrospectives(filter, signal), [filter.relationshipId, filter.unitId]);
  const relationships = useResource((signal) => fetchRelationships(signal), []);
  const waves = useResource((signal) => fetchResultWaves(signal), []);
  const visibleRelationships =
    viewer.role === 'lead' ? startableRelationships(viewer, relationships.data ?? []) : (relationships.data ?? []);
  const rows =
    retrospectives.data &&
    summarizeRows({ retrospectives: retrospectives.data, relationships: relationships.data ?? [], waves: waves.data ?? [] });
  const isFiltered = query.relationshipId !== undefined || query.unitId !== undefined;

  return (
    <>
      <PageHeader title={t('retrospectives.title')} description={t('retrospectives.description')} />
      <div className={canStartRetrospectives(viewer) ? 'columns' : 'stack'}>
        <Card title={t('retrospectives.list')}>
          <FilterForm
            key={`${query.relationshipId ?? ''}|${query.unitId ?? ''}`}
            relationships={visibleRelationships}
            isUnitFilterShown={viewer.role !== 'lead'}
            value={query}
            onApply={(next) =>
              setSearchParams(Object.fromEntries(Object.entries(next).filter(([, value]) => value)) as Record<string, string>)
            }
          />
          {!rows && (
            <RetrospectiveProblem
              isLoading={retrospectives.isLoading}
              error={retrospectives.error}
              notFound={t('retrospectives.filterNotFound')}
            />
          )}
          {rows && rows.length === 0 && <p className="muted">{t(isFiltered ? 'retrospectives.emptyFiltered' : 'retrospectives.empty')}</p>}
          {rows && rows.length > 0 && <RetrospectivesTable rows={rows} />}
        </Card>
        {canStartRetrospectives(viewer) && (
          <Card title={t('retrospectives.startTitle')}>
            <LoadState
              isLoading={(relationships.isLoading && !relationships.data) || (waves.isLoading && !waves.data)}
              error={relationships.error ?? waves.error}
            />
            {relationships.data && waves.data && (
              <RetrospectiveStartForm
                relationships={startableRelationships(viewer, relationships.data)}
                waves={waves.data}
                isAdmin={viewer.role === 'admin'}
                known={retrospectives.data ?? []}
                initialRelationshipId={query.relationshipId}
              />
            )}
          </Card>
        )}
      </div>
    </>
  );
}

/** The list as a table: relationship, wave, status, who has written, started. */
export function RetrospectivesTable({ rows }: { rows: RetrospectiveRow[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('retrospectives.listCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('retrospectives.relationship')}</th>
            <th scope="col">{t('retrospectives.wave')}</th>
            <th scope="col">{t('retrospectives.status')}</th>
            <th scope="col">{t('retrospectives.written')}</th>
            <th scope="col">{t('retrospectives.started')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                <Link to={`/retrospectives/${row.id}`}>{row.relationshipLabel}</Link>
              </th>
              <td>{row.waveName}</td>
              <td>
                <RetrospectiveStatusBadge status={row.status} />
              </td>
              <td>{t(`retrospectives.writtenSides.${row.written}`)}</td>
              <td>
                <RetroTime iso={row.createdAt} withTime={false} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface FilterValue {
  relationshipId?: string;
  unitId?: string;
}

function FilterForm({
  relationships,
  isUnitFilterShown,
  value,
  onApply,
}: {
  relationships: RelationshipView[];
  isUnitFilterShown: boolean;
  value: FilterValue;
  onApply: (value: FilterValue) => void;
}) {
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
