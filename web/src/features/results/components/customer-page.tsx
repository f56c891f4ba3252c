import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeader } from '../../../shared/ui/page-header';
import { LoadState } from '../../../shared/ui/status';
import { useResource } from '../../../shared/use-resource';
import { useSession } from '../../session/session-context';
import { fetchUnitDetail } from '../../units/api';
import { fetchHeatmap, MAX_HEATMAP_PAGE_SIZE } from '../api';
import { countHidden, rowsOfCustomer } from '../heatmap-model';
import { canSeeUnitResults } from '../provider-model';
import { useSelectedWave } from '../use-selected-wave';
import { ColourLegend } from './colour-legend';
import { HeatmapTable } from './heatmap-table';
import { ResultsBreadcrumb } from './results-breadcrumb';
import { NoClosedWave, OwnUnitOnly, ResultsProblem } from './results-problem';
import { WavePicker } from './wave-picker';
import '../results.css';

/** How one unit rates the units that serve it: its rows of the heatmap. */
export function CustomerPage() {
  const { t } = useTranslation();
  const { unitId = '' } = useParams();
  const { account } = useSession();
  const isAllowed = canSeeUnitResults(account, unitId);
  const { waves, waveId, selectWave, query } = useSelectedWave();
  const unit = useResource((signal) => (isAllowed ? fetchUnitDetail(unitId, signal) : Promise.resolve(undefined)), [unitId, isAllowed]);
  const heatmap = useResource(
    (signal) =>
      waveId === '' || !isAllowed
        ? Promise.resolve(undefined)
        : fetchHeatmap(waveId, { customerUnitId: unitId, limit: MAX_HEATMAP_PAGE_SIZE }, signal),
    [waveId, isAllowed, unitId],
  );
  const rows = useMemo(() => rowsOfCustomer(heatmap.data?.rows ?? [], unitId), [heatmap.data, unitId]);
  const hasMerged = rows.some((row) => row.group.isMerged);
  const hidden = countHidden(rows);
  const name = unit.data?.unit.id === unitId ? unit.data.unit.name : '';
  const title = name === '' ? t('results.customer.heading') : t('results.customer.title', { name });
  const providerHref = (id: string) => (canSeeUnitResults(account, id) ? `/results/providers/${id}${query}` : null);

  if (!isAllowed) {
    return (
      <>
        <PageHeader
          title={t('results.customer.heading')}
          above={<ResultsBreadcrumb query={query} current={t('results.customer.heading')} />}
        />
        <OwnUnitOnly />
      </>
    );
  }
  return (
    <div className="results-page">
      <PageHeader
        title={title}
        description={name === '' ? undefined : t('results.customer.description', { name })}
        above={<ResultsBreadcrumb query={query} current={title} />}
      />
      <LoadState isLoading={waves.isLoading && !waves.data} error={waves.error} />
      {unit.error !== undefined && <ResultsProblem error={unit.error} />}
      {waves.data && waves.data.length === 0 && <NoClosedWave />}
      {waves.data && waves.data.length > 0 && unit.error === undefined && (
        <>
          <div className="toolbar">
            <WavePicker waves={waves.data} value={waveId} onChange={selectWave} />
          </div>
          {heatmap.error !== undefined ? (
            <ResultsProblem error={heatmap.error} />
          ) : (
            <LoadState isLoading={heatmap.isLoading && !heatmap.data} error={undefined} />
          )}
          {heatmap.data && heatmap.error === undefined && (
            <>
              <div className="heatmap-notes">
                <div className="stack heatmap-notes__text">
                  <p className="notice">{t('results.heatmap.anonymityNote', { k: heatmap.data.k })}</p>
                  {hasMerged && <p className="muted">{t('results.customer.mergedNote', { name })}</p>}
                  {hidden.hiddenCells > 0 && <p className="muted">{t('results.heatmap.hiddenCount', { count: hidden.hiddenCells })}</p>}
                </div>
                <ColourLegend />
              </div>
              {rows.length === 0 ? (
                <p className="muted" data-testid="customer-empty">
                  {t('results.customer.empty', { name: name || t('results.customer.thisUnit'), k: heatmap.data.k })}
                </p>
              ) : (
                <HeatmapTable
                  rows={rows}
                  dimensions={heatmap.data.dimensions}
                  caption={t('results.customer.caption', { name, wave: heatmap.data.wave.name })}
                  hasCustomerColumn={hasMerged}
                  providerHref={providerHref}
                  customerHref={() => null}
                />
              )}
            </>
          )}
        </>
      )}
    </div>
  );
}
