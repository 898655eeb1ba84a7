/**
 * The numbers behind status-inquiry follow-ups after a round, and the sentences their drafts are
 * composed from, written for Round Two. The source articles end on the same advice: when the date
 * the employer gave for a decision passes in silence, ask once, politely and specifically; ask a
 * second time if needed; then let it go and put the time into other applications.
 */
import type { Threshold } from './thresholds.js';

const shortMessage =
  'Round Two rule, from the career-service advice on follow-up e-mails: a status inquiry is a few sentences (the role, when you met, that you are still interested, an offer to send anything further), short enough to read on one phone screen; 150 words leaves room for all four and no more.';
const twoAtMost =
  'Common recruiter and career-coach advice: follow up at most twice after the decision date; a third message rarely changes the outcome and starts to read as pressure.';
const dayAfter =
  'Round Two rule: give the employer the whole of the day they named, and write on the next working day, when the silence is real news rather than a busy afternoon.';
const aWeekApart =
  'Common advice is to wait about a week before a second nudge; five working days is that week without counting a weekend, so the reader has had a full working week to reply.';
const letItGo =
  'Round Two rule: after the second follow-up, wait the same working week; if it goes unanswered too, the opportunity has gone cold, and marking it so keeps your list honest (you can reopen it when they reply).';

/** When status inquiries fall due, how many, and how long they may be. */
export const followUpRules = {
  /** A draft longer than this stops being a quick, polite question. */
  maximumWords: { value: 150, unit: 'words', source: shortMessage },
  /** Status inquiries per round before suggesting the opportunity has gone cold. */
  maximumFollowUps: { value: 2, unit: 'follow-ups per round', source: twoAtMost },
  /** The first inquiry is due this many working days after the expected decision date. */
  firstAfterWorkingDays: { value: 1, unit: 'working days', source: dayAfter },
  /** The second inquiry is due this many working days after the first was sent. */
  spacingWorkingDays: { value: 5, unit: 'working days', source: aWeekApart },
  /** After the second inquiry, this many working days of silence suggest marking it cold. */
  coldAfterWorkingDays: { value: 5, unit: 'working days', source: letItGo },
} as const satisfies Record<string, Threshold>;

/**
 * Phrases a follow-up draft never uses: they say nothing and read as filler ("just checking in"),
 * or as impatience.
 */
export const fillerFollowUpPhrases: readonly string[] = [
  'just checking in',
  'just following up',
  'touching base',
  'circling back',
  'bumping this',
  'any update?',
];

/**
 * Sentence templates for the drafts. `{role}`, `{company}`, `{roundDate}`, `{roundNumber}`,
 * `{decisionDate}`, `{firstSentDate}` and `{topic}` are filled from the candidate's records; a
 * sentence whose slot has no value is never chosen.
 */
export const followUpTemplates = {
  subject: {
    first: 'Following up: {role} interview on {roundDate}',
    second: 'Update on the {role} role?',
  },
  /** What the message is about: the first inquiry names the decision date they gave. */
  opening: {
    first:
      'Thank you again for meeting me on {roundDate} for round {roundNumber} of the {role} process at {company}. You expected to reach a decision around {decisionDate}, so I am writing to ask whether there is any news on the next step.',
    firstWithoutDate:
      'Thank you again for meeting me for round {roundNumber} of the {role} process at {company}. You expected to reach a decision around {decisionDate}, so I am writing to ask whether there is any news on the next step.',
    second:
      'I wrote on {firstSentDate} about the {role} role at {company}, after our interview on {roundDate}. I understand that decisions can take longer than planned, and I would be grateful for any update on where the process stands.',
    secondWithoutDate:
      'I am writing again about the {role} role at {company}. I understand that decisions can take longer than planned, and I would be grateful for any update on where the process stands.',
  },
  /** One line restating interest: specific when a topic of the conversation is known. */
  interest: {
    topic: 'Our conversation about {topic} has stayed with me, and I remain keen to help with it.',
    plain: 'I remain very interested in the role and in the work ahead at {company}.',
    /** When long names would push the draft past the word limit. */
    short: 'I remain very interested in the role.',
  },
  offer:
    'If it would help your decision, I am glad to send references, work samples or answers to any open questions.',
  thanks: 'Thank you for your time.',
  signOff: 'Kind regards,',
} as const;
