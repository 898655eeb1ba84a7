/**
 * The wording of the day-of brief: delivery reminders and how it names audiences and formats.
 * Written for Round Two from the advice in `seeds/`, in our own words.
 */
import type { AudienceKind } from '../domain/interviewer.js';
import type { RoundFormat } from '../domain/round.js';
import { thresholds } from './thresholds.js';

const pace = thresholds.conversationalWordsPerMinute.value;
const longest = thresholds.answerMaximumSeconds.value / 60;

/** Reminders on delivery, in the order a candidate needs them during the interview. */
export const briefReminders: readonly { readonly lead: string; readonly text: string }[] = [
  {
    lead: 'Arrive calm',
    text: 'Be there, or logged in with camera and sound tested, ten minutes early.',
  },
  {
    lead: 'Whole panel',
    text: 'Answer the person who asked, then let your eyes move across everyone in the room.',
  },
  {
    lead: 'Steady pace',
    text: `About ${pace} words a minute; pause before you answer and after your key point.`,
  },
  {
    lead: 'Clarify first',
    text: 'If a question is broad or ambiguous, ask what they mean before you answer.',
  },
  {
    lead: 'STAR, with a number',
    text: `Situation, task, what you did, and a measured result, in under ${longest} minutes.`,
  },
  {
    lead: 'Say “I”',
    text: 'Own your part: what you decided and did, not only what the team did.',
  },
  {
    lead: 'Close well',
    text: 'Ask your questions, restate your interest, and ask what the next step is.',
  },
];

/** An interviewer's audience kind as the brief names it. */
export const briefAudienceWords = {
  recruiter: 'Recruiter or HR',
  hiring_manager: 'Hiring manager',
  executive: 'Executive',
  peer: 'Peer',
  cross_functional: 'Cross-functional partner',
  technical: 'Technical interviewer',
} as const satisfies Record<AudienceKind, string>;

/** A round format as the brief names it. */
export const briefFormatWords = {
  one_on_one: 'one-on-one',
  panel: 'panel',
  presentation: 'presentation',
  case_study: 'case study',
  skills_test: 'skills test',
  informal_meal: 'informal meal',
  team_meet: 'meet the team',
} as const satisfies Record<RoundFormat, string>;
