import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { Layout } from './components/layout.js';
import { AfterRoundPage } from './pages/after-round-page.js';
import { BriefPage } from './pages/brief-page.js';
import { NewOpportunityPage } from './pages/new-opportunity-page.js';
import { NotFoundPage } from './pages/not-found-page.js';
import { OpportunityListPage } from './pages/opportunity-list-page.js';
import { OpportunityPage } from './pages/opportunity-page.js';
import { PracticePage } from './pages/practice-page.js';
import { PrepPage } from './pages/prep-page.js';
import { ReflectionPage } from './pages/reflection-page.js';
import { RoleFitPage } from './pages/role-fit-page.js';
import { RoundDebriefPage } from './pages/round-debrief-page.js';
import { RoundPlanPage } from './pages/round-plan-page.js';
import { StoryEditorPage } from './pages/story-editor-page.js';
import { StoryListPage } from './pages/story-list-page.js';
import { pagePaths } from './paths.js';

/**
 * Every page of the app. A new page is its path in paths.ts, one line here and its component in
 * pages/.
 */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <OpportunityListPage /> },
      { path: pagePaths.newOpportunity, element: <NewOpportunityPage /> },
      { path: pagePaths.opportunity, element: <OpportunityPage /> },
      { path: pagePaths.roleFit, element: <RoleFitPage /> },
      { path: pagePaths.brief, element: <BriefPage /> },
      { path: pagePaths.afterRound, element: <AfterRoundPage /> },
      { path: pagePaths.prep, element: <PrepPage /> },
      { path: pagePaths.practice, element: <PracticePage /> },
      { path: pagePaths.roundPlan, element: <RoundPlanPage /> },
      { path: pagePaths.roundDebrief, element: <RoundDebriefPage /> },
      { path: pagePaths.reflection, element: <ReflectionPage /> },
      { path: pagePaths.stories, element: <StoryListPage /> },
      { path: pagePaths.newStory, element: <StoryEditorPage /> },
      { path: pagePaths.story, element: <StoryEditorPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

const router = createBrowserRouter(routes);

export function App() {
  return <RouterProvider router={router} />;
}
