/**
 * The 30-60-90 day plan check: which of the posting's responsibilities the goals address, and
 * what a hiring manager would notice about the plan (an empty phase, a plan that ignores most of
 * the posting, a first month with no listening, goals too vague to check).
 */
import {
  dayPlanAdvice,
  dayPlanCoverageMinimum,
  dayPlanPhaseLabels,
  dayPlanPhases,
  goalMatchMinimum,
  learningCues,
  lookingCue,
  meetingCue,
  vagueObjects,
  type DayPlanPhase,
} from '../content/day-plan.js';
import type { Competency } from '../domain/question-bank.js';
import { assessCoverage, type EvidenceText } from './coverage.js';
import { severityRank, type Finding, type ThresholdUsed } from './finding.js';
import { parseText, type Token } from './text.js';

export type { DayPlanPhase } from '../content/day-plan.js';

/** The goals of each phase, in the candidate's order. Blank goals are skipped. */
export type DayPlanGoals = Readonly<Record<DayPlanPhase, readonly string[]>>;

/** Where a goal sits in the plan. */
export interface GoalPlace {
  readonly phase: DayPlanPhase;
  /** Its position in the phase's list, from 0. */
  readonly index: number;
}

/** A goal that addresses a responsibility, and the evidence: the words and competencies both share. */
export interface GoalMatch extends GoalPlace {
  readonly goal: string;
  /** Share of the responsibility's weighted terms the goal shares, 0–1. */
  readonly score: number;
  /** Shared lemmas and competency names, most telling first. */
  readonly terms: readonly string[];
}

/** One responsibility of the posting and the goals that address it (none: unaddressed). */
export interface ResponsibilityAddressed {
  readonly responsibility: string;
  /** Best match first. */
  readonly goals: readonly GoalMatch[];
}

export type DayPlanFindingKind =
  'empty_plan' | 'empty_phase' | 'low_coverage' | 'no_learning_first30' | 'vague_goal';

/**
 * A finding on the plan. A finding about one goal names it by `phase` and `index`, and its
 * offsets are into that goal's text; a finding about a phase names only the phase; a finding
 * about the whole plan names neither (offsets 0).
 */
export interface DayPlanFinding extends Finding<DayPlanFindingKind> {
  readonly phase?: DayPlanPhase;
  readonly index?: number;
  /** The responsibilities no goal addresses, for `low_coverage`. */
  readonly unaddressed?: readonly string[];
}

export interface DayPlanCheck {
  /** In the posting's order. */
  readonly responsibilities: readonly ResponsibilityAddressed[];
  /** The responsibilities no goal addresses, in the posting's order. */
  readonly unaddressed: readonly string[];
  readonly findings: readonly DayPlanFinding[];
}

const limitOf = (name: string, threshold: Omit<ThresholdUsed, 'name'>): ThresholdUsed => ({
  name,
  ...threshold,
});
const goalId = (place: GoalPlace) => `${place.phase}:${place.index}`;
const learningWords = new Set(learningCues.filter((cue) => /^[a-z]+$/.test(cue)));
const learningPhrases = learningCues.filter((cue) => !/^[a-z]+$/.test(cue));
const vague = new Set(vagueObjects);
const peopleWords = new Set<string>(meetingCue.people);
const lookingWords = new Set<string>(lookingCue.words);
const changeVerbs = new Set<string>(lookingCue.changeVerbs);

/**
 * Checks a 30-60-90 day plan against the posting's responsibilities. Goals are matched to
 * responsibilities with the role-fit matcher (rare shared words and competencies weigh most); a
 * goal addresses a responsibility when it shares at least `goalMatchMinimum` of its weight.
 * Findings, most serious first: `empty_plan` / `empty_phase`, `low_coverage` (fewer than
 * `dayPlanCoverageMinimum` of the responsibilities addressed), `no_learning_first30` and
 * `vague_goal` (a goal that names nothing to act on and no measure).
 * @example checkDayPlan({ first30: ['Meet each engineer'], first60: [], first90: [] }, ['Lead the engineering team'], competencies)
 */
