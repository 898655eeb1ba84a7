import type { AudienceKind } from '../domain/interviewer.js';
import type { OpportunityStatus } from '../domain/opportunity.js';
import type { AskCategory } from '../domain/question-to-ask.js';
import type { RoundFormat } from '../domain/round.js';
import type { ThankYouNote } from '../domain/thank-you-note.js';

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

export const askCategoryLabels = {
  team: 'The team',
  role: 'The role',
  culture: 'Culture',
  growth: 'Growth',
  next_steps: 'Next steps',
  strategy: 'Strategy',
  compensation: 'Pay and benefits',
  logistics: 'Logistics',
  company_basics: 'Company basics',
} satisfies Record<AskCategory, string>;

export const thankYouStatusLabels = {
  draft: 'Draft',
  ready: 'Ready to send',
  sent: 'Sent',
} satisfies Record<ThankYouNote['status'], string>;
