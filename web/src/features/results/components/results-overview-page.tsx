import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card } from '../../../shared/ui/card';
import { PageHeader } from '../../../shared/ui/page-header';
import { LoadState } from '../../../shared/ui/status';
import { useResource } from '../../../shared/use-resource';
import { useSession } from '../../session/session-context';
import { ResponseRatesCard } from '../../waves/components/response-rates-card';
import { fetchHeatmap, fetchProviderScores, fetchWeakPoints, MAX_HEATMAP_PAGE_SIZE, type ProviderScores, type WeakPoints } from '../api';
import { formatMean } from '../format';
import { listCustomers } from '../heatmap-model';
import { useSelectedWave } from '../use-selected-wave';
import { NoClosedWave, ResultsProblem } from './results-problem';
import { ScoreMapSection } from './score-map-section';
import { WavePicker } from './wave-picker';
import { WeakPointsTable } from './weak-points-table';
import '../results.css';

const WEAK_POINT_LIMIT = 10;

/**
 * The results of a wave at a glance: the way to each provider's and customer's page, the
 * weakest points, and for admins and executives the providers coloured by score on the
 * service map (admins also see the wave's response rates).
 */
export function ResultsOverviewPage() {
  const { t } = useTranslation();
  const { account } = useSession();
  const isLead = account?.role === 'lead';
  const { waves, waveId, selectWave, query } = useSelectedWave();
  const weakPoints = useResource(
    (signal) => (waveId === '' ? Promise.resolve(undefined) : fetchWeakPoints(waveId, { limit: WEAK_POINT_LIMIT }, signal)),
    [waveId],
  );
  // Admins and executives only: leads have the own unit's page for this.
  const scores = useResource(
    (signal) => (waveId === '' || isLead ? Promise.resolve(undefined) : fetchProviderScores(waveId, signal)),
    [waveId, isLead],
  );

  return (
    <div className="results-page">
      <PageHeader title={t('results.title')} description={t('results.description')} />
      <LoadState isLoading={waves.isLoading && !waves.data} error={waves.error} />
      {waves.data && waves.data.length === 0 && <NoClosedWave />}
      {waves.data && waves.data.length > 0 && (
        <>
          <div className="toolbar">
            <WavePicker waves={waves.data} value={waveId} onChange={selectWave} />
          </div>
          {isLead ? (
            <OwnUnitLinks unitId={account?.unitId ?? null} query={query} />
          ) : (
            <AllUnitLinks waveId={waveId} scores={scores.data} query={query} />
          )}
          {!isLead &&
            (scores.error !== undefined ? (
              <ResultsProblem error={scores.error} />
            ) : scores.data ? (
              <ScoreMapSection scores={scores.data} query={query} />
            ) : (
              <LoadState isLoading={scores.isLoading} error={undefined} />
            ))}
          {weakPoints.error !== undefined ? (
            <ResultsProblem error={weakPoints.error} />
          ) : (
            <WeakPointsCard points={weakPoints.data} isLoading={weakPoints.isLoading} query={query} />
          )}
          {account?.role === 'admin' && waveId !== '' && (
            <div data-testid="response-rates">
              <ResponseRatesCard waveId={waveId} isLive={false} />
            </div>
          )}
        </>
      )}
    </div>
  );
}

/** A lead's way to the own unit: as a provider, as a customer, and in the heatmap. */
function OwnUnitLinks({ unitId, query }: { unitId: string | null; query: string }) {
  const { t } = useTranslation();
  return (
    <Card title={t('results.overview.yourUnit')}>
      {unitId ? (
        <ul className="link-list" data-testid="own-unit-links">
          <li>
            <Link to={`/results/providers/${unitId}${query}`}>{t('results.overview.ownProvider')}</Link>
          </li>
          <li>
            <Link to={`/results/customers/${unitId}${query}`}>{t('results.overview.ownCustomer')}</Link>
          </li>
          <li>
            <Link to={`/results/heatmap${query}`}>{t('results.overview.heatmapLink')}</Link>
          </li>
        </ul>
      ) : (
        <p className="muted">{t('results.overview.noLeadUnit')}</p>
      )}
    </Card>
  );
}

/**
 * For admins and executives: the heatmap, every provider with figures, and the customer
 * units with rows of their own (from the first 2,000 heatmap rows).
 */
function AllUnitLinks({ waveId, scores, query }: { waveId: string; scores: ProviderScores | undefined; query: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const heatmap = useResource(
    (signal) => (waveId === '' ? Promise.resolve(undefined) : fetchHeatmap(waveId, { limit: MAX_HEATMAP_PAGE_SIZE }, signal)),
    [waveId],
  );
  const providers = useMemo(
    () => (scores?.providers ?? []).map((provider) => ({ id: provider.providerUnitId, name: provider.providerName })),
    [scores],
  );
  const customers = useMemo(() => listCustomers(heatmap.data?.rows ?? [], language), [heatmap.data, language]);
  const lists = [
    {
      key: 'provider',
      title: t('results.overview.providers'),
      hint: t('results.overview.providersHint'),
      units: providers,
      path: 'providers',
    },
    {
      key: 'customer',
      title: t('results.overview.customerViews'),
      hint: t('results.overview.customersHint'),
      units: customers,
      path: 'customers',
    },
  ];
  return (
    <div className="results-link-grid">
      <Card title={t('results.heatmap.title')}>
        <Link to={`/results/heatmap${query}`}>{t('results.overview.heatmapLink')}</Link>
      </Card>
      {lists.map((list) => (
        <Card key={list.key} title={list.title}>
          <p className="muted">{list.hint}</p>
          <LoadState isLoading={heatmap.isLoading && !heatmap.data} error={undefined} />
          <ul className="link-list results-link-list" data-testid={`${list.key}-links`}>
            {list.units.map((unit) => (
              <li key={unit.id}>
                <Link to={`/results/${list.path}/${unit.id}${query}`}>{unit.name}</Link>
              </li>
            ))}
          </ul>
        </Card>
      ))}
    </div>
  );
}

/** The weakest points below the target and below the company benchmark. */
function WeakPointsCard({ points, isLoading, query }: { points: WeakPoints | undefined; isLoading: boolean; query: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <Card title={t('results.overview.weakPoints')}>
      <LoadState isLoading={isLoading && !points} error={undefined} />
      {points && (
        <>
          <p className="muted">{t('results.overview.weakPointsHint')}</p>
          {points.belowTarget.length === 0 ? (
            <p className="muted">{t('results.overview.noneBelowTarget', { target: formatMean(points.target, language) })}</p>
          ) : (
            <WeakPointsTable
              points={points.belowTarget}
              caption={t('results.overview.belowTarget', { target: formatMean(points.target, language) })}
              referenceLabel={t('results.overview.target')}
              query={query}
              waveId={points.wave.id}
              testId="weak-points-target"
            />
          )}
          {points.belowBenchmark.length === 0 ? (
            <p className="muted">{t('results.overview.noneBelowBenchmark')}</p>
          ) : (
            <WeakPointsTable
              points={points.belowBenchmark}
              caption={t('results.overview.belowBenchmark')}
              referenceLabel={t('results.overview.benchmark')}
              query={query}
              waveId={points.wave.id}
              testId="weak-points-benchmark"
            />
          )}
          <p className="field__hint">{t('results.overview.benchmarkHint', { count: WEAK_POINT_LIMIT })}</p>
        </>
      )}
    </Card>
  );
}
