import { useTranslation } from 'react-i18next';
import type { VersionStatus } from '../api';

/** "Draft" or "Frozen" as a badge. */
export function VersionBadge({ status }: { status: VersionStatus }) {
  const { t } = useTranslation();
  return <span className={`badge ${status === 'draft' ? 'badge--update' : ''}`}>{t(`questionnaires.statuses.${status}`)}</span>;
}
