import { lazy, Suspense, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { SelectField } from '../../../shared/ui/field';
import { PageHeader } from '../../../shared/ui/page-header';
import { LoadState } from '../../../shared/ui/status';
import { useResource } from '../../../shared/use-resource';
import { UnitSelect } from '../../units/components/unit-select';
import { buildUnitPaths } from '../../units/unit-tree';
import { fetchServiceMap } from '../api';
import { arrowEdgeLimit, type ChartTexts } from '../chart-option';
import { filterServiceMap } from '../filter';
import { layoutRadialTree } from '../layout';
import { buildMapModel } from '../map-model';
import { RelationshipsShown } from './relationships-shown';
import { UnitsInView } from './units-in-view';

// echarts is big: load it only when the map is shown, in its own chunk.
const ServiceMapChart = lazy(() => import('./service-map-chart').then((module) => ({ default: module.ServiceMapChart })));

/** The service map: units as nodes, relationships as arrows provider → customer, filterable by unit and service. */
export function ServiceMapPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const unitId = searchParams.get('unit') ?? '';
  const serviceId = searchParams.get('service') ?? '';
  const { data: map, error, isLoading } = useResource((signal) => fetchServiceMap(signal), []);

  const paths = useMemo(() => buildUnitPaths(map?.units ?? []), [map]);
  const positions = useMemo(() => layoutRadialTree(map?.units ?? []), [map]);
  const model = useMemo(() => {
    if (!map) return { nodes: [], edges: [] };
    return buildMapModel({ map, filtered: filterServiceMap(map, { unitId, serviceId }), positions, paths });
  }, [map, positions, paths, unitId, serviceId]);
  const unitOptions = useMemo(
    () => (map?.units ?? []).map((unit) => ({ id: unit.id, path: paths.get(unit.id) ?? unit.name })),
    [map, paths],
  );
  const serviceOptions = useMemo(
    () =>
      (map?.services ?? [])
        .map((service) => ({ id: service.id, label: `${service.name} — ${paths.get(service.providerUnitId) ?? ''}` }))
        .sort((left, right) => left.label.localeCompare(right.label)),
    [map, paths],
  );
  const texts = useMemo<ChartTexts>(() => ({ relationships: (count) => t('serviceMap.relationshipCount', { count }) }), [t]);
  const openUnit = useCallback((unitId: string) => navigate(`/units/${unitId}`), [navigate]);

  function setFilter(key: 'unit' | 'service', value: string) {
    const next = new URLSearchParams(searchParams);
    if (value === '') next.delete(key);
    else next.set(key, value);
    setSearchParams(next, { replace: true });
  }

  const summary = t('serviceMap.summary', { units: model.nodes.length, relationships: model.edges.length });
  return (
    <>
      <PageHeader title={t('serviceMap.title')} description={t('serviceMap.description')} />
      <LoadState isLoading={isLoading && !map} error={error} />
      {map && (
        <>
          <div className="toolbar" role="group" aria-label={t('serviceMap.filters')}>
            <UnitSelect
              label={t('serviceMap.unitFilter')}
              units={unitOptions}
              value={unitId}
              emptyLabel={t('serviceMap.allUnits')}
              onChange={(value) => setFilter('unit', value)}
            />
            <SelectField
              label={t('serviceMap.serviceFilter')}
              value={serviceId}
              onChange={(event) => setFilter('service', event.target.value)}
            >
              <option value="">{t('serviceMap.allServices')}</option>
              {serviceOptions.map((service) => (
                <option key={service.id} value={service.id}>
                  {service.label}
                </option>
              ))}
            </SelectField>
          </div>
          <p className="muted" role="status" data-testid="service-map-summary">
            {summary}
          </p>
          <div className="service-map">
            <div className="service-map__chart" data-testid="service-map" role="img" aria-label={`${t('serviceMap.title')}: ${summary}`}>
              {model.nodes.length === 0 ? (
                <p className="service-map__empty">{t('serviceMap.empty')}</p>
              ) : (
                <Suspense fallback={<p className="service-map__empty">{t('serviceMap.loadingChart')}</p>}>
                  <ServiceMapChart nodes={model.nodes} edges={model.edges} texts={texts} onUnitClick={openUnit} />
                </Suspense>
              )}
            </div>
            <UnitsInView nodes={model.nodes} />
          </div>
          <p className="field__hint">{t('serviceMap.howTo')}</p>
          {model.edges.length > arrowEdgeLimit && (
            <p className="field__hint">{t('serviceMap.noArrows', { limit: arrowEdgeLimit.toLocaleString(i18n.resolvedLanguage) })}</p>
          )}
          <RelationshipsShown edges={model.edges} />
        </>
      )}
    </>
  );
}
