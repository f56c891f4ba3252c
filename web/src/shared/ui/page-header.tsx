import type { ReactNode } from 'react';
import { usePageTitle } from '../use-page-title';

interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  /** Shown above the title, e.g. a breadcrumb. */
  above?: ReactNode;
}

/** The page's h1 (also the document title), a short description and page actions. */
export function PageHeader({ title, description, actions, above }: PageHeaderProps) {
  usePageTitle(title);
  return (
    <header className="page-header">
      {above}
      <div className="page-header__row">
        <h1 className="page-header__title" tabIndex={-1}>
          {title}
        </h1>
        {actions && <div className="page-header__actions">{actions}</div>}
      </div>
      {description && <p className="page-header__description">{description}</p>}
    </header>
  );
}
