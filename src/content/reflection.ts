/** The aspects a candidate rates after each round, and when lessons count as the same one. */
import type { Threshold } from './thresholds.js';

/** The four rated aspects of a reflection, in the order they are shown. */
export const reflectionDimensions = [
  { id: 'preparation', field: 'preparationRating', label: 'preparation' },
  { id: 'answers', field: 'answersRating', label: 'answers' },
  { id: 'bodyLanguage', field: 'bodyLanguageRating', label: 'body language' },
  { id: 'connection', field: 'connectionRating', label: 'connection' },
] as const;

export const reflectionRules = {
  /**
   * Two lessons are the same lesson when this share of their content words is shared (Jaccard
   * similarity), so "Give the result in numbers" and "give results in numbers!" meet.
   */
  sameLessonSimilarity: {
    value: 0.6,
    unit: 'share of content words',
    source:
      'Round Two rule, tuned on its own examples: a lesson rewritten with a word or two changed still counts; two lessons that merely share a topic word do not.',
  },
  /** A lesson is "repeated" when it appears in at least this many rounds. */
  repeatedLessonRounds: {
    value: 2,
    unit: 'rounds',
    source: 'Round Two rule: a lesson written down twice has not been learned yet.',
  },
} as const satisfies Record<string, Threshold>;

/** Words ignored when comparing lessons: they carry no meaning of their own. */
export const lessonStopWords: readonly string[] = [
  'a',
  'an',
  'the',
  'to',
  'of',
  'in',
  'on',
  'for',
  'and',
  'or',
  'my',
  'i',
  'me',
  'be',
  'is',
  'are',
  'more',
  'with',
  'at',
  'it',
  'next',
  'time',
];
