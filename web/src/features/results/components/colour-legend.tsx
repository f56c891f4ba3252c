import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { heatBins } from '../colour-scale';
import { formatMean } from '../format';
import { CUSTOMER_ONLY_COLOUR, NO_FIGURE_COLOUR, NODE_BORDER_COLOUR } from '../score-map-model';

/**
 * The colour scale as a list: each step with its range, plus the hidden and empty cells of
 * the heatmap, or the grey and white nodes of the score map.
 */
export function ColourLegend({ variant = 'heatmap' }: { variant?: 'heatmap' | 'map' }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const id = useId();
  return (
    <div className="heat-legend" data-testid={`${variant}-legend`}>
      <p id={id} className="heat-legend__title">
        {t(variant === 'heatmap' ? 'results.heatmap.legend' : 'results.scoreMap.legend')}
      </p>
      <ul className="heat-legend__list" aria-labelledby={id}>
        {heatBins.map((bin) => (
          <li key={bin.lower} className="heat-legend__item">
            <span className="heat-legend__swatch" style={{ backgroundColor: bin.background }} aria-hidden="true" />
            {t('results.heatmap.legendRange', { from: formatMean(bin.lower, language), to: formatMean(bin.upper, language) })}
          </li>
        ))}
        {variant === 'heatmap' ? (
          <>
            <li className="heat-legend__item">
              <span className="heat-legend__swatch heat-cell--hidden" aria-hidden="true" />
              {t('results.hiddenAnonymity')}
            </li>
            <li className="heat-legend__item">
              <span className="heat-legend__swatch heat-legend__swatch--empty" aria-hidden="true" />
              {t('results.heatmap.legendEmpty')}
            </li>
          </>
        ) : (
          <>
            <li className="heat-legend__item">
              <span
                className="heat-legend__swatch heat-legend__swatch--round"
                style={{ backgroundColor: NO_FIGURE_COLOUR, borderColor: NODE_BORDER_COLOUR }}
                aria-hidden="true"
              />
              {t('results.scoreMap.noFigure')}
            </li>
            <li className="heat-legend__item">
              <span
                className="heat-legend__swatch heat-legend__swatch--round"
                style={{ backgroundColor: CUSTOMER_ONLY_COLOUR, borderColor: NODE_BORDER_COLOUR }}
                aria-hidden="true"
              />
              {t('results.scoreMap.customerOnly')}
            </li>
          </>
        )}
      </ul>
      <p className="field__hint">{t(variant === 'heatmap' ? 'results.heatmap.legendHint' : 'results.scoreMap.legendHint')}</p>
    </div>
  );
}
