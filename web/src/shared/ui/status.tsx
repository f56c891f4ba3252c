import { useTranslation } from 'react-i18next';
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
