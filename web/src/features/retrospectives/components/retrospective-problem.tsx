import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api-client';
import { LoadState } from '../../../shared/ui/status';

/** Loading, or why the page cannot be shown: a calm note for 403 and 404, the error summary otherwise. */
export function RetrospectiveProblem({ isLoading, error, notFound }: { isLoading: boolean; error: unknown; notFound?: string }) {
  const isMissing = !isLoading && error === undefined;
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 403) {
    return (
      <div className="notice" role="status">
        <p className="retro-notice__title">{t('retrospectives.notAllowedTitle')}</p>
        <p>{t('retrospectives.notAllowed')}</p>
      </div>
    );
  }
  if ((error instanceof ApiError && error.status === 404) || isMissing) {
    return (
      <p className="notice" role="status">
        {notFound ?? t('retrospectives.notFound')}
      </p>
    );
  }
  return <LoadState isLoading={isLoading} error={error} />;
}

/** A time in the reader's language and time zone. */
export function RetroTime({ iso, withTime = true }: { iso: string; withTime?: boolean }) {
  const { i18n } = useTranslation();
  return <time dateTime={iso}>{formatTime(iso, i18n.language, withTime)}</time>;
}

/** A time as text in the reader's language, as RetroTime shows it. */
export function formatTime(iso: string, language: string, withTime = true): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso;
  return new Intl.DateTimeFormat(language, withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' }).format(time);
}
