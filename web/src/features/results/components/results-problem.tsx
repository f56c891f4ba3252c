import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api-client';
import { ErrorSummary } from '../../../shared/ui/error-summary';

/** Why results cannot be shown: not the lead's unit (403), wave not closed (409), nothing there (404), or another error. */
export function ResultsProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && [403, 404, 409].includes(error.status)) {
    const message = error.status === 403 ? t('results.forbidden') : error.status === 409 ? t('results.notClosed') : t('results.notFound');
    return (
      <p className="notice results-notice--warning" role="alert" data-testid="results-problem">
        {message}
      </p>
    );
  }
  return <ErrorSummary error={error} isFocused={false} />;
}

/** The message for a lead who opens another unit's page. */
export function OwnUnitOnly() {
  const { t } = useTranslation();
  return (
    <p className="notice results-notice--warning" role="alert" data-testid="results-problem">
      {t('results.forbidden')}
    </p>
  );
}

/** No wave has closed yet, so there is nothing to show. */
export function NoClosedWave() {
  const { t } = useTranslation();
  return (
    <p className="notice" data-testid="results-empty">
      {t('results.noWaves')}
    </p>
  );
}
