import { useTranslation } from 'react-i18next';
import { useResource } from '../../../shared/use-resource';
import { fetchCompliance, type SlaVersion } from '../api';
import { latestPeriod } from '../compliance-text';
import { formatPeriodValue } from '../terms';
import { ComplianceStatusText } from './status-text';

/** The status and value of an objective's latest period (loads its compliance). */
export function LatestCompliance({ objectiveId, terms }: { objectiveId: string; terms: SlaVersion }) {
  const { t, i18n } = useTranslation();
  const compliance = useResource((signal) => fetchCompliance(objectiveId, {}, signal), [objectiveId]);
  if (compliance.error !== undefined) return <span className="muted">{t('errors.unexpected')}</span>;
  if (!compliance.data) return <span className="muted">{t('common.loading')}</span>;
  const period = latestPeriod(compliance.data.periods);
  if (!period) return <span className="muted">{t('sla.compliance.none')}</span>;
  return (
    <span>
      {period.period.label}: <ComplianceStatusText status={period.status} isRunning={period.isRunning} />
      {period.value !== null && <span className="muted"> ({formatPeriodValue(t, period, terms, i18n.language)})</span>}
    </span>
  );
}
