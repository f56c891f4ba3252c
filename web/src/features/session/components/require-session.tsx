import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { PageHeader } from '../../../shared/ui/page-header';
import { Loading } from '../../../shared/ui/status';
import type { Role } from '../api';
import { useSession } from '../session-context';

interface RequireSessionProps {
  children: ReactNode;
  /** When set, other roles see a "not allowed" message instead. */
  roles?: Role[];
}

/** Renders children for a signed-in account; otherwise sends the visitor to /login. */
export function RequireSession({ children, roles }: RequireSessionProps) {
  const { t } = useTranslation();
  const { status, account } = useSession();
  const location = useLocation();
  if (status === 'loading') return <Loading />;
  if (!account) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (roles && !roles.includes(account.role)) {
    return <PageHeader title={t('errors.forbiddenTitle')} description={t('errors.forbidden')} />;
  }
  return <>{children}</>;
}
