import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Card } from '../../../shared/ui/card';
import { SelectField } from '../../../shared/ui/field';
import { PageHeader } from '../../../shared/ui/page-header';
import { LoadState } from '../../../shared/ui/status';
import { useResource } from '../../../shared/use-resource';
import { fetchRelationships, type RelationshipView } from '../../relationships/api';
import { useSession } from '../../session/session-context';
import { fetchUnits } from '../../units/api';
import { fetchAllObjectives } from '../all-objectives';
import { fetchUnitObjectives, type SlaObjective } from '../api';
import { unitName } from '../../relationships/relationship-label';
import { MeasurementImportCard } from './measurement-import-card';
import { ObjectivesTable } from './objectives-table';
import '../sla.css';

/**
 * All SLA objectives a person may see: a lead those of their unit (as provider and as
 * customer); admins and executives those of a chosen unit, or of every relationship.
 */
export function SlaOverviewPage() {
  const { t } = useTranslation();
  const { account } = useSession();
  const [params, setParams] = useSearchParams();
  const isLead = account?.role === 'lead';
  const canImport = account?.role === 'admin' || account?.role === 'lead';
  const selectedUnitId = isLead ? (account?.unitId ?? '') : (params.get('unit') ?? '');
  const isImportOpen = canImport && params.get('import') === '1';
  const importRef = useRef<HTMLDivElement>(null);

  const relationships = useResource((signal) => fetchRelationships(signal), []);
  const units = useResource((signal) => (isLead ? Promise.resolve([]) : fetchUnits(signal)), [isLead]);
  const byId = useMemo(
    () => new Map((relationships.data ?? []).map((relationship) => [relationship.id, relationship])),
    [relationships.data],
  );
  const objectives = useResource(
    (signal) => loadObjectives(selectedUnitId, relationships.data, signal),
    [selectedUnitId, relationships.data],
  );

  useEffect(() => {
    if (isImportOpen) importRef.current?.querySelector('h2')?.scrollIntoView?.({ block: 'start' });
  }, [isImportOpen]);

  function setParam(key: string, value: string | null) {
    const next = new URLSearchParams(params);
    if (value === null || value === '') next.delete(key);
    else next.set(key, value);
    setParams(next);
  }

  const ownRelationship = (relationships.data ?? []).find(
    (relationship) => relationship.providerUnitId === account?.unitId || relationship.customerUnitId === account?.unitId,
  );
  const ownUnitPath = ownRelationship?.providerUnitId === account?.unitId ? ownRelationship?.providerPath : ownRelationship?.customerPath;
  return (
    <>
      <PageHeader
        title={t('sla.overview.title')}
        description={t('sla.overview.description')}
        actions={
          <div className="button-row">
            {canImport && (
              <Link className="button" to={`?${withParam(params, 'import', '1')}`}>
                {t('sla.overview.importLink')}
              </Link>
            )}
            {account?.role === 'admin' && (
              <Link className="button button--quiet" to="/integrations">
                {t('sla.overview.integrationsLink')}
              </Link>
            )}
          </div>
        }
      />
      {isImportOpen && (
        <div ref={importRef}>
          <MeasurementImportCard onImported={objectives.reload} onClose={() => setParam('import', null)} />
        </div>
      )}
      <Card>
        {isLead ? (
          <p className="sla-intro">{t('sla.overview.ownUnit', { unit: ownUnitPath ? unitName(ownUnitPath) : '' })}</p>
        ) : (
          <SelectField label={t('sla.overview.unit')} value={selectedUnitId} onChange={(event) => setParam('unit', event.target.value)}>
            <option value="">{t('sla.overview.allUnits')}</option>
            {(units.data ?? []).map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.path}
              </option>
            ))}
          </SelectField>
        )}
        <LoadState isLoading={relationships.isLoading || objectives.isLoading} error={relationships.error ?? objectives.error} />
        {objectives.data && relationships.data && <ObjectivesTable objectives={objectives.data} relationships={byId} />}
      </Card>
    </>
  );
}

/** One unit's objectives, or (no unit) those of every provider unit, each objective once. */
function loadObjectives(unitId: string, relationships: RelationshipView[] | undefined, signal: AbortSignal): Promise<SlaObjective[]> {
  if (unitId !== '') return fetchUnitObjectives(unitId, signal);
  if (!relationships) return new Promise<SlaObjective[]>(() => undefined);
  return fetchAllObjectives(relationships, signal);
}

function withParam(params: URLSearchParams, key: string, value: string): string {
  const next = new URLSearchParams(params);
  next.set(key, value);
  return next.toString();
}
