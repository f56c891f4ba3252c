import { useTranslation } from 'react-i18next';
import type { HeatmapCell } from '../api';
import { heatColour } from '../colour-scale';
import { formatMean } from '../format';

/** One heatmap cell: the mean printed on its colour (n in the tooltip and for screen readers), "hidden (anonymity)", or a dash. */
export function HeatCell({ cell }: { cell: HeatmapCell | undefined }) {
  const { t, i18n } = useTranslation();
  if (cell === null || cell === undefined) {
    return (
      <td className="heat-cell heat-cell--empty">
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{t('results.noAnswers')}</span>
      </td>
    );
  }
  if ('hidden' in cell) {
    return (
      <td className="heat-cell heat-cell--hidden" data-testid="hidden-cell">
        {t('results.hiddenAnonymity')}
      </td>
    );
  }
  const colour = heatColour(cell.mean);
  const count = t('results.count', { n: cell.n });
  return (
    <td className="heat-cell" style={{ backgroundColor: colour.background, color: colour.text }} title={count}>
      {formatMean(cell.mean, i18n.resolvedLanguage ?? 'en')}
      <span className="visually-hidden">, {count}</span>
    </td>
  );
}
