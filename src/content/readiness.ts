/**
 * The numbers behind the readiness checklist and the one next best action: how much each step
 * matters, how long it takes, how urgency grows as a deadline nears, and the targets an item must
 * meet to count as done. The source articles say what to prepare, not how to weigh it, so every
 * weight here is Round Two's own reasoning, stated beside it so the UI can show why.
 */
import type { AudienceKind } from '../domain/interviewer.js';
import type { RoundFormat } from '../domain/round.js';
import type { Threshold } from './thresholds.js';

/** The kinds of checklist item; a round format's prep is `format:<format>`. */
export type ReadinessItemKind =
  | 'schedule'
  | 'debrief'
  | 'interviewers'
  | 'research'
  | 'requirements'
  | 'stories'
  | 'practice'
  | 'asks'
  | 'salary'
  | 'why'
  | 'day-plan'
  | 'logistics'
  | 'promises'
  | 'thank-you'
  | 'reflection'
  | 'follow-up'
  | `format:${PreparedFormat}`;

/** The formats that have a prep item of their own; one-on-ones and team meets are the plan itself. */
export type PreparedFormat = Extract<
  RoundFormat,
  'presentation' | 'case_study' | 'panel' | 'informal_meal' | 'skills_test'
>;

/** How much an item matters (1–5) and how long its next step takes, with why. */
export interface ItemWeight {
  /** 1 (nice to have) to 5 (the interview goes badly without it). */
  readonly impact: number;
  /** Minutes for one unit of the item's work (one interviewer, one story, one session…). */
  readonly effortMinutes: number;
  readonly reason: string;
}

const own = 'Round Two’s own estimate';

export const itemWeights: Record<ReadinessItemKind, ItemWeight> = {
  schedule: {
    impact: 5,
    effortMinutes: 5,
    reason: `${own}: without a date there is no countdown and nothing to plan against; entering it takes a minute.`,
  },
  debrief: {
    impact: 4,
    effortMinutes: 20,
    reason: `${own}: the round plan turns weak answers, missed points and promises into the likely questions; 20 minutes while memory is fresh.`,
  },
  interviewers: {
    impact: 4,
    effortMinutes: 15,
    reason: `${own}: knowing each interviewer's role and priorities shapes every answer; about 15 minutes per person on their profile and the company site.`,
  },
  research: {
    impact: 3,
    effortMinutes: 30,
    reason: `${own}: second rounds expect company knowledge beyond the website, including what changed since round 1; half an hour of reading.`,
  },
  requirements: {
    impact: 4,
    effortMinutes: 20,
    reason: `${own}: a requirement with no evidence is the likeliest probing question; 20 minutes to find or write evidence for one.`,
  },
  stories: {
    impact: 5,
    effortMinutes: 25,
    reason: `${own}: behavioural questions are answered with stories, and one without a prepared story is the commonest weak answer; 25 minutes to draft one in STAR form.`,
  },
  practice: {
    impact: 4,
    effortMinutes: 30,
    reason: `${own}: saying answers aloud, timed, is what fixes rambling and filler words; one 30-minute mock session.`,
  },
  asks: {
    impact: 4,
    effortMinutes: 10,
    reason: `${own}: having no good question for an interviewer reads as low interest, worst with senior people; 10 minutes per interviewer.`,
  },
  'format:presentation': {
    impact: 5,
    effortMinutes: 90,
    reason: `${own}: a presentation is judged on structure and timing as much as content; an outline with timed sections takes about 90 minutes.`,
  },
  'format:case_study': {
    impact: 4,
    effortMinutes: 45,
    reason: `${own}: a case is judged on approach (clarify, structure, assumptions, recommendation); one practice case takes about 45 minutes.`,
  },
  'format:skills_test': {
    impact: 4,
    effortMinutes: 60,
    reason: `${own}: a test rewards warm-up on the tools it uses; an hour of practice on the same kind of task.`,
  },
  'format:panel': {
    impact: 3,
    effortMinutes: 15,
    reason: `${own}: on a panel, answering the asker while including the others is a habit to plan; 15 minutes to go through the panel and who cares about what.`,
  },
  'format:informal_meal': {
    impact: 2,
    effortMinutes: 10,
    reason: `${own}: a meal is still an interview; ten minutes on etiquette and small-talk openers.`,
  },
  salary: {
    impact: 3,
    effortMinutes: 30,
    reason: `${own}: pay often comes up by the second round; 30 minutes to set a target, a range and a walk-away figure from market data.`,
  },
  why: {
    impact: 4,
    effortMinutes: 20,
    reason: `${own}: "why this role, why us, why now" is asked in nearly every second round; 20 minutes to write the three answers.`,
  },
  'day-plan': {
    impact: 2,
    effortMinutes: 45,
    reason: `${own}: a 30-60-90 day plan impresses hiring managers but is rarely required; 45 minutes.`,
  },
  logistics: {
    impact: 5,
    effortMinutes: 5,
    reason: `${own}: arriving late or at the wrong place undoes all the rest; five minutes to confirm.`,
  },
  promises: {
    impact: 4,
    effortMinutes: 20,
    reason: `${own}: an interviewer remembers a promise ("I'll send the deck") and whether it was kept; 20 minutes each.`,
  },
  'thank-you': {
    impact: 5,
    effortMinutes: 10,
    reason: `${own}, on the source articles' unanimous advice: a specific thank-you within 24 hours; drafts are prefilled, so 10 minutes per note.`,
  },
  reflection: {
    impact: 3,
    effortMinutes: 10,
    reason: `${own}: rating the round while it is fresh is what makes the next one better; 10 minutes.`,
  },
  'follow-up': {
    impact: 3,
    effortMinutes: 5,
    reason: `${own}: a planned status inquiry after the expected decision date keeps the process moving without pestering; 5 minutes to plan.`,
  },
};

