import { useTranslation } from 'react-i18next';
import type { Retrospective } from '../api';

/** Draft or completed, as a badge. */
export function RetrospectiveStatusBadge({ status }: { status: Retrospective['status'] }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${status === 'completed' ? 'badge--success' : 'badge--update'}`}>{t(`retrospectives.statuses.${status}`)}</span>
  );
}
