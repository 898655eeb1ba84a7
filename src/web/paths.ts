import { matchPath } from 'react-router';

/** The path pattern of every page of the app; `app.tsx` routes them, links are checked against them. */
export const pagePaths = {
  newOpportunity: '/opportunities/new',
  opportunity: '/opportunities/:opportunityId',
  roleFit: '/opportunities/:opportunityId/fit',
  brief: '/opportunities/:opportunityId/brief',
  afterRound: '/opportunities/:opportunityId/follow-up',
  prep: '/opportunities/:opportunityId/prep',
  practice: '/practice',
  roundPlan: '/rounds/:roundId/plan',
  roundDebrief: '/rounds/:roundId/debrief',
  reflection: '/rounds/:roundId/reflection',
  stories: '/stories',
  newStory: '/stories/new',
  story: '/stories/:storyId',
} as const;

/**
 * Whether a link the server suggests (a readiness item's, `/opportunities/…/research`) leads to a
 * page this web app has. Some steps of the journey have no page yet; their links are not shown.
 */
export function isAppPage(link: string): boolean {
  const pathname = link.split(/[?#]/)[0] ?? '';
  if (pathname === '/') return true;
  return Object.values(pagePaths).some((pattern) => matchPath(pattern, pathname) !== null);
}
