import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SelectField, TextField } from '../../../shared/ui/field';
import { PageHeader } from '../../../shared/ui/page-header';
import { Pager } from '../../../shared/ui/pager';
import { LoadState } from '../../../shared/ui/status';
import { useResource } from '../../../shared/use-resource';
import { useSession } from '../../session/session-context';
import { fetchHeatmap, fetchProviderScores, HEATMAP_PAGE_SIZE } from '../api';
import { countHidden, filterHeatmapRows, listProviders } from '../heatmap-model';
import { mergeProviderLists, pageRange } from '../heatmap-paging';
import { canSeeUnitResults } from '../provider-model';
import { useSelectedWave } from '../use-selected-wave';
import { ColourLegend } from './colour-legend';
import { HeatmapTable } from './heatmap-table';
import { ResultsBreadcrumb } from './results-breadcrumb';
import { NoClosedWave, ResultsProblem } from './results-problem';
import { WavePicker } from './wave-picker';
import '../results.css';

/**
 * Provider × customer group × dimension for one wave, a page of rows at a time: the provider
 * filter runs on the server; sorting and the customer filter work on the page shown.
 */
export function HeatmapPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const { account } = useSession();
  const [searchParams, setSearchParams] = useSearchParams();
  const { waves, waveId, selectWave, query } = useSelectedWave();
  const providerUnitId = searchParams.get('provider') ?? '';
  const [customerText, setCustomerText] = useState('');
  // The page belongs to one wave and provider filter; another choice starts at page 1.
  const pageKey = `${waveId}|${providerUnitId}`;
  const [pageState, setPageState] = useState({ key: pageKey, page: 1 });
  const requestedPage = pageState.key === pageKey ? pageState.page : 1;
  const offset = (requestedPage - 1) * HEATMAP_PAGE_SIZE;
  const heatmap = useResource(
    (signal) =>
      waveId === ''
        ? Promise.resolve(undefined)
        : fetchHeatmap(waveId, { providerUnitId: providerUnitId === '' ? undefined : providerUnitId, offset }, signal),
    [waveId, providerUnitId, offset],
  );
  const scores = useResource((signal) => (waveId === '' ? Promise.resolve(undefined) : fetchProviderScores(waveId, signal)), [waveId]);

  const data = heatmap.data;
  const range = pageRange({ page: requestedPage, pageSize: HEATMAP_PAGE_SIZE, total: data?.total ?? 0 });
  // Every provider with figures, plus those on the page (a lead also sees the providers of the own unit).
  const providers = useMemo(
    () =>
      mergeProviderLists(
        [
          (scores.data?.providers ?? []).map((provider) => ({ id: provider.providerUnitId, name: provider.providerName })),
          listProviders(data?.rows ?? [], language),
        ],
        language,
      ),
    [scores.data, data, language],
  );
  const rows = useMemo(() => filterHeatmapRows(data?.rows ?? [], { providerUnitId, customerText }), [data, providerUnitId, customerText]);
  const hidden = useMemo(() => countHidden(rows), [rows]);
  const href = (base: string) => (unitId: string) => (canSeeUnitResults(account, unitId) ? `${base}/${unitId}${query}` : null);

  function setProvider(value: string) {
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === '') next.delete('provider');
        else next.set('provider', value);
        return next;
      },
      { replace: true },
    );
  }

  return (
    <div className="results-page">
      <PageHeader
        title={t('results.heatmap.title')}
        description={t('results.heatmap.description')}
        above={<ResultsBreadcrumb query={query} current={t('results.heatmap.title')} />}
      />
      <LoadState isLoading={waves.isLoading && !waves.data} error={waves.error} />
      {waves.data && waves.data.length === 0 && <NoClosedWave />}
      {waves.data && waves.data.length > 0 && (
        <>
          <div className="toolbar" role="group" aria-label={t('results.heatmap.filters')}>
            <WavePicker waves={waves.data} value={waveId} onChange={selectWave} />
            <SelectField label={t('results.heatmap.provider')} value={providerUnitId} onChange={(event) => setProvider(event.target.value)}>
              <option value="">{t('results.heatmap.allProviders')}</option>
              {providers.map((provider) => (
                <option key={provider.id} value={provider.id}>
                  {provider.name}
                </option>
              ))}
            </SelectField>
            <TextField
              label={t('results.heatmap.customerFilter')}
              type="search"
              value={customerText}
              onChange={(event) => setCustomerText(event.target.value)}
            />
          </div>
          {heatmap.error !== undefined ? (
            <ResultsProblem error={heatmap.error} />
          ) : (
            <LoadState isLoading={heatmap.isLoading && !data} error={undefined} />
          )}
          {data && heatmap.error === undefined && (
            <>
              <p className="muted" role="status" data-testid="heatmap-summary">
                <span data-testid="heatmap-total">{t('results.heatmap.total', { count: data.total, wave: data.wave.name })}</span>
                {data.total > HEATMAP_PAGE_SIZE && (
                  <> · {t('results.heatmap.pageRange', { from: range.from, to: range.to, total: data.total })}</>
                )}{' '}
                · {t('results.heatmap.summary', { count: rows.length })}
              </p>
              {data.total > HEATMAP_PAGE_SIZE && <p className="field__hint">{t('results.heatmap.pageNote')}</p>}
              <div className="heatmap-notes">
                <div className="stack heatmap-notes__text">
                  <p className="notice">{t('results.heatmap.anonymityNote', { k: data.k })}</p>
                  {hidden.hiddenCells > 0 && <p className="muted">{t('results.heatmap.hiddenCount', { count: hidden.hiddenCells })}</p>}
                </div>
                <ColourLegend />
              </div>
              {rows.length === 0 ? (
                <p className="muted">{t('results.heatmap.empty')}</p>
              ) : (
                <HeatmapTable
                  rows={rows}
                  dimensions={data.dimensions}
                  caption={t('results.heatmap.caption', { wave: data.wave.name })}
                  providerHref={href('/results/providers')}
                  customerHref={href('/results/customers')}
                />
              )}
              {range.pageCount > 1 && (
                <Pager
                  page={range.page}
                  pageCount={range.pageCount}
                  onPageChange={(page) => setPageState({ key: pageKey, page })}
                  label={t('results.heatmap.pager')}
                />
              )}
            </>
          )}
        </>
      )}
    </div>
  );
}
