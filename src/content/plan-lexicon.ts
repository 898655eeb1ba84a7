import type { RoundFormat } from '../domain/round.js';
import type { AudienceKind } from '../domain/interviewer.js';
import type { QuestionType } from '../domain/question-bank.js';
import type { CompetencyId } from './competencies.js';

/** What each kind of interviewer tends to probe, in our own words, and how the plan weighs it. */
export interface AudienceFocus {
  /** One sentence shown as the reason behind this interviewer's questions. */
  readonly summary: string;
  /** Extra weight for question types this audience asks. */
  readonly types: Partial<Record<QuestionType, number>>;
  /** Competencies this audience listens for. */
  readonly competencies: readonly CompetencyId[];
}

export const audienceFocus: Record<AudienceKind | 'unknown', AudienceFocus> = {
  executive: {
    summary:
      'Executives test strategy, judgement and what you would change in your first six months.',
    types: { second_round: 3, career_goals: 1, culture_fit: 1, situational: 1, behavioral: 1 },
    competencies: [
      'strategic-thinking',
      'leadership',
      'commercial-awareness',
      'change-management',
      'decision-making',
    ],
  },
  hiring_manager: {
    summary:
      'The hiring manager tests how you would do this job here: depth in the role, your first 90 days, how you work.',
    types: { role_specific: 3, second_round: 3, behavioral: 2, situational: 2 },
    competencies: [
      'ownership',
      'prioritisation',
      'planning',
      'problem-solving',
      'delivery-under-pressure',
    ],
  },
  peer: {
    summary:
      'Peers want to know what you are like to work with: collaboration, disagreements, the day to day.',
    types: { behavioral: 2, culture_fit: 2, situational: 1 },
    competencies: [
      'teamwork',
      'conflict-resolution',
      'communication',
      'cross-functional-collaboration',
    ],
  },
  cross_functional: {
    summary:
      'Colleagues from other teams look at how you work across functions and bring people along.',
    types: { behavioral: 2, situational: 2, culture_fit: 1 },
    competencies: [
      'cross-functional-collaboration',
      'stakeholder-management',
      'communication',
      'influence-without-authority',
    ],
  },
  recruiter: {
    summary: 'Recruiters and HR check motivation, fit, salary expectations and next steps.',
    types: { motivation: 3, culture_fit: 2, salary: 2, career_goals: 2 },
    competencies: ['motivation-fit', 'self-awareness'],
  },
  technical: {
    summary:
      'Technical interviewers probe the skills the posting names and how you solve problems.',
    types: { technical_general: 3, role_specific: 3, case_study: 1, behavioral: 1 },
    competencies: ['technical-depth', 'problem-solving', 'attention-to-detail'],
  },
  unknown: {
    summary: 'Without knowing this interviewer’s role, expect the usual second-round mix.',
    types: { behavioral: 2, second_round: 1, situational: 1 },
    competencies: ['problem-solving', 'ownership', 'communication'],
  },
};

/** Question types a round's format makes likely, and why. */
export const formatFocus: Partial<
  Record<RoundFormat, { types: Partial<Record<QuestionType, number>>; reason: string }>
> = {
  presentation: {
    types: { presentation_qa: 4 },
    reason: 'the round includes your presentation, so expect questions on it',
  },
  case_study: { types: { case_study: 4 }, reason: 'the round includes a case study' },
  panel: {
    types: { panel: 2 },
    reason: 'a panel: expect questions that test how you address several people',
  },
  informal_meal: {
    types: { culture_fit: 2 },
    reason: 'an informal meal tests fit and conversation as much as skills',
  },
  team_meet: {
    types: { culture_fit: 1, behavioral: 1 },
    reason: 'meeting the team: expect questions on how you work together',
  },
  skills_test: { types: { technical_general: 2 }, reason: 'the round includes a skills test' },
};

/** Question types that call for a story from the bank. */
export const storyQuestionTypes: readonly QuestionType[] = [
  'behavioral',
  'situational',
  'panel',
  'role_specific',
  'culture_fit',
];
