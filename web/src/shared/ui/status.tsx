import { useTranslation } from 'react-i18next';
import { ApiError } from '../api-client';
import { ErrorSummary } from './error-summary';

/** A polite "Loading…" status line. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="status" role="status">
      {t('common.loading')}
    </p>
  );
}

interface LoadStateProps {
  isLoading: boolean;
  error: unknown;
}

/** Shows loading or the load error; renders nothing once data is there. */
export function LoadState({ isLoading, error }: LoadStateProps) {
  if (error !== undefined) return <ErrorSummary error={error} isFocused={false} />;
  if (isLoading) return <Loading />;
  return null;
}

interface ProblemNoticeProps extends LoadStateProps {
  /** What a 404 (or a finished load without the thing) says; "This does not exist (any more)." by default. */
  notFound?: string;
  /** Who may see this instead, for a 403; a general line by default. */
  notAllowed?: string;
}

/**
 * Loading, or why a page cannot show what was asked for: a calm notice for 403 and 404 (a link
 * to something one may not see, or that is gone, is no failure), the error summary otherwise.
 */
export function ProblemNotice({ isLoading, error, notFound, notAllowed }: ProblemNoticeProps) {
  const { t } = useTranslation();
  const status = error instanceof ApiError ? error.status : undefined;
  if (status === 403) {
    return (
      <div className="notice" role="status">
        <p className="notice__title">{t('errors.notAvailableTitle')}</p>
        <p>{notAllowed ?? t('errors.notAvailable')}</p>
      </div>
    );
  }
  if (status === 404 || (!isLoading && error === undefined)) {
    return (
      <p className="notice" role="status">
        {notFound ?? t('errors.gone')}
      </p>
    );
  }
  return <LoadState isLoading={isLoading} error={error} />;
}
