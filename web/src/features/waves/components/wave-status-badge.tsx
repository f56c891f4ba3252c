import { useTranslation } from 'react-i18next';
import { formatMoment } from '../../../shared/dates';
import type { WaveStatus } from '../api';

const styles: Record<WaveStatus, string> = { draft: 'badge--update', open: 'badge--success', closed: '', archived: '' };

/** The wave's state as a badge. */
export function WaveStatusBadge({ status }: { status: WaveStatus }) {
  const { t } = useTranslation();
  return <span className={`badge ${styles[status]}`}>{t(`waves.statuses.${status}`)}</span>;
}

/** A time in the reader's language and time zone, or a dash. */
export function WaveTime({ iso }: { iso: string | null }) {
  const { t, i18n } = useTranslation();
  if (iso === null) return <>{t('waves.notSet')}</>;
  return <time dateTime={iso}>{formatMoment(iso, i18n.resolvedLanguage ?? 'en')}</time>;
}