export function checkDayPlan(
  goals: DayPlanGoals,
  responsibilities: readonly string[],
  competencies: readonly Competency[],
): DayPlanCheck {
  const places = dayPlanPhases.flatMap((phase) =>
    goals[phase].map((goal, index) => ({ phase, index, goal: goal.trim() })),
  );
  const written = places.filter((place) => place.goal !== '');
  const addressed = matchResponsibilities(written, responsibilities, competencies);
  const unaddressed = addressed
    .filter((item) => item.goals.length === 0)
    .map((item) => item.responsibility);

  const findings: DayPlanFinding[] = [];
  const phasesWritten = dayPlanPhases.filter((phase) =>
    written.some((place) => place.phase === phase),
  );
  if (phasesWritten.length === 0) {
    findings.push({
      kind: 'empty_plan',
      severity: 'problem',
      start: 0,
      end: 0,
      message: 'The plan has no goals yet.',
      advice: dayPlanAdvice.emptyPlan,
    });
  } else {
    for (const phase of dayPlanPhases.filter((each) => !phasesWritten.includes(each))) {
      findings.push({
        kind: 'empty_phase',
        phase,
        severity: 'problem',
        start: 0,
        end: 0,
        message: `${dayPlanPhaseLabels[phase]} has no goals.`,
        advice: dayPlanAdvice.emptyPhase[phase],
      });
    }
    const coverage = lowCoverage(responsibilities.length, unaddressed);
    if (coverage) findings.push(coverage);
    const first30 = written.filter((place) => place.phase === 'first30');
    if (first30.length > 0 && !first30.some((place) => isLearningGoal(place.goal))) {
      findings.push({
        kind: 'no_learning_first30',
        phase: 'first30',
        severity: 'warn',
        start: 0,
        end: 0,
        message:
          'No goal in the first 30 days is about learning or listening: meeting people, understanding how things work today.',
        advice: dayPlanAdvice.noLearning,
      });
    }
    for (const place of written) {
      const finding = vagueGoal(place);
      if (finding) findings.push(finding);
    }
  }
  const phaseOrder = (finding: DayPlanFinding) =>
    finding.phase === undefined ? -1 : dayPlanPhases.indexOf(finding.phase);
  findings.sort(
    (a, b) =>
      severityRank[b.severity] - severityRank[a.severity] ||
      phaseOrder(a) - phaseOrder(b) ||
      (a.index ?? -1) - (b.index ?? -1),
  );
  return { responsibilities: addressed, unaddressed, findings };
}

function matchResponsibilities(
  written: readonly (GoalPlace & { readonly goal: string })[],
  responsibilities: readonly string[],
  competencies: readonly Competency[],
): ResponsibilityAddressed[] {
  const byId = new Map(written.map((place) => [goalId(place), place]));
  const evidence: EvidenceText[] = written.map((place) => ({
    id: goalId(place),
    kind: 'evidence',
    title: place.goal,
    text: '',
    tags: [],
  }));
  const coverage = assessCoverage({ requirements: [], responsibilities }, evidence, competencies);
  const minimum = goalMatchMinimum.value / 100;
  // assessCoverage puts gaps first; answer in the posting's order instead.
  const matchesOf = new Map(coverage.map((item) => [item.text, item.matches]));
  return responsibilities.map((responsibility) => ({
    responsibility,
    goals: (matchesOf.get(responsibility) ?? []).flatMap((match) => {
      const place = byId.get(match.id);
      if (!place || match.score < minimum) return [];
      return [{ ...place, score: match.score, terms: match.terms }];
    }),
  }));
}

function lowCoverage(total: number, unaddressed: readonly string[]): DayPlanFinding | undefined {
  if (total === 0) return undefined;
  const covered = total - unaddressed.length;
  const percent = Math.round((covered / total) * 100);
  if (percent >= dayPlanCoverageMinimum.value) return undefined;
  return {
    kind: 'low_coverage',
    severity: 'warn',
    start: 0,
    end: 0,
    message: `The goals address ${covered} of the ${total} responsibilities the posting lists (${percent}%).`,
    advice: dayPlanAdvice.lowCoverage,
    threshold: limitOf('dayPlanCoverageMinimum', dayPlanCoverageMinimum),
    unaddressed,
  };
}

