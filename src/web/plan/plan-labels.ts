import type { QuestionOrigin } from '../../coach/plan-types.js';
import type { QuestionType } from '../../domain/question-bank.js';

/** Where a likely question comes from, when it is more than the bank's usual questions. */
export const originLabels = {
  bank: null,
  follow_up: 'Follow-up on an earlier answer',
  missed_point: 'Your chance for a missed point',
  concern: 'Their concern',
  posting_gap: 'A gap in the posting',
} satisfies Record<QuestionOrigin, string | null>;

export const questionTypeLabels = {
  behavioral: 'Behavioural',
  situational: 'Situational',
  technical_general: 'Technical',
  culture_fit: 'Culture fit',
  role_specific: 'About the role',
  motivation: 'Motivation',
  career_goals: 'Career goals',
  salary: 'Pay',
  second_round: 'Second-round',
  presentation_qa: 'On your presentation',
  case_study: 'Case study',
  panel: 'Panel',
  follow_up: 'Follow-up',
} satisfies Record<QuestionType | 'follow_up', string>;