/** One step of a piecewise curve over the hours left: applies when at most `withinHours` remain. */
export interface CurveStep {
  readonly withinHours: number;
  readonly value: number;
}

/**
 * Urgency by the hours left before an item's deadline (the interview, or a note's due time).
 * Round Two's own curve: flat while there is a week of slack, then rising as each day counts, and
 * highest once the deadline has passed. It multiplies impact, so only items with different
 * deadlines are reordered by it.
 */
export const urgencyCurve: readonly CurveStep[] = [
  { withinHours: 0, value: 4 },
  { withinHours: 24, value: 3 },
  { withinHours: 48, value: 2 },
  { withinHours: 96, value: 1.5 },
  { withinHours: Infinity, value: 1 },
];

/**
 * The smallest effort a step is counted at, by hours left. Round Two's reasoning: four or more
 * days ahead, a candidate sits down for an evening session of an hour and a half anyway, so a
 * 10-minute task costs no less than a 90-minute one and impact decides (long tasks such as a
 * presentation get started early); two to four days ahead, half an hour; inside 48 hours every
 * minute counts, quick wins come first and long tasks fall behind.
 */
export const effortFloorCurve: readonly CurveStep[] = [
  { withinHours: 48, value: 0 },
  { withinHours: 96, value: 30 },
  { withinHours: Infinity, value: 90 },
];

export const readinessTimes = {
  /** Preparation time a candidate can give per remaining day; a step longer than what is left is dropped. */
  prepMinutesPerDay: {
    value: 180,
    unit: 'minutes per day',
    source: `${own}: about three hours a day beside a job; a step that cannot be finished before the interview is not suggested.`,
  },
  /** Even in the last hour there is time for a step this short (check the address, reread a question). */
  lastMinuteMinutes: {
    value: 15,
    unit: 'minutes',
    source: `${own}: the quarter of an hour before leaving is enough to confirm logistics or reread your questions.`,
  },
  /** Practice counts when this recent. */
  practiceWindowDays: {
    value: 7,
    unit: 'days',
    source: `${own}: practice from more than a week ago has faded by the interview.`,
  },
  /** Practice is done with this many attempts inside the window. */
  practiceAttempts: {
    value: 3,
    unit: 'practice answers',
    source: `${own}: three timed answers (a story, a "why", a weak round-1 answer) cover what a second round tests.`,
  },
  /** Questions each interviewer of the round should have, aimed at them. */
  asksPerInterviewer: {
    value: 2,
    unit: 'questions per interviewer',
    source:
      'Source-article advice to prepare questions for each interviewer; two, so one is left when the other gets answered during the interview.',
  },
  /** Without a previous round, news counts as recent within this many days. */
  newsWindowDays: {
    value: 30,
    unit: 'days',
    source: `${own}: news from the last month is what an interviewer expects you to have seen.`,
  },
  /** A reflection is best recorded within this many hours after the interview ends. */
  reflectionDueHours: {
    value: 72,
    unit: 'hours after the interview',
    source: `${own}: within three days, before the details of what was asked and how it felt fade; the thank-you notes, due sooner, come first.`,
  },
} as const satisfies Record<string, Threshold>;

/**
 * Whose gaps come first inside an item: senior people and the decision-maker, because a missing
 * question or dossier costs most with them. Round Two's own ordering.
 */
export const audienceOrder: Record<AudienceKind | 'unknown', number> = {
  executive: 0,
  hiring_manager: 1,
  technical: 2,
  peer: 3,
  cross_functional: 4,
  unknown: 5,
  recruiter: 6,
};

/** An audience kind in running text: "Arjun Mehta, the executive interviewer". */
export const audienceWords: Record<AudienceKind, string> = {
  recruiter: 'recruiter',
  hiring_manager: 'hiring manager',
  executive: 'executive',
  peer: 'peer',
  cross_functional: 'cross-functional',
  technical: 'technical',
};

/** Words in a practice question that show it rehearsed a case study. */
export const casePracticeWords: readonly string[] = ['case', 'estimate', 'market sizing'];

/**
 * What a checklist-style format asks the candidate to go through, in one line each: shown while
 * no item of the format's checklist (content/format-checklists.ts) is ticked on the round.
 */
export const formatChecklist: Record<Exclude<PreparedFormat, 'presentation'>, string> = {
  case_study:
    'Approach not ticked off: clarify the goal, state assumptions, structure the problem, end on a recommendation',
  panel:
    'Panel plan not ticked off: answer the asker, then bring the others in with eye contact; know who cares about what',
  informal_meal:
    'Meal etiquette not ticked off: order something simple, no alcohol unless the host does, it is still an interview',
  skills_test:
    'Test set-up not ticked off: ask what it covers, how long it takes and which tools are allowed',
};
