import { z } from 'zod';
import { idSchema } from './common.js';
import { audienceKinds } from './interviewer.js';
import { askCategories } from './question-to-ask.js';

/** The kinds of question an interviewer asks in a second round. */
export const questionTypes = [
  'behavioral',
  'situational',
  'technical_general',
  'culture_fit',
  'role_specific',
  'motivation',
  'career_goals',
  'salary',
  'second_round',
  'presentation_qa',
  'case_study',
  'panel',
] as const;

/**
 * Placeholders a role-specific question may contain, filled from the job posting and the
 * opportunity: "Walk us through how you have used {skill} on a real project."
 */
export const questionPlaceholders = ['skill', 'responsibility', 'company', 'role'] as const;

/** When a question to ask fits: pay and benefits only once there is an offer. */
export const askTimings = ['before_offer', 'after_offer', 'any'] as const;

const bankText = z.string().trim().min(1).max(600);

/** A skill or quality interviewers probe for, with the words that name it in postings and stories. */
export const competencySchema = z.object({
  id: idSchema,
  name: z.string().trim().min(1).max(100),
  description: bankText,
  /** Words and phrases that point to this competency in a posting or a story's tags. */
  keywords: z.array(z.string().trim().min(1).max(100)).min(1),
});

/** One question from the curated bank of questions a candidate may be asked. */
export const bankQuestionSchema = z.object({
  id: idSchema,
  text: bankText,
  type: z.enum(questionTypes),
  /** Ids of the competencies the question probes. */
  competencies: z.array(idSchema).min(1),
  /** Who usually asks it. */
  audiences: z.array(z.enum(audienceKinds)).min(1),
  /** What a good answer shows the interviewer. */
  listeningFor: bankText,
  followUps: z.array(bankText).optional(),
});

/** One question from the curated bank of questions a candidate can ask an interviewer. */
export const askBankQuestionSchema = z.object({
  id: idSchema,
  text: bankText,
  category: z.enum(askCategories),
  /** Whom it suits best. */
  audiences: z.array(z.enum(audienceKinds)).min(1),
  when: z.enum(askTimings),
  /** What asking it tells the candidate, or shows about them. */
  why: bankText,
});

export type QuestionType = (typeof questionTypes)[number];
export type QuestionPlaceholder = (typeof questionPlaceholders)[number];
export type AskTiming = (typeof askTimings)[number];
export type Competency = z.output<typeof competencySchema>;
export type BankQuestion = z.output<typeof bankQuestionSchema>;
export type AskBankQuestion = z.output<typeof askBankQuestionSchema>;
