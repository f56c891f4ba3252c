import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { heatBins } from '../colour-scale';
import { formatMean } from '../format';

/** The colour scale as a list: each step with its range, plus the hidden and empty cells. */
export function ColourLegend() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const id = useId();
  return (
    <div className="heat-legend">
      <p id={id} className="heat-legend__title">
        {t('results.heatmap.legend')}
      </p>
      <ul className="heat-legend__list" aria-labelledby={id}>
        {heatBins.map((bin) => (
          <li key={bin.lower} className="heat-legend__item">
            <span className="heat-legend__swatch" style={{ backgroundColor: bin.background }} aria-hidden="true" />
            {t('results.heatmap.legendRange', { from: formatMean(bin.lower, language), to: formatMean(bin.upper, language) })}
          </li>
        ))}
        <li className="heat-legend__item">
          <span className="heat-legend__swatch heat-cell--hidden" aria-hidden="true" />
          {t('results.hiddenAnonymity')}
        </li>
        <li className="heat-legend__item">
          <span className="heat-legend__swatch heat-legend__swatch--empty" aria-hidden="true" />
          {t('results.heatmap.legendEmpty')}
        </li>
      </ul>
      <p className="field__hint">{t('results.heatmap.legendHint')}</p>
    </div>
  );
}
