import type { AudienceKind } from '../domain/interviewer.js';
import type { OpportunityStatus } from '../domain/opportunity.js';
import type { RoundFormat } from '../domain/round.js';

/** How the app names the domain's enum values to a person. */
export const formatLabels = {
  one_on_one: 'One-on-one',
  panel: 'Panel',
  presentation: 'Presentation',
  case_study: 'Case study',
  skills_test: 'Skills test',
  informal_meal: 'Informal meal',
  team_meet: 'Meet the team',
} satisfies Record<RoundFormat, string>;

export const audienceLabels = {
  recruiter: 'Recruiter or HR',
  hiring_manager: 'Hiring manager',
  executive: 'Executive',
  peer: 'Peer',
  cross_functional: 'Cross-functional partner',
  technical: 'Technical interviewer',
} satisfies Record<AudienceKind, string>;

export const opportunityStatusLabels = {
  preparing: 'Preparing',
  interviewing: 'Interviewing',
  offer: 'Offer',
  accepted: 'Accepted',
  declined: 'Declined',
  rejected: 'Not selected',
  withdrawn: 'Withdrawn',
  cold: 'Gone quiet',
} satisfies Record<OpportunityStatus, string>;

export const roundStatusLabels = {
  scheduled: 'Scheduled',
  completed: 'Done',
  cancelled: 'Cancelled',
} as const;
