import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HeatmapRow } from '../api';
import { dimensionLabel } from '../format';
import {
  DEFAULT_SORT,
  isSameKey,
  mergedGroupBaseName,
  sortHeatmapRows,
  toggleSort,
  type HeatmapSort,
  type HeatmapSortKey,
} from '../heatmap-model';
import { HeatCell } from './heat-cell';

interface HeatmapTableProps {
  rows: readonly HeatmapRow[];
  dimensions: readonly string[];
  caption: string;
  /** Show the customer group column (off where every row is the same customer). */
  hasCustomerColumn?: boolean;
  /** Where a provider's or customer's name links to; null for no link (a lead's view of other units). */
  providerHref: (unitId: string) => string | null;
  customerHref: (unitId: string) => string | null;
}

/** Provider × customer group, one sortable column per dimension; each cell prints its mean on its colour. */
export function HeatmapTable({ rows, dimensions, caption, hasCustomerColumn = true, providerHref, customerHref }: HeatmapTableProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const [sort, setSort] = useState<HeatmapSort>(DEFAULT_SORT);
  const sorted = useMemo(() => sortHeatmapRows(rows, sort, language), [rows, sort, language]);
  const columnName = (key: HeatmapSortKey) =>
    key.kind === 'provider'
      ? t('results.heatmap.provider')
      : key.kind === 'customer'
        ? t('results.heatmap.customer')
        : dimensionLabel(t, key.dimension);

  const header = (key: HeatmapSortKey, className?: string) => {
    const isSorted = isSameKey(sort.key, key);
    return (
      <th
        key={key.kind === 'dimension' ? `dimension-${key.dimension}` : key.kind}
        scope="col"
        className={className}
        aria-sort={isSorted ? sort.direction : undefined}
      >
        <button type="button" className="sort-button" onClick={() => setSort((current) => toggleSort(current, key))}>
          {columnName(key)}
          <span className="sort-button__icon" aria-hidden="true">
            {isSorted ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
          </span>
        </button>
      </th>
    );
  };

  return (
    <>
      <p className="visually-hidden" role="status">
        {t('results.heatmap.sorted', { column: columnName(sort.key), direction: t(`results.heatmap.directions.${sort.direction}`) })}
      </p>
      <div className="table-wrap">
        <table className="table heatmap" data-testid="heatmap-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {header({ kind: 'provider' })}
              {hasCustomerColumn && header({ kind: 'customer' })}
              {dimensions.map((dimension) => header({ kind: 'dimension', dimension }, 'table__number heatmap__dimension'))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((row, index) => {
              const providerLink = providerHref(row.providerUnitId);
              // One label may stand for several merged groups (other units per dimension): their position tells them apart.
              const groupKey = row.group.isMerged ? `merged|${row.group.unitCount}|${index}` : 'own';
              return (
                <tr key={`${row.providerUnitId}|${row.group.labelUnitId ?? ''}|${groupKey}`}>
                  <th scope="row">{providerLink ? <Link to={providerLink}>{row.providerName}</Link> : row.providerName}</th>
                  {hasCustomerColumn && (
                    <th scope="row">
                      <GroupLabel
                        group={row.group}
                        href={row.group.labelUnitId && !row.group.isMerged ? customerHref(row.group.labelUnitId) : null}
                      />
                    </th>
                  )}
                  {dimensions.map((dimension) => (
                    <HeatCell key={dimension} cell={row.cells[dimension]} />
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** A customer unit's name (linked when allowed), or a merged group marked as several units together. */
export function GroupLabel({ group, href }: { group: HeatmapRow['group']; href: string | null }) {
  const { t } = useTranslation();
  if (group.isMerged) {
    return (
      <span className="heatmap__group">
        <span>{mergedGroupBaseName(group) ?? t('results.allOthers')}</span>{' '}
        <span className="badge" data-testid="merged-group">
          {t('results.heatmap.merged', { count: group.unitCount })}
        </span>
      </span>
    );
  }
  return href ? <Link to={href}>{group.name}</Link> : <>{group.name}</>;
}
