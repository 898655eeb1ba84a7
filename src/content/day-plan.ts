/**
 * What the 30-60-90 day plan check compares against, in Round Two's own words: the thresholds
 * with their reasoning, the cues of a learning goal, the words too vague to be a goal's object,
 * the wording of the findings and the drafts of a goal made from a responsibility.
 */
import { coverageStrengths } from './coverage-lexicon.js';
import type { Threshold } from './thresholds.js';

/** The three phases of the plan, in the order they happen. */
export const dayPlanPhases = ['first30', 'first60', 'first90'] as const;
export type DayPlanPhase = (typeof dayPlanPhases)[number];

export const dayPlanPhaseLabels = {
  first30: 'Days 1–30',
  first60: 'Days 31–60',
  first90: 'Days 61–90',
} as const satisfies Record<DayPlanPhase, string>;

/**
 * A goal addresses a responsibility when it shares at least this share of the responsibility's
 * weighted words and competencies. It is the role-fit matcher's "partial" bar, so a goal counts
 * exactly when a story would count as a thin match for the same line of the posting.
 */
export const goalMatchMinimum: Threshold = {
  value: coverageStrengths.partial * 100,
  unit: "percent of the responsibility's weighted words",
  source:
    'The same bar as a partial match on the role fit page: about one word in five of a posting line, weighted by how rare it is, is the least that reads as the same topic rather than a chance overlap.',
};

/**
 * Below this share of the posting's responsibilities, the plan reads as a generic onboarding plan
 * rather than an answer to this job. Half is a floor, not a target: some duties do not belong in
 * the first three months.
 */
export const dayPlanCoverageMinimum: Threshold = {
  value: 50,
  unit: 'percent of the responsibilities',
  source:
    "Round Two's rule of thumb, from how career coaches advise building the plan: start from the job description's responsibilities and the first-90-days priorities the interviewer named. A plan that touches fewer than half of them does not show you have understood the role.",
};

/**
 * Words (in their base form; "meeting" and "shadowed" count too) and phrases that mark a goal
 * about learning, listening or meeting people — what the first month should hold before changing
 * anything. "Onboarding" is left out: in a posting it is as often the customers' onboarding as the
 * candidate's own. "Meet", "review", "audit" and "assess" are not here: each is as often about
 * delivering ("meet the Q1 target", "review and cut costs") and only counts under the conditions
 * of `meetingCue` and `lookingCue` below.
 */
export const learningCues: readonly string[] = [
  'learn',
  'listen',
  'understand',
  'shadow',
  'observe',
  'introduce',
  'introduction',
  'map',
  'study',
  'read',
  'explore',
  'discover',
  'ask',
  'interview',
  'visit',
  'attend',
  'one-on-one',
  'get to know',
  'getting to know',
  'sit in',
  'sitting in',
  'sit with',
  'sitting with',
  '1:1',
];

/**
 * "Meet" is a learning cue only when people follow it: one of the next `window` words names
 * people ("meet the team", "meet each account executive"; "the team's deadlines" is not people),
 * or the word right after it (or after "meet with") is a name: capitalised, letters only ("meet
 * Priya"). "Meet the Q1 sales target" meets a number, not people, so it is not a learning goal.
 */
export const meetingCue = {
  word: 'meet',
  window: 4,
  people: [
    'team',
    'teammate',
    'colleague',
    'coworker',
    'peer',
    'people',
    'person',
    'everyone',
    'everybody',
    'staff',
    'member',
    'employee',
    'manager',
    'boss',
    'lead',
    'leader',
    'leadership',
    'head',
    'director',
    'executive',
    'founder',
    'stakeholder',
    'customer',
    'client',
    'user',
    'partner',
    'supplier',
    'vendor',
    'engineer',
    'developer',
    'designer',
    'analyst',
    'report',
    'counterpart',
    'rep',
    'representative',
    'owner',
    'ceo',
    'cto',
    'cfo',
    'coo',
    'vp',
  ],
} as const;

/**
 * "Review", "audit" and "assess" are learning cues only in a goal that changes nothing yet: no
 * change verb (in its base form; "cutting" counts too) and no number. The verbs are ones seldom
 * used as nouns in a goal: "release", "change" or "drive" would also match "how releases are
 * done", "change requests" or "the shared drive", so they are left out. "Review the on-call runbooks"
 * is looking before acting; "Review and cut cloud costs by 10%" is a delivery goal with a target,
 * and a first month made only of such goals is what the `no_learning_first30` finding is for.
 */
export const lookingCue = {
  words: ['review', 'audit', 'assess'],
  changeVerbs: [
    'cut',
    'reduce',
    'lower',
    'decrease',
    'halve',
    'increase',
    'raise',
    'grow',
    'double',
    'boost',
    'improve',
    'optimise',
    'optimize',
    'streamline',
    'ship',
    'launch',
    'deliver',
    'build',
    'rebuild',
    'implement',
    'migrate',
    'replace',
    'redesign',
    'restructure',
    'automate',
    'consolidate',
    'eliminate',
    'remove',
    'fix',
    'close',
    'hit',
    'achieve',
    'save',
    'roll',
  ],
} as const;

/**
 * Nouns too broad to be what a goal acts on. A goal whose only nouns are these ("add value",
 * "get up to speed", "make an impact") cannot be checked at day 30, 60 or 90.
 */
export const vagueObjects: readonly string[] = [
  'thing',
  'stuff',
  'everything',
  'something',
  'anything',
  'value',
  'impact',
  'speed',
  'difference',
  'rope',
  'ground',
  'lot',
  'way',
  'best',
  'contribution',
  'success',
  'win',
];

export const dayPlanAdvice = {
  emptyPlan:
    'Write two or three goals for each phase: learn in the first month, take on work in the second, improve or lead something by the third.',
  emptyPhase: {
    first30:
      'The first month is for learning the people, the product and how work is done today: meet the team, listen, map what is there.',
    first60:
      'The second month is where you start contributing: take on a first piece of real work from the posting, with the people you met.',
    first90:
      'By the third month, show where you would improve or lead: a change you would propose, a result you would own.',
  } satisfies Record<DayPlanPhase, string>,
  lowCoverage:
    'Add a goal for each responsibility that matters most to the hiring manager; the list of responsibilities beside the plan can draft one for you to reword.',
  noLearning:
    'Open with listening: meet your manager, the team and the people you will work with, and learn how things are done before you change them. A plan that changes things in week one worries interviewers.',
  vague:
    'Say what the goal acts on and how you would know it is done: a product, a process, a group of people, a number or a date.',
} as const;

/**
 * How a goal is drafted from a responsibility of the posting, per phase: learn it, take part of it
 * on, then own and improve it. `{responsibility}` is the posting's line, its first letter lowered.
 * The words around it avoid competency keywords ("measure", "improve", "lead"), which would make
 * the draft match other responsibilities too.
 */
export const goalDrafts = {
  first30: 'Learn how the team handles this today and who is involved: {responsibility}',
  first60: 'Take on a first piece of this with the team: {responsibility}',
  first90: 'Own this, and propose one change with how you would know it worked: {responsibility}',
} as const satisfies Record<DayPlanPhase, string>;
