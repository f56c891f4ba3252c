import type { Role } from '../features/session/api';

/** One entry of the side navigation; `roles` limits who sees it. */
export interface NavigationItem {
  path: string;
  labelKey:
    | 'nav.overview'
    | 'nav.units'
    | 'nav.people'
    | 'nav.services'
    | 'nav.relationships'
    | 'nav.serviceMap'
    | 'nav.import'
    | 'nav.accounts'
    | 'waves.nav'
    | 'questionnaires.nav'
    | 'outbox.nav'
    | 'results.nav'
    | 'actions.nav'
    | 'sla.nav'
    | 'retrospectives.nav'
    | 'sla.integrationsNav';
  roles?: Role[];
}

export const navigationItems: NavigationItem[] = [
  { path: '/', labelKey: 'nav.overview' },
  { path: '/units', labelKey: 'nav.units' },
  { path: '/people', labelKey: 'nav.people' },
  { path: '/services', labelKey: 'nav.services' },
  { path: '/relationships', labelKey: 'nav.relationships' },
  { path: '/map', labelKey: 'nav.serviceMap' },
  { path: '/results', labelKey: 'results.nav' },
  { path: '/actions', labelKey: 'actions.nav' },
  { path: '/sla', labelKey: 'sla.nav' },
  { path: '/retrospectives', labelKey: 'retrospectives.nav' },
  { path: '/waves', labelKey: 'waves.nav', roles: ['admin'] },
  { path: '/questionnaires', labelKey: 'questionnaires.nav', roles: ['admin'] },
  { path: '/outbox', labelKey: 'outbox.nav', roles: ['admin'] },
  { path: '/import', labelKey: 'nav.import', roles: ['admin'] },
  { path: '/integrations', labelKey: 'sla.integrationsNav', roles: ['admin'] },
  { path: '/accounts', labelKey: 'nav.accounts', roles: ['admin'] },
];
