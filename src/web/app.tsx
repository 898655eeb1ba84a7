import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { Layout } from './components/layout.js';
import { NewOpportunityPage } from './pages/new-opportunity-page.js';
import { NotFoundPage } from './pages/not-found-page.js';
import { OpportunityListPage } from './pages/opportunity-list-page.js';
import { OpportunityPage } from './pages/opportunity-page.js';
import { RoleFitPage } from './pages/role-fit-page.js';
import { RoundDebriefPage } from './pages/round-debrief-page.js';
import { RoundPlanPage } from './pages/round-plan-page.js';
import { StoryEditorPage } from './pages/story-editor-page.js';
import { StoryListPage } from './pages/story-list-page.js';

/** Every page of the app. A new page is one line here plus its component in pages/. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <OpportunityListPage /> },
      { path: 'opportunities/new', element: <NewOpportunityPage /> },
      { path: 'opportunities/:opportunityId', element: <OpportunityPage /> },
      { path: 'opportunities/:opportunityId/fit', element: <RoleFitPage /> },
      { path: 'rounds/:roundId/plan', element: <RoundPlanPage /> },
      { path: 'rounds/:roundId/debrief', element: <RoundDebriefPage /> },
      { path: 'stories', element: <StoryListPage /> },
      { path: 'stories/new', element: <StoryEditorPage /> },
      { path: 'stories/:storyId', element: <StoryEditorPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

const router = createBrowserRouter(routes);

export function App() {
  return <RouterProvider router={router} />;
}
