import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation } from 'react-router';
import { useSession } from '../features/session/session-context';
import { LanguageSwitch } from './language-switch';
import { navigationItems } from './navigation';

/** The signed-in frame: skip link, header, side navigation and `<main>`. */
export function AppLayout() {
  const { t } = useTranslation();
  const { account, signOut } = useSession();
  const location = useLocation();
  const isFirstRender = useRef(true);

  // After in-app navigation, move focus to the new page's heading so screen readers announce it.
  useEffect(() => {
    if (isFirstRender.current) {
      isFirstRender.current = false;
      return;
    }
    const heading = document.querySelector<HTMLElement>('main h1');
    heading?.focus({ preventScroll: false });
  }, [location.pathname]);

  const items = navigationItems.filter((item) => !item.roles || (account && item.roles.includes(account.role)));
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('header.skipToContent')}
      </a>
      <header className="topbar">
        <NavLink to="/" className="brand" aria-label={t('header.home')}>
          eyelevel
        </NavLink>
        <div className="topbar__end">
          <LanguageSwitch />
          {account && (
            <span className="topbar__user">
              <span className="topbar__name">{account.name}</span>
              <span className="badge">{t(`roles.${account.role}`)}</span>
            </span>
          )}
          <button type="button" className="button button--quiet" onClick={() => void signOut()}>
            {t('header.signOut')}
          </button>
        </div>
      </header>
      <nav className="sidenav" aria-label={t('header.navigation')}>
        <ul className="sidenav__list">
          {items.map((item) => (
            <li key={item.path}>
              <NavLink to={item.path} end={item.path === '/'} className="sidenav__link">
                {t(item.labelKey)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="content" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
