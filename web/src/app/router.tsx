import { createBrowserRouter } from 'react-router';
import { AccountsPage } from '../features/accounts/components/accounts-page';
import { ImportPage } from '../features/imports/components/import-page';
import { OverviewPage } from '../features/overview/components/overview-page';
import { PeoplePage } from '../features/people/components/people-page';
import { RelationshipsPage } from '../features/relationships/components/relationships-page';
import { ServiceMapPage } from '../features/service-map/components/service-map-page';
import { ServicesPage } from '../features/services/components/services-page';
import { LoginPage } from '../features/session/components/login-page';
import { RequireSession } from '../features/session/components/require-session';
import { UnitDetailPage } from '../features/units/components/unit-detail-page';
import { UnitsPage } from '../features/units/components/units-page';
import { AppLayout } from './app-layout';
import { NotFoundPage } from './not-found-page';

/** All routes: /login outside the frame, every other page inside it and behind a session. */
export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    children: [
      { index: true, element: <OverviewPage /> },
      { path: 'units', element: <UnitsPage /> },
      { path: 'units/:id', element: <UnitDetailPage /> },
      { path: 'people', element: <PeoplePage /> },
      { path: 'services', element: <ServicesPage /> },
      { path: 'relationships', element: <RelationshipsPage /> },
      { path: 'map', element: <ServiceMapPage /> },
      {
        path: 'import',
        element: (
          <RequireSession roles={['admin']}>
            <ImportPage />
          </RequireSession>
        ),
      },
      {
        path: 'accounts',
        element: (
          <RequireSession roles={['admin']}>
            <AccountsPage />
          </RequireSession>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
