import { z } from 'zod';
import { defineEntity } from './entity.js';
import { localDateSchema, longText, optional, ratingSchema } from './common.js';

const roundOwner = { kind: 'round', required: true } as const;
const interviewerLink = { kind: 'interviewer', required: false } as const;

/** A question asked in a round, how the candidate answered, and how they rate that answer. */
export const debriefItemEntity = defineEntity({
  kind: 'debriefItem',
  collection: 'debrief-items',
  label: 'debrief item',
  references: {
    roundId: roundOwner,
    askedByInterviewerId: interviewerLink,
    /** The story the candidate told in answer. */
    storyId: { kind: 'story', required: false },
  },
  fields: z.object({
    question: z.string().trim().min(1, 'must not be empty').max(2_000),
    answerSummary: optional(longText),
    selfRating: optional(ratingSchema),
    followUpNeeded: z.boolean().default(false),
    notes: optional(longText),
  }),
});

/** Something the candidate meant to get across in a round and did not. */
export const missedPointEntity = defineEntity({
  kind: 'missedPoint',
  collection: 'missed-points',
  label: 'missed point',
  references: { roundId: roundOwner, interviewerId: interviewerLink },
  fields: z.object({
    point: z.string().trim().min(1, 'must not be empty').max(2_000),
    addressed: z.boolean().default(false),
  }),
});

/** Something the candidate promised in a round ("I'll send the deck"). */
export const promiseEntity = defineEntity({
  kind: 'promise',
  collection: 'promises',
  label: 'promise',
  references: { roundId: roundOwner, toInterviewerId: interviewerLink },
  fields: z.object({
    promise: z.string().trim().min(1, 'must not be empty').max(2_000),
    dueOn: optional(localDateSchema),
    kept: z.boolean().default(false),
  }),
});

export const feedbackTones = ['positive', 'neutral', 'concern'] as const;

/** Feedback the candidate received about a round, from an interviewer or a recruiter. */
export const feedbackEntity = defineEntity({
  kind: 'feedback',
  collection: 'feedback',
  label: 'feedback',
  references: { roundId: roundOwner, fromInterviewerId: interviewerLink },
  fields: z.object({
    feedback: z.string().trim().min(1, 'must not be empty').max(10_000),
    tone: z.enum(feedbackTones).default('neutral'),
  }),
});

export type DebriefItem = z.output<typeof debriefItemEntity.record>;
export type MissedPoint = z.output<typeof missedPointEntity.record>;
export type CandidatePromise = z.output<typeof promiseEntity.record>;
export type Feedback = z.output<typeof feedbackEntity.record>;
