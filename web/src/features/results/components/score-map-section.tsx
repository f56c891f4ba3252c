import type { TFunction } from 'i18next';
import { lazy, Suspense, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Card } from '../../../shared/ui/card';
import { LoadState } from '../../../shared/ui/status';
import { useResource } from '../../../shared/use-resource';
import { fetchServiceMap } from '../../service-map/api';
import type { ChartTexts, NodeAppearance } from '../../service-map/chart-option';
import { filterServiceMap } from '../../service-map/filter';
import { layoutRadialTree } from '../../service-map/layout';
import { buildMapModel } from '../../service-map/map-model';
import { buildUnitPaths } from '../../units/unit-tree';
import type { ProviderScores } from '../api';
import { heatColour } from '../colour-scale';
import { formatMean } from '../format';
import { listScoredProviders, NODE_BORDER_COLOUR, nodeColour, type ScoredProvider } from '../score-map-model';
import { ColourLegend } from './colour-legend';

// echarts is big: load it only when the map is shown, in its own chunk.
const ServiceMapChart = lazy(() =>
  import('../../service-map/components/service-map-chart').then((module) => ({ default: module.ServiceMapChart })),
);

const NO_FILTER = { unitId: '', serviceId: '' };
const CUSTOMER_ONLY_SIZE = 5;

/** The service map with each provider coloured by its score on the heatmap's scale, and the same figures as a table. */
export function ScoreMapSection({ scores, query }: { scores: ProviderScores; query: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const navigate = useNavigate();
  const map = useResource((signal) => fetchServiceMap(signal), []);
  const providers = useMemo(() => (map.data ? listScoredProviders({ scores, map: map.data, language }) : []), [scores, map.data, language]);
  const byId = useMemo(() => new Map(providers.map((provider) => [provider.unitId, provider])), [providers]);
  const model = useMemo(() => {
    if (!map.data) return { nodes: [], edges: [] };
    const paths = buildUnitPaths(map.data.units);
    const positions = layoutRadialTree(map.data.units);
    return buildMapModel({ map: map.data, filtered: filterServiceMap(map.data, NO_FILTER), positions, paths });
  }, [map.data]);
  const describe = useCallback((provider: ScoredProvider) => describeScore(t, provider), [t]);
  const noteOf = useCallback(
    (provider: ScoredProvider) =>
      provider.score === null
        ? t('results.scoreMap.noFigure')
        : `${t('results.scoreMap.score')} ${formatMean(provider.score, language)} · ${describeScore(t, provider)}`,
    [t, language],
  );
  const appearance = useCallback<NodeAppearance>(
    (node) => {
      const provider = byId.get(node.id);
      return {
        colour: nodeColour(provider),
        borderColour: NODE_BORDER_COLOUR,
        ...(provider ? {} : { size: CUSTOMER_ONLY_SIZE }),
        note: provider ? noteOf(provider) : t('results.scoreMap.customerOnly'),
      };
    },
    [byId, noteOf, t],
  );
  const texts = useMemo<ChartTexts>(() => ({ relationships: (count) => t('serviceMap.relationshipCount', { count }) }), [t]);
  const openProvider = useCallback(
    (unitId: string) => {
      if (byId.has(unitId)) void navigate(`/results/providers/${unitId}${query}`);
    },
    [byId, navigate, query],
  );
  const scored = providers.filter((provider) => provider.score !== null).length;
  const summary = t('results.scoreMap.summary', { count: providers.length, scored });

  return (
    <Card title={t('results.scoreMap.title')}>
      <p className="muted">{t('results.scoreMap.description', { k: scores.k })}</p>
      <LoadState isLoading={map.isLoading && !map.data} error={map.error} />
      {map.data && (
        <>
          <p className="muted" role="status" data-testid="score-map-summary">
            {summary}
          </p>
          <div className="score-map">
            <div
              className="service-map__chart score-map__chart"
              data-testid="score-map"
              role="img"
              aria-label={`${t('results.scoreMap.title')}: ${summary}`}
            >
              {model.nodes.length === 0 ? (
                <p className="service-map__empty">{t('serviceMap.empty')}</p>
              ) : (
                <Suspense fallback={<p className="service-map__empty">{t('serviceMap.loadingChart')}</p>}>
                  <ServiceMapChart
                    nodes={model.nodes}
                    edges={model.edges}
                    texts={texts}
                    onUnitClick={openProvider}
                    appearance={appearance}
                  />
                </Suspense>
              )}
            </div>
            <ColourLegend variant="map" />
          </div>
          <ScoreTable providers={providers} query={query} describe={describe} />
        </>
      )}
    </Card>
  );
}

/** The map's figures as a table: each provider, its score on its colour, and what the score is made of. */
function ScoreTable({
  providers,
  query,
  describe,
}: {
  providers: readonly ScoredProvider[];
  query: string;
  describe: (provider: ScoredProvider) => string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <div className="table-wrap score-map__table" tabIndex={0} role="region" aria-label={t('results.scoreMap.caption')}>
      <table className="table" data-testid="score-table">
        <caption className="visually-hidden">{t('results.scoreMap.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.heatmap.provider')}</th>
            <th scope="col" className="table__number">
              {t('results.scoreMap.score')}
            </th>
            <th scope="col">{t('results.scoreMap.basis')}</th>
          </tr>
        </thead>
        <tbody>
          {providers.map((provider) => {
            const colour = provider.score === null ? null : heatColour(provider.score);
            return (
              <tr key={provider.unitId} data-unit-id={provider.unitId}>
                <th scope="row">
                  <Link to={`/results/providers/${provider.unitId}${query}`}>{provider.name}</Link>
                </th>
                {colour && provider.score !== null ? (
                  <td className="heat-cell" style={{ backgroundColor: colour.background, color: colour.text }} data-testid="score-cell">
                    {formatMean(provider.score, language)}
                  </td>
                ) : (
                  <td className="heat-cell heat-cell--hidden" data-testid="no-figure-cell">
                    {t('results.scoreMap.noFigure')}
                  </td>
                )}
                <td>{describe(provider)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** "overall satisfaction (n = 23)", "mean of 5 released dimensions", or "no figure (anonymity)". */
function describeScore(t: TFunction, provider: ScoredProvider): string {
  if (provider.basis === null) return t('results.scoreMap.noFigure');
  return provider.basis === 'overall'
    ? t('results.scoreMap.basisOverall', { n: provider.count })
    : t('results.scoreMap.basisDimensions', { count: provider.count });
}
