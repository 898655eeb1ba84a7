import { z } from 'zod';
import { defineEntity } from './entity.js';
import { instantSchema, longText, optional, ratingSchema } from './common.js';

export const practiceModes = ['typed', 'spoken'] as const;

/** One practice answer to one question, typed or spoken. */
export const practiceAttemptEntity = defineEntity({
  kind: 'practiceAttempt',
  collection: 'practice-attempts',
  label: 'practice attempt',
  references: {
    opportunityId: { kind: 'opportunity', required: false },
    roundId: { kind: 'round', required: false },
    storyId: { kind: 'story', required: false },
  },
  fields: z.object({
    question: z.string().trim().min(1, 'must not be empty').max(2_000),
    mode: z.enum(practiceModes).default('typed'),
    transcript: z.string().max(100_000).default(''),
    durationSeconds: optional(
      z
        .number()
        .min(0)
        .max(4 * 3600),
    ),
    selfRating: optional(ratingSchema),
    /** The recording's file name inside the data directory, for spoken attempts. */
    recordingFile: optional(z.string().max(500)),
    attemptedAt: optional(instantSchema),
    notes: optional(longText),
  }),
});

export type PracticeAttempt = z.output<typeof practiceAttemptEntity.record>;
