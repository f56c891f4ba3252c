import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../shared/ui/page-header';
import { LoadState } from '../../../shared/ui/status';
import { useResource } from '../../../shared/use-resource';
import { useSession } from '../../session/session-context';
import { fetchProviderReport } from '../api';
import { canSeeUnitResults, hasAnyFigure } from '../provider-model';
import { useSelectedWave } from '../use-selected-wave';
import { CommentsSection } from './comments-section';
import { DimensionsSection } from './dimensions-section';
import { GridSection } from './grid-section';
import { KeyFigures } from './key-figures';
import { MirrorSection } from './mirror-section';
import { ProviderWeakPointsSection } from './provider-weak-points-section';
import { ResultsBreadcrumb } from './results-breadcrumb';
import { NoClosedWave, ResultsProblem } from './results-problem';
import { TrendSection } from './trend-section';
import { WavePicker } from './wave-picker';
import '../results.css';

/** A provider's results in one wave: key figures, dimensions, the grid, trends, the mirror and comments. */
export function ProviderPage() {
  const { t } = useTranslation();
  const { unitId = '' } = useParams();
  const { account } = useSession();
  const { waves, waveId, selectWave, query } = useSelectedWave();
  // A lead asking for another unit gets the server's 403, shown as "your own unit only".
  const report = useResource(
    (signal) => (waveId === '' ? Promise.resolve(undefined) : fetchProviderReport(waveId, unitId, signal)),
    [waveId, unitId],
  );
  const data = report.data && report.data.provider.id === unitId && report.error === undefined ? report.data : undefined;
  const customerHref = (id: string) => (canSeeUnitResults(account, id) ? `/results/customers/${id}${query}` : null);

  return (
    <div className="results-page">
      <PageHeader
        title={data ? data.provider.name : t('results.provider.heading')}
        description={
          data ? t('results.provider.description', { name: data.provider.name, wave: data.wave.name, k: data.thresholds.k }) : undefined
        }
        above={<ResultsBreadcrumb query={query} current={data ? data.provider.name : t('results.provider.heading')} />}
      />
      <LoadState isLoading={waves.isLoading && !waves.data} error={waves.error} />
      {waves.data && waves.data.length === 0 && <NoClosedWave />}
      {waves.data && waves.data.length > 0 && (
        <>
          <div className="toolbar results-toolbar">
            <WavePicker waves={waves.data} value={waveId} onChange={selectWave} />
            {data && (
              <ul className="link-list results-links">
                {customerHref(unitId) && (
                  <li>
                    <Link to={customerHref(unitId) ?? ''}>{t('results.provider.customerViewLink', { name: data.provider.name })}</Link>
                  </li>
                )}
                <li>
                  <Link to={`/results/heatmap${query}${query === '' ? '?' : '&'}provider=${encodeURIComponent(unitId)}`}>
                    {t('results.provider.heatmapLink', { name: data.provider.name })}
                  </Link>
                </li>
              </ul>
            )}
          </div>
          {report.error !== undefined ? (
            <ResultsProblem error={report.error} />
          ) : (
            <LoadState isLoading={report.isLoading && !data} error={undefined} />
          )}
          {data && !hasAnyFigure(data) && <p className="notice">{t('results.provider.noData', { k: data.thresholds.k })}</p>}
          {data && hasAnyFigure(data) && (
            <>
              <KeyFigures report={data} />
              <DimensionsSection report={data} />
              <ProviderWeakPointsSection waveId={data.wave.id} providerId={unitId} query={query} />
              <GridSection report={data} />
              <TrendSection report={data} waves={waves.data} />
              <MirrorSection report={data} customerHref={customerHref} />
              <CommentsSection report={data} />
            </>
          )}
        </>
      )}
    </div>
  );
}
