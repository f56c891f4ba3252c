import { useTranslation } from 'react-i18next';
import type { ComplianceStatus, PerceptionFlag } from '../api';
import { flagClass, periodStatusText, statusClass, statusIcon } from '../compliance-text';

/** A period's status in words, with a symbol and colour only in addition. */
export function ComplianceStatusText({ status, isRunning = false }: { status: ComplianceStatus; isRunning?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={statusClass(status)}>
      <span aria-hidden="true" className="sla-status__icon">
        {statusIcon(status)}
      </span>
      {periodStatusText(t, { status, isRunning })}
    </span>
  );
}

/** An SLA-beside-perception flag in words, coloured in addition. */
export function FlagText({ flag, label }: { flag: PerceptionFlag; label: string }) {
  return <span className={flagClass(flag)}>{label}</span>;
}
