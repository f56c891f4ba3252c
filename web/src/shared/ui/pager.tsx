import { useTranslation } from 'react-i18next';

interface PagerProps {
  page: number;
  pageCount: number;
  onPageChange: (page: number) => void;
  label: string;
}

/** "Page X of Y" with previous/next buttons. */
export function Pager({ page, pageCount, onPageChange, label }: PagerProps) {
  const { t } = useTranslation();
  const lastPage = Math.max(1, pageCount);
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" className="button" disabled={page <= 1} onClick={() => onPageChange(page - 1)}>
        {t('common.previous')}
      </button>
      <span className="pager__status" aria-live="polite">
        {t('common.pageOf', { page, total: lastPage })}
      </span>
      <button type="button" className="button" disabled={page >= lastPage} onClick={() => onPageChange(page + 1)}>
        {t('common.next')}
      </button>
    </nav>
  );
}
