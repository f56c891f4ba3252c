import { useTranslation } from 'react-i18next';
import { Card } from '../../../shared/ui/card';
import type { ProviderReport } from '../api';
import { formatInterval, formatMean, formatShare, formatSigned, formatWhole } from '../format';

/** Overall satisfaction, the satisfaction index and the internal NPS, each with what it is based on. */
export function KeyFigures({ report }: { report: ProviderReport }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const { overall, nps, satisfactionIndex } = report;
  const hidden = t('results.hiddenAnonymity');
  return (
    <Card title={t('results.provider.keyFigures')}>
      <dl className="summary-list key-figures" data-testid="key-figures">
        <div className="summary-list__item">
          <dt>{t('results.provider.overall')}</dt>
          <dd>
            <span className="key-figures__value">{overall ? formatMean(overall.mean, language) : hidden}</span>
            {overall && (
              <span className="key-figures__hint">
                {t('results.provider.overallHint', { interval: formatInterval(overall.confidenceInterval, language), n: overall.n })}
              </span>
            )}
          </dd>
        </div>
        <div className="summary-list__item">
          <dt>{t('results.provider.index')}</dt>
          <dd>
            <span className="key-figures__value">{satisfactionIndex === null ? '–' : formatWhole(satisfactionIndex, language)}</span>
            <span className="key-figures__hint">{t('results.provider.indexHint')}</span>
          </dd>
        </div>
        <div className="summary-list__item">
          <dt>{t('results.provider.nps')}</dt>
          <dd>
            <span className="key-figures__value">{nps ? formatSigned(nps.score, language, 0) : hidden}</span>
            {nps?.shares && (
              <span className="key-figures__hint">
                {t('results.provider.npsHint', {
                  promoters: formatShare(nps.shares.promoters, language),
                  passives: formatShare(nps.shares.passives, language),
                  detractors: formatShare(nps.shares.detractors, language),
                  n: nps.n,
                })}
              </span>
            )}
          </dd>
        </div>
      </dl>
      <p className="field__hint">{t('results.provider.npsExplained')}</p>
    </Card>
  );
}
