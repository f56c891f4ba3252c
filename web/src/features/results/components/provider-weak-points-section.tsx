import { useTranslation } from 'react-i18next';
import { Card } from '../../../shared/ui/card';
import { LoadState } from '../../../shared/ui/status';
import { useResource } from '../../../shared/use-resource';
import { fetchWeakPoints } from '../api';
import { formatMean } from '../format';
import { WeakPointsTable } from './weak-points-table';

/** The provider's weak points in the wave (below the target), each with a link to plan an action on it. */
export function ProviderWeakPointsSection({ waveId, providerId, query }: { waveId: string; providerId: string; query: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  // Ranked company-wide; the server keeps only what the viewer may see, this page only this provider.
  const weakPoints = useResource((signal) => fetchWeakPoints(waveId, { limit: 500 }, signal), [waveId]);
  const points = weakPoints.data?.belowTarget.filter((point) => point.providerId === providerId) ?? [];
  return (
    <Card title={t('results.provider.weakPoints')}>
      <LoadState isLoading={weakPoints.isLoading && !weakPoints.data} error={weakPoints.error} />
      {weakPoints.data &&
        (points.length === 0 ? (
          <p className="muted">{t('results.overview.noneBelowTarget', { target: formatMean(weakPoints.data.target, language) })}</p>
        ) : (
          <WeakPointsTable
            points={points}
            caption={t('results.overview.belowTarget', { target: formatMean(weakPoints.data.target, language) })}
            referenceLabel={t('results.overview.target')}
            query={query}
            waveId={weakPoints.data.wave.id}
            testId="provider-weak-points"
          />
        ))}
    </Card>
  );
}
