import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Card } from '../../../shared/ui/card';
import { PageHeader } from '../../../shared/ui/page-header';
import { LoadState, ProblemNotice } from '../../../shared/ui/status';
import { useResource } from '../../../shared/use-resource';
import { fetchResultWaves } from '../../results/api';
import { fetchRelationships } from '../../relationships/api';
import type { Viewer } from '../../relationships/relationship-access';
import { useSession } from '../../session/session-context';
import { fetchRetrospectives } from '../api';
import { canStartRetrospectives, listFilter, startableRelationships } from '../retrospective-access';
import { summarizeRows } from '../retrospective-view';
import { RetrospectiveStartForm } from './retrospective-start-form';
import { FilterForm } from './retrospectives-filter-form';
import { RetrospectivesTable } from './retrospectives-table';
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
            <ProblemNotice
              isLoading={retrospectives.isLoading}
              error={retrospectives.error}
              notFound={t('retrospectives.filterNotFound')}
              notAllowed={t('retrospectives.notAllowed')}
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
