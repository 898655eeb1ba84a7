/**
 * What the personal "why" check compares against, in Round Two's own words: the length limit
 * with its source, words too common to count as specific, stock phrases, and the cues that an
 * answer says why *now*.
 */
import type { Threshold } from './thresholds.js';

/**
 * Each of the three answers should fit in about half a minute of speech. At the conversational
 * ~150 words per minute the coach uses elsewhere, 90 words is about 36 seconds: long enough for
 * a reason and an example, short enough to stay a reason rather than a speech.
 */
export const whyAnswerMaximumWords: Threshold = {
  value: 90,
  unit: 'words',
  source:
    'About 35 seconds at a conversational ~150 words per minute (National Center for Voice and Speech); career coaches keep each part of "why us, why this role, why now" to a short spoken paragraph.',
};

/**
 * Words that carry no specific meaning on their own. They are left out when the company's and
 * the role's words are gathered, so "team" or "work" in a posting does not make an answer look
 * specific.
 */
export const commonWords: readonly string[] = [
  'about',
  'after',
  'also',
  'been',
  'being',
  'best',
  'both',
  'build',
  'building',
  'business',
  'career',
  'company',
  'could',
  'customer',
  'customers',
  'data',
  'deliver',
  'every',
  'experience',
  'from',
  'good',
  'great',
  'have',
  'help',
  'here',
  'high',
  'into',
  'just',
  'like',
  'make',
  'more',
  'most',
  'need',
  'other',
  'people',
  'role',
  'some',
  'such',
  'team',
  'teams',
  'than',
  'that',
  'their',
  'them',
  'then',
  'there',
  'these',
  'they',
  'this',
  'through',
  'very',
  'want',
  'well',
  'what',
  'when',
  'where',
  'which',
  'while',
  'will',
  'with',
  'work',
  'working',
  'world',
  'would',
  'year',
  'years',
  'your',
  'senior',
  'junior',
  'lead',
  'manager',
  'strong',
  'ability',
  'across',
  'within',
  'ensure',
  'including',
  'related',
  'using',
  'plus',
  'able',
  'love',
  'really',
];

/** Stock phrases that could be said to any employer; shown as evidence when an answer is generic. */
export const stockPhrases: readonly string[] = [
  'great company',
  'great culture',
  'exciting opportunity',
  'great opportunity',
  'next step in my career',
  'grow my career',
  'growth opportunities',
  'room to grow',
  'industry leader',
  'leader in the industry',
  'passionate about',
  'fast-paced',
  'dynamic environment',
  'good fit',
  'great fit',
  'challenging role',
  'new challenge',
  'amazing team',
];

/** Words that show an answer about "why now" names a moment, a change or a readiness. */
export const whyNowCues: readonly string[] = [
  'now',
  'today',
  'currently',
  'recently',
  'just',
  'ready',
  'moment',
  'timing',
  'time',
  'stage',
  'after',
  'since',
  'finished',
  'completed',
  'next',
  'this year',
  'last year',
  'months',
  'years',
];

export const whyAdvice = {
  generic:
    'Name something only this employer has: a product, a value in their own words, a responsibility from the posting, or the team you would join. An answer that fits any company persuades none.',
  missingNow:
    'Say what makes this the right moment: what you have just finished or learned, what changed, what you are ready for that you were not a year ago.',
  tooLong: 'Cut it to one reason and one example. The rest can come out in follow-up questions.',
} as const;
