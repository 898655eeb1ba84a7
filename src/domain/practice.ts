import { z } from 'zod';
import { defineEntity } from './entity.js';
import { instantSchema, longText, optional, ratingSchema } from './common.js';

export const practiceModes = ['typed', 'spoken'] as const;

const count = z.number().int().min(0).max(1_000_000);
const seconds = z
  .number()
  .min(0)
  .max(4 * 3600);
const perMinute = z.number().min(0).max(10_000);

/**
 * What the coach found in an attempt's words when it was made, kept with the attempt so the
 * progress charts show what the candidate saw then, even after the coach changes.
 */
export const answerSnapshotSchema = z.strictObject({
  words: count,
  wordsPerMinute: optional(perMinute),
  fillersPerMinute: perMinute,
  hedges: count,
  /** Which STAR parts the answer has. */
  star: z.strictObject({
    situation: z.boolean(),
    task: z.boolean(),
    action: z.boolean(),
    result: z.boolean(),
  }),
  resultQuantified: z.boolean(),
  /** The kinds of finding, most serious first as the coach listed them. */
  findings: z.array(z.string().max(100)).max(100),
});

/** What was measured on a spoken attempt's recording itself, without a transcript. */
export const deliverySnapshotSchema = z.strictObject({
  speakingSeconds: seconds,
  pauses: count,
  longestPauseSeconds: seconds,
  longPauses: count,
  timeToFirstWordSeconds: optional(seconds),
});

export type AnswerSnapshot = z.output<typeof answerSnapshotSchema>;
export type DeliverySnapshot = z.output<typeof deliverySnapshotSchema>;

/** How a recording's file is named: `recordings/<name>.<ext>`, name letters, digits, `_` or `-`. */
export const recordingFilePattern = /^recordings\/[A-Za-z0-9_-]+\.(?:webm|ogg|wav)$/;

const recordingFileSchema = z
  .string()
  .max(500)
  .regex(
    recordingFilePattern,
    'must be recordings/<name>.webm, .ogg or .wav, the name made of letters, digits, _ and -',
  );

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
    /**
     * The recording's file inside the data directory, for spoken attempts: always
     * `recordings/<name>.<webm|ogg|wav>`, so no value can point anywhere else on the disk.
     */
    recordingFile: optional(recordingFileSchema),
    attemptedAt: optional(instantSchema),
    notes: optional(longText),
    /** The coach's analysis of the transcript when the attempt was made. */
    analysis: optional(answerSnapshotSchema),
    /** The delivery measured on the recording, for spoken attempts. */
    delivery: optional(deliverySnapshotSchema),
    /** Where the transcript came from when not typed: `pocketsphinx`, `openai-compatible`. */
    transcriber: optional(z.string().max(100)),
  }),
});

export type PracticeAttempt = z.output<typeof practiceAttemptEntity.record>;