/**
 * Whether a goal is about learning, listening or meeting people, by its words' lemmas. "Meet"
 * counts only when people follow it, and "review", "audit" or "assess" only in a goal with no
 * change verb and no number (see `meetingCue` and `lookingCue`).
 */
export function isLearningGoal(goal: string): boolean {
  const lower = goal.toLowerCase();
  if (learningPhrases.some((phrase) => containsPhrase(lower, phrase))) return true;
  const tokens = parseText(goal).tokens;
  const is = (token: Token, words: ReadonlySet<string>) =>
    formsOf(token).some((form) => words.has(form));
  if (tokens.some((token) => is(token, learningWords))) return true;
  const meets = tokens.some(
    (token, position) =>
      formsOf(token).includes(meetingCue.word) && meetsPeople(tokens, position + 1),
  );
  if (meets) return true;
  const changes = tokens.some((token) => is(token, changeVerbs) || isMeasure(token));
  return !changes && tokens.some((token) => is(token, lookingWords));
}

/**
 * Whether the words from `from` on name people: one of the next few names people and is not a
 * possessive ("the team's deadlines"), or the first, past an optional "with", is a name.
 */
function meetsPeople(tokens: readonly Token[], from: number): boolean {
  const start = tokens[from]?.lower === 'with' ? from + 1 : from;
  const first = tokens[start];
  if (first && /^\p{Lu}\p{Ll}+$/u.test(first.text)) return true;
  for (let at = from; at < Math.min(tokens.length, from + meetingCue.window); at += 1) {
    const token = tokens[at];
    if (!token || token.pos === 'PUNCT') return false;
    const possessive = tokens[at + 1]?.lower === "'s";
    if (!possessive && formsOf(token).some((form) => peopleWords.has(form))) return true;
  }
  return false;
}

/**
 * A word's base forms. The tagger leaves a verb that opens a goal ("Meeting…", "Shadowed…") as
 * it is, so common endings are also taken off by hand: meeting → meet, mapped → map,
 * introducing → introduce.
 */
function formsOf(token: Token): string[] {
  const word = token.lower;
  return [
    word,
    token.lemma,
    word.replace(/(?:ing|ed|s)$/, ''),
    word.replace(/(?:ing|ed)$/, 'e'),
    word.replace(/([a-z])\1(?:ing|ed)$/, '$1'),
  ];
}

function vagueGoal(place: GoalPlace & { readonly goal: string }): DayPlanFinding | undefined {
  const tokens = parseText(place.goal).tokens;
  if (tokens.some((token, position) => isObject(token, position) || isMeasure(token))) {
    return undefined;
  }
  const broad = tokens.filter((token) => vague.has(token.lemma) || vague.has(token.lower));
  return {
    kind: 'vague_goal',
    phase: place.phase,
    index: place.index,
    severity: 'warn',
    start: 0,
    end: place.goal.length,
    ...(broad.length > 0 ? { spans: broad.map(({ start, end }) => ({ start, end })) } : {}),
    message: `“${place.goal}” (${dayPlanPhaseLabels[place.phase]}) names nothing it acts on and no measure, so nobody could tell whether it was done.`,
    advice: dayPlanAdvice.vague,
  };
}

/** A noun the goal acts on. A capitalised first word is usually the verb, whatever the tagger says. */
function isObject(token: Token, position: number): boolean {
  if (token.pos !== 'NOUN' && token.pos !== 'PROPN') return false;
  if (token.pos === 'PROPN' && position === 0) return false;
  return !vague.has(token.lemma) && !vague.has(token.lower);
}

function isMeasure(token: Token): boolean {
  return /\d|%/.test(token.text);
}

function containsPhrase(lower: string, phrase: string): boolean {
  let at = lower.indexOf(phrase);
  while (at >= 0) {
    const before = lower[at - 1];
    // A plural counts: "one-on-ones", "1:1s".
    const end = at + phrase.length;
    const after = lower[lower[end] === 's' ? end + 1 : end];
    const edge = (char: string | undefined) => char === undefined || !/[\p{L}\p{N}]/u.test(char);
    if (edge(before) && edge(after)) return true;
    at = lower.indexOf(phrase, at + 1);
  }
  return false;
}
