import { z } from 'zod';
import { postingFormats } from './posting.js';

/** Longest text an analysis accepts, in characters (see `maximumTextCharacters` in content/thresholds). */
export const MAX_ANALYSIS_CHARACTERS = 100_000;

const text = (what: string) =>
  z
    .string({ message: `${what} must be a string` })
    .max(
      MAX_ANALYSIS_CHARACTERS,
      `${what} is longer than ${MAX_ANALYSIS_CHARACTERS.toLocaleString('en-US')} characters`,
    )
    .refine((value) => value.trim() !== '', `${what} must not be empty`);

/** A caller's own label for an input, echoed on its result (JSON lines). */
const requestId = z.union([z.string().max(200), z.number()]).optional();

export const answerAnalysisRequest = z.strictObject({
  id: requestId,
  answer: text('answer'),
  question: z.string().max(2_000).optional(),
  seconds: z
    .number()
    .positive()
    .max(4 * 3600)
    .optional(),
});

export const askAnalysisRequest = z.strictObject({
  id: requestId,
  question: text('question'),
  stage: z.enum(['before_offer', 'after_offer']).default('before_offer'),
  roundOneQuestions: z.array(z.string().max(2_000)).max(200).optional(),
});

export const noteAnalysisRequest = z.strictObject({
  id: requestId,
  body: text('body'),
  interviewerName: z.string().max(300).optional(),
  conversationNotes: z.string().max(MAX_ANALYSIS_CHARACTERS).optional(),
  otherNotes: z.array(z.string().max(MAX_ANALYSIS_CHARACTERS)).max(50).optional(),
  interviewEndedAt: z.iso.datetime({ offset: true }).optional(),
  sentAt: z.iso.datetime({ offset: true }).optional(),
  dueAt: z.iso.datetime({ offset: true }).optional(),
  knownWords: z.array(z.string().max(200)).max(5_000).optional(),
});

/** Longest job posting accepted, in characters: a saved job-board page with its markup. */
export const MAX_POSTING_CHARACTERS = 2_000_000;

/** A job posting to read and extract: `{id?, text, format?}`; the format is detected when absent. */
export const jobAnalysisRequest = z.strictObject({
  id: requestId,
  text: z
    .string({ message: 'text must be a string' })
    .max(
      MAX_POSTING_CHARACTERS,
      `text is longer than ${MAX_POSTING_CHARACTERS.toLocaleString('en-US')} characters`,
    )
    .refine((value) => value.trim() !== '', 'text must not be empty'),
  format: z.enum(postingFormats).optional(),
});

export type AnswerAnalysisRequest = z.input<typeof answerAnalysisRequest>;
export type AskAnalysisRequest = z.input<typeof askAnalysisRequest>;
export type NoteAnalysisRequest = z.input<typeof noteAnalysisRequest>;
export type JobAnalysisRequest = z.input<typeof jobAnalysisRequest>;
