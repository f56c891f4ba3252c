import type { ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import { AccountsPage } from '../features/accounts/components/accounts-page';
import { ActionCreatePage } from '../features/actions/components/action-create-page';
import { ActionDetailPage } from '../features/actions/components/action-detail-page';
import { ActionsPage } from '../features/actions/components/actions-page';
import { ImportPage } from '../features/imports/components/import-page';
import { OutboxPage } from '../features/outbox/components/outbox-page';
import { OverviewPage } from '../features/overview/components/overview-page';
import { PeoplePage } from '../features/people/components/people-page';
import { QuestionnaireEditorPage } from '../features/questionnaires/components/questionnaire-editor-page';
import { QuestionnairesPage } from '../features/questionnaires/components/questionnaires-page';
import { RelationshipsPage } from '../features/relationships/components/relationships-page';
import { CustomerPage } from '../features/results/components/customer-page';
import { HeatmapPage } from '../features/results/components/heatmap-page';
import { ProviderPage } from '../features/results/components/provider-page';
import { ResultsOverviewPage } from '../features/results/components/results-overview-page';
import { RetrospectiveDetailPage } from '../features/retrospectives/components/retrospective-detail-page';
import { RetrospectivesPage } from '../features/retrospectives/components/retrospectives-page';
import { ServiceMapPage } from '../features/service-map/components/service-map-page';
import { ServicesPage } from '../features/services/components/services-page';
import { LoginPage } from '../features/session/components/login-page';
import { IntegrationsPage } from '../features/sla/components/integrations-page';
import { RelationshipSlaPage } from '../features/sla/components/relationship-sla-page';
import { SlaOverviewPage } from '../features/sla/components/sla-overview-page';
import { RequireSession } from '../features/session/components/require-session';
import { UnitDetailPage } from '../features/units/components/unit-detail-page';
import { UnitsPage } from '../features/units/components/units-page';
import { WaveDetailPage } from '../features/waves/components/wave-detail-page';
import { WavesPage } from '../features/waves/components/waves-page';
import { AppLayout } from './app-layout';
import { NotFoundPage } from './not-found-page';

/** A page for admins only; other roles see "not allowed". */
function adminOnly(page: ReactNode) {
  return <RequireSession roles={['admin']}>{page}</RequireSession>;
}

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
      { path: 'results', element: <ResultsOverviewPage /> },
      { path: 'results/heatmap', element: <HeatmapPage /> },
      { path: 'results/providers/:unitId', element: <ProviderPage /> },
      { path: 'results/customers/:unitId', element: <CustomerPage /> },
      { path: 'actions', element: <ActionsPage /> },
      { path: 'actions/new', element: <ActionCreatePage /> },
      { path: 'actions/:id', element: <ActionDetailPage /> },
      { path: 'sla', element: <SlaOverviewPage /> },
      { path: 'sla/relationships/:relationshipId', element: <RelationshipSlaPage /> },
      { path: 'retrospectives', element: <RetrospectivesPage /> },
      { path: 'retrospectives/:id', element: <RetrospectiveDetailPage /> },
      { path: 'integrations', element: adminOnly(<IntegrationsPage />) },
      { path: 'waves', element: adminOnly(<WavesPage />) },
      { path: 'waves/:id', element: adminOnly(<WaveDetailPage />) },
      { path: 'questionnaires', element: adminOnly(<QuestionnairesPage />) },
      { path: 'questionnaires/:id/versions/:versionId', element: adminOnly(<QuestionnaireEditorPage />) },
      { path: 'outbox', element: adminOnly(<OutboxPage />) },
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
