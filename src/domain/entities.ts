import { debriefItemEntity, feedbackEntity, missedPointEntity, promiseEntity } from './debrief.js';
import { evidenceItemEntity } from './evidence.js';
import { followUpEntity } from './follow-up.js';
import {
  dayPlanEntity,
  personalWhyEntity,
  presentationPlanEntity,
  salaryPrepEntity,
} from './format-prep.js';
import { interviewerEntity, participationEntity } from './interviewer.js';
import { opportunityEntity } from './opportunity.js';
import { practiceAttemptEntity } from './practice.js';
import { questionToAskEntity } from './question-to-ask.js';
import { reflectionEntity } from './reflection.js';
import { rehearsalEntity } from './rehearsal.js';
import { companyResearchEntity, newsItemEntity } from './research.js';
import { roundEntity } from './round.js';
import { storyEntity } from './story.js';
import { thankYouNoteEntity } from './thank-you-note.js';

/**
 * Every kind of record in a workspace, owners before what they own: the order in which an import
 * inserts and an export lists them.
 */
export const entities = {
  opportunity: opportunityEntity,
  round: roundEntity,
  interviewer: interviewerEntity,
  participation: participationEntity,
  story: storyEntity,
  evidenceItem: evidenceItemEntity,
  debriefItem: debriefItemEntity,
  missedPoint: missedPointEntity,
  promise: promiseEntity,
  feedback: feedbackEntity,
  companyResearch: companyResearchEntity,
  newsItem: newsItemEntity,
  questionToAsk: questionToAskEntity,
  practiceAttempt: practiceAttemptEntity,
  thankYouNote: thankYouNoteEntity,
  reflection: reflectionEntity,
  salaryPrep: salaryPrepEntity,
  presentationPlan: presentationPlanEntity,
  rehearsal: rehearsalEntity,
  dayPlan: dayPlanEntity,
  personalWhy: personalWhyEntity,
  followUp: followUpEntity,
} as const;

export type Entities = typeof entities;
export type EntityKind = keyof Entities;
export const entityKinds = Object.keys(entities) as EntityKind[];
