import { useTranslation } from 'react-i18next';
import type { ActionStatus } from '../api';

const styles: Record<ActionStatus, string> = { open: '', 'in-progress': 'badge--update', done: 'badge--success', dropped: '' };

/** The action's status as a badge (the text carries it; the colour only repeats it). */
export function ActionStatusBadge({ status }: { status: ActionStatus }) {
  const { t } = useTranslation();
  return <span className={`badge ${styles[status]}`}>{t(`actions.statuses.${status}`)}</span>;
}

/** "Overdue" as a badge, in words. */
export function OverdueBadge() {
  const { t } = useTranslation();
  return <span className="badge badge--danger">{t('actions.overdue')}</span>;
}
