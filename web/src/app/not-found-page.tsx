import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../shared/ui/page-header';

/** Shown for paths no route knows. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('errors.notFoundTitle')} description={t('errors.notFound')} />
      <Link to="/">{t('nav.overview')}</Link>
    </>
  );
}
