import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** "Results / <page>": the way back to the results overview, keeping the chosen wave. */
export function ResultsBreadcrumb({ query, current }: { query: string; current: string }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('results.breadcrumb')} className="breadcrumb">
      <ol>
        <li>
          <Link to={`/results${query}`}>{t('results.title')}</Link>
        </li>
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
