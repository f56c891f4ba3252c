import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodCompliance, SlaTerms, SlaVersion } from '../api';
import { notYetInForceFrom } from '../compliance-text';
import { formatPeriodTarget, formatPeriodValue } from '../terms';
import { formatCalendarDate } from '../../../shared/dates';
import { ComplianceStatusText } from './status-text';

interface ComplianceTableProps {
  name: string;
  periods: PeriodCompliance[];
  /** The agreed terms, for the unit and how the value reads (for periods no listed version judged). */
  terms: SlaTerms;
  /** The objective's versions: each period reads with the terms of the version that judged it. */
  versions?: readonly SlaVersion[];
  /** How many of the newest periods show until "Show all" is pressed. */
  limit?: number;
}

/** Compliance period by period, newest first: value, target, status in words, version. */
export function ComplianceTable({ name, periods, terms, versions = [], limit = 13 }: ComplianceTableProps) {
  const { t, i18n } = useTranslation();
  const [isShowingAll, setIsShowingAll] = useState(false);
  if (periods.length === 0) return <p className="muted">{t('sla.compliance.none')}</p>;
  const newestFirst = [...periods].reverse();
  const shown = isShowingAll ? newestFirst : newestFirst.slice(0, limit);
  // Aggregation and required share may differ between versions; metric, unit and period do not.
  const termsOf = (period: PeriodCompliance): SlaTerms => versions.find((version) => version.version === period.version) ?? terms;
  const inForceFrom = notYetInForceFrom(periods, versions);
  return (
    <div className="table-wrap">
      {inForceFrom !== null && (
        <p className="muted" data-testid="sla-not-yet-in-force">
          {t('sla.compliance.notYetInForce', { date: formatCalendarDate(inForceFrom, i18n.language) })}
        </p>
      )}
      <table className="table" data-testid="sla-compliance">
        <caption className="table__caption">{t('sla.compliance.caption', { name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sla.compliance.period')}</th>
            <th scope="col" className="table__number">
              {t('sla.compliance.value')}
            </th>
            <th scope="col">{t('sla.compliance.target')}</th>
            <th scope="col">{t('sla.compliance.status')}</th>
            <th scope="col" className="table__number">
              {t('sla.compliance.count')}
            </th>
            <th scope="col" className="table__number">
              {t('sla.compliance.version')}
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((period) => (
            <tr key={period.period.label}>
              <th scope="row">{period.period.label}</th>
              <td className="table__number">{formatPeriodValue(t, period, termsOf(period), i18n.language)}</td>
              <td>{formatPeriodTarget(t, period, termsOf(period), i18n.language)}</td>
              <td>
                <ComplianceStatusText status={period.status} isRunning={period.isRunning} />
              </td>
              <td className="table__number">{period.count}</td>
              <td className="table__number">{period.version ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {newestFirst.length > limit && (
        <button type="button" className="button button--quiet" aria-expanded={isShowingAll} onClick={() => setIsShowingAll(!isShowingAll)}>
          {isShowingAll ? t('sla.compliance.showFewer', { count: limit }) : t('sla.compliance.showAll', { count: newestFirst.length })}
        </button>
      )}
    </div>
  );
}
