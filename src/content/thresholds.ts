import { MAX_ANALYSIS_CHARACTERS } from '../domain/analysis-request.js';

/**
 * Every number the coach compares against, with where it comes from. The web app shows these
 * beside the findings that use them.
 */
export interface Threshold {
  readonly value: number;
  readonly unit: string;
  /** Where the number comes from, in a sentence a candidate can check. */
  readonly source: string;
}

const toastmasters =
  'Toastmasters timing lights for a 1–2 minute speech: green at the minimum, amber at the midpoint, red at the maximum.';
const speakingRate =
  'Conversational English is commonly measured at about 140–160 words per minute (e.g. the National Center for Voice and Speech gives ~150 wpm); interview coaches use that band as the target.';
const fillerRate =
  'Listener studies on disfluency find a few fillers per minute go unnoticed, while rates approaching a dozen per minute lower ratings of competence; 5 and 12 per minute are the round figures coaches use.';

export const thresholds = {
  /** Speaking pace used to estimate how long a written answer takes to say. */
  conversationalWordsPerMinute: { value: 150, unit: 'words per minute', source: speakingRate },
  /** Green light: an answer should run at least this long to give enough detail. */
  answerMinimumSeconds: { value: 60, unit: 'seconds', source: toastmasters },
  /** Amber light: time to head for the result. */
  answerAmberSeconds: { value: 90, unit: 'seconds', source: toastmasters },
  /** Red light: past this the interviewer's attention drops. */
  answerMaximumSeconds: { value: 120, unit: 'seconds', source: toastmasters },
  paceTargetLow: { value: 140, unit: 'words per minute', source: speakingRate },
  paceTargetHigh: { value: 160, unit: 'words per minute', source: speakingRate },
  /** Below this on average, the answer sounds hesitant. */
  paceTooSlow: { value: 110, unit: 'words per minute', source: speakingRate },
  /** Above this on average, listeners struggle to follow. */
  paceTooFast: { value: 190, unit: 'words per minute', source: speakingRate },
  /** Up to this many fillers a minute do little harm. */
  fillersHarmless: { value: 5, unit: 'fillers per minute', source: fillerRate },
  /** Toward this many fillers a minute they clearly hurt. */
  fillersHarmful: { value: 12, unit: 'fillers per minute', source: fillerRate },
  /** Hedges per 100 words before they make an answer sound unsure. */
  hedgesPerHundredWords: {
    value: 2,
    unit: 'hedges per 100 words',
    source:
      'Round Two rule of thumb: one or two softeners in a two-minute answer read as modesty; more read as doubt about your own work.',
  },
  /** A thank-you note longer than this stops being read to the end. */
  noteMaximumWords: {
    value: 200,
    unit: 'words',
    source:
      'Career-service guidance on thank-you notes: three short paragraphs, well under 200 words.',
  },
  /** Thank-you notes are due within this many hours of the interview's end. */
  noteDueHours: {
    value: 24,
    unit: 'hours',
    source:
      'Every source article and most career services: send a thank-you within 24 hours of the interview.',
  },
  /** Word-shingle similarity above which two notes count as the same text. */
  noteSimilarity: {
    value: 0.6,
    unit: 'Jaccard similarity of 3-word shingles',
    source:
      'Round Two rule: above 0.6 a reader comparing the two notes would see the same note with the name swapped.',
  },
  /** A thank-you note naming fewer topic words than this (beyond the thanks) reads as generic. */
  noteMinimumSpecificWords: {
    value: 3,
    unit: 'distinct topic words beyond the thank-you formula',
    source:
      'Round Two rule of thumb, from the advice in every source article to mention something specific from the conversation: one specific remark (a project, a tool, a plan and what it made you think) already brings about three topic words.',
  },
  /** Word overlap above which a question repeats one already asked in round 1. */
  questionRepeatSimilarity: {
    value: 0.5,
    unit: 'overlap of content-word lemmas',
    source: 'Round Two rule: questions sharing half their content words ask the same thing.',
  },
  /** Longest text the analysers accept. */
  maximumTextCharacters: {
    value: MAX_ANALYSIS_CHARACTERS,
    unit: 'characters',
    source:
      'Round Two limit: ten times a long answer; larger input is refused rather than slowing the editor.',
  },
} as const satisfies Record<string, Threshold>;

export type ThresholdName = keyof typeof thresholds;
