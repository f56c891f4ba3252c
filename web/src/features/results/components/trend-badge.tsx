import { useTranslation } from 'react-i18next';
import type { TrendStep } from '../api';
import { formatSigned } from '../format';

const icons: Record<TrendStep['label'] | 'first', string> = {
  improved: '↑',
  worsened: '↓',
  'no-clear-change': '→',
  'too-few-answers': '·',
  first: '',
};

/** The trend since the previous wave in words (with an arrow and the difference); colour only repeats the word. */
export function TrendBadge({ word, step }: { word: TrendStep['label'] | 'first' | null; step?: TrendStep | null }) {
  const { t, i18n } = useTranslation();
  if (word === null) return <span className="muted">–</span>;
  const language = i18n.resolvedLanguage ?? 'en';
  const difference = step?.difference ?? null;
  return (
    <span className={`trend trend--${word}`} data-testid="trend-label" data-trend={word}>
      {icons[word] !== '' && <span aria-hidden="true">{icons[word]} </span>}
      {t(`results.trendLabels.${word}`)}
      {difference !== null && <span className="trend__difference"> ({formatSigned(difference, language)})</span>}
    </span>
  );
}
