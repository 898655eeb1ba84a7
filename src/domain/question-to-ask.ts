import { z } from 'zod';
import { defineEntity } from './entity.js';
import { idSchema, longText, optional } from './common.js';

export const askCategories = [
  'team',
  'role',
  'culture',
  'growth',
  'next_steps',
  'strategy',
  'compensation',
  'logistics',
  'company_basics',
] as const;

/** A question the candidate means to ask, and whom. */
export const questionToAskEntity = defineEntity({
  kind: 'questionToAsk',
  collection: 'questions-to-ask',
  label: 'question to ask',
  references: {
    opportunityId: { kind: 'opportunity', required: true },
    askedInRoundId: { kind: 'round', required: false },
  },
  fields: z.object({
    question: z.string().trim().min(1, 'must not be empty').max(2_000),
    category: optional(z.enum(askCategories)),
    /** Interviewers this question is meant for; empty means anyone. */
    targetInterviewerIds: z.array(idSchema).max(50).default([]),
    answerNotes: optional(longText),
  }),
});

export type QuestionToAsk = z.output<typeof questionToAskEntity.record>;
export type AskCategory = (typeof askCategories)[number];
