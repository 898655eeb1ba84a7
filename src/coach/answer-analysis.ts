import {
  actionCues,
  behaviouralQuestionPattern,
  boastPatterns,
  changeVerbs,
  employerReferencePattern,
  fillerLikePattern,
  fillerPhrases,
  fillerYouKnowPattern,
  hedgePhrases,
  kindOfDeterminers,
  negativeTerms,
  hypotheticalPattern,
  passiveActionPattern,
  nonActionLemmas,
  openingContextPattern,
  outcomeComparatives,
  peerReferencePattern,
  taskPattern,
  vagueActionPattern,
  pastTenseActions,
  quantityPatterns,
  reflectionCues,
  resultCues,
  settingNumberPatterns,
  situationCues,
  starLabelPattern,
  taskCues,
} from '../content/answer-lexicon.js';
import { thresholds, type ThresholdName } from '../content/thresholds.js';
import {
  sortFindings,
  type Finding,
  type Severity,
  type Span,
  type ThresholdUsed,
} from './finding.js';
import {
  caseless,
  lowerCase,
  matchSpans,
  parseText,
  phraseMatcher,
  type ParsedText,
  type PhraseMatcher,
  type Sentence,
} from './text.js';

export const starParts = ['situation', 'task', 'action', 'result'] as const;
export type StarPart = (typeof starParts)[number];
type Part = StarPart | 'reflection';

export type AnswerFindingKind =
  | 'missing_situation'
  | 'missing_task'
  | 'missing_action'
  | 'missing_result'
  | 'missing_reflection'
  | 'result_not_quantified'
  | 'unclear_ownership'
  | 'boastful'
  | 'negative_about_employer'
  | 'hedging'
  | 'filler_words'
  | 'too_long'
  | 'too_short'
  | 'running_long'
  | 'pace_too_fast'
  | 'pace_too_slow';

/** Toastmasters-style light for the answer's length. */
export type TimingLight = 'under' | 'green' | 'amber' | 'red';

export interface AnswerOptions {
  /** The question answered; a question that does not ask for a story skips the STAR checks. */
  readonly question?: string;
  /** How long the spoken answer took, in seconds: enables pace and real filler rates. */
  readonly seconds?: number;
}

export interface AnswerAnalysis {
  readonly words: number;
  /** Speaking time at a conversational pace, in whole seconds. */
  readonly estimatedSeconds: number;
  readonly star: Record<StarPart, boolean>;
  readonly reflection: boolean;
  /** The sentences that carry each part. */
  readonly parts: Record<Part, readonly Span[]>;
  readonly resultQuantified: boolean;
  /** Whether the STAR checks applied (the question asks for a story, or no question was given). */
  readonly behavioural: boolean;
  readonly timing: {
    readonly seconds: number;
    readonly measured: boolean;
    readonly light: TimingLight;
  };
  readonly wordsPerMinute?: number;
  readonly fillers: { readonly count: number; readonly perMinute: number };
  readonly hedges: number;
  readonly findings: Finding<AnswerFindingKind>[];
}

const cueMatchers: Record<Part, PhraseMatcher> = {
  situation: phraseMatcher(situationCues),
  task: phraseMatcher(taskCues),
  action: phraseMatcher(actionCues),
  result: phraseMatcher(resultCues),
  reflection: phraseMatcher(reflectionCues),
};
const changeVerbMatcher = phraseMatcher(changeVerbs);
const comparativeMatcher = phraseMatcher(outcomeComparatives);
const negativeMatcher = phraseMatcher(negativeTerms);
const hedgeMatcher = phraseMatcher(hedgePhrases);
const fillerMatcher = phraseMatcher(fillerPhrases);

/** The sentences (by index) in which a matcher finds anything. */
const sentencesWith = (matcher: PhraseMatcher, parsed: ParsedText) =>
  new Set(matcher.find(parsed).map((match) => match.sentence));
const nonAction = new Set<string>(nonActionLemmas);
// Patterns run on lower-cased text (see `caseless`).
const task = caseless(taskPattern);
const hypothetical = caseless(hypotheticalPattern);
const openingContext = caseless(openingContextPattern);
const vagueAction = caseless(vagueActionPattern);
const passiveAction = caseless(passiveActionPattern);
const employerReference = caseless(employerReferencePattern);
const peerReference = caseless(peerReferencePattern);
const fillerLike = caseless(fillerLikePattern);
const fillerYouKnow = caseless(fillerYouKnowPattern);
const quantities = quantityPatterns.map(caseless);
const settingNumbers = settingNumberPatterns.map(caseless);
const starLabel = caseless(starLabelPattern);
const partMark = /\((situation|task|action|result|reflection)\)/gu;
const pastActions = new Set<string>(pastTenseActions);
/** One pass over the text instead of one per pattern. */
const boastPattern = new RegExp(
  boastPatterns.map((regex) => `(?:${regex.source})`).join('|'),
  'gu',
);
const labelToPart: Record<string, Part> = {
  situation: 'situation',
  context: 'situation',
  background: 'situation',
  challenge: 'situation',
  task: 'task',
  goal: 'task',
  action: 'action',
  actions: 'action',
  approach: 'action',
  result: 'result',
  results: 'result',
  outcome: 'result',
  impact: 'result',
  reflection: 'reflection',
  lesson: 'reflection',
  lessons: 'reflection',
  learning: 'reflection',
  learnings: 'reflection',
  takeaway: 'reflection',
};

const limit = (name: ThresholdName): ThresholdUsed => ({ name, ...thresholds[name] });

/**
 * Analyses an interview answer or a story: which STAR parts it has and where, whether the result
 * is measured, whose actions it shows, its tone, hedges and fillers, and its length and pace.
 * Pure and deterministic; one pass of the NLP pipeline.
 * @example analyseAnswer('When our portal failed… I rebuilt… Failures fell by 70%.').star.result // true
 */
export function analyseAnswer(answer: string, options: AnswerOptions = {}): AnswerAnalysis {
  const parsed = parseText(answer);
  const whole: Span = { start: 0, end: answer.length };
  const parts = findParts(parsed);
  const star = {
    situation: parts.situation.length > 0,
    task: parts.task.length > 0,
    action: parts.action.length > 0,
    result: parts.result.length > 0,
  };
  const resultQuantity = findResultQuantity(answer, parts.result);
  const behavioural =
    options.question === undefined || behaviouralQuestionPattern.test(options.question);

  const words = parsed.wordCount;
  const estimatedSeconds = Math.round((words / thresholds.conversationalWordsPerMinute.value) * 60);
  const measured = options.seconds !== undefined && options.seconds > 0;
  const seconds = measured && options.seconds !== undefined ? options.seconds : estimatedSeconds;
  const findings: Finding<AnswerFindingKind>[] = [];

  if (behavioural && words > 0)
    findings.push(...structureFindings(star, parts, resultQuantity, whole));
  if (behavioural && words > 0 && star.action)
    findings.push(...ownershipFindings(parsed, parts.action));
  findings.push(...toneFindings(answer, parsed));
  const hedges = hedgeSpans(answer, parsed).map(({ start, end }) => ({ start, end }));
  const hedging = hedgingFinding(hedges, words);
  if (hedging) findings.push(hedging);
  const fillers = fillerSpans(answer, parsed);
  const minutes = seconds / 60;
  const perMinute = minutes > 0 ? fillers.length / minutes : 0;
  const fillerFinding = fillerWordsFinding(fillers, perMinute, measured);
  if (fillerFinding) findings.push(fillerFinding);
  const timing = { seconds, measured, light: lightFor(seconds) };
  findings.push(...lengthFindings(timing, words, whole));
  const wordsPerMinute = measured && minutes > 0 ? Math.round(words / minutes) : undefined;
  if (wordsPerMinute !== undefined) findings.push(...paceFindings(wordsPerMinute, whole));

  return {
    words,
    estimatedSeconds,
    star,
    reflection: parts.reflection.length > 0,
    parts,
    resultQuantified: resultQuantity !== undefined,
    behavioural,
    timing,
    ...(wordsPerMinute === undefined ? {} : { wordsPerMinute }),
    fillers: { count: fillers.length, perMinute: Math.round(perMinute * 10) / 10 },
    hedges: hedges.length,
    findings: sortFindings(findings),
  };
}

/** The sentences that carry each STAR part, from labels when the candidate wrote them, else from cues. */
function findParts(parsed: ParsedText): Record<Part, Span[]> {
  const parts: Record<Part, Span[]> = {
    situation: [],
    task: [],
    action: [],
    result: [],
    reflection: [],
  };
  const labelled = labelledParts(parsed);
  if (labelled) return labelled;
  const { sentences } = parsed;
  const cues = Object.fromEntries(
    (Object.keys(cueMatchers) as Part[]).map((part) => [
      part,
      sentencesWith(cueMatchers[part], parsed),
    ]),
  ) as Record<Part, Set<number>>;
  const changes = sentencesWith(changeVerbMatcher, parsed);
  const comparatives = sentencesWith(comparativeMatcher, parsed);
  sentences.forEach((sentence, index) => {
    const text = parsed.lower.slice(sentence.start, sentence.end);
    const has = (part: Part) => cues[part].has(index);
    const first = index === 0;
    const late = sentences.length > 2 && index >= sentences.length / 2;
    const isReflection = has('reflection');
    const isTask = has('task') || task.test(text);
    const isResult =
      !isReflection &&
      (has('result') ||
        (changes.has(index) && (late || hasQuantity(text))) ||
        // Late in the answer, a comparison or a measure reads as the outcome even without a cue.
        (late && !isTask && (comparatives.has(index) || hasQuantity(text))));
    const actor = actorOf(parsed, sentence);
    // Others' doing inside an outcome sentence ("we avoided paying twice") is the result, not an action.
    const isAction =
      !isTask &&
      !isReflection &&
      (actor === 'self' ||
        (actor === 'others' && !isResult) ||
        (has('action') && !hypothetical.test(text)));
    const isSituation =
      has('situation') ||
      (first && !isTask && openingContext.test(text)) ||
      (first &&
        !isTask &&
        !isAction &&
        !isResult &&
        !isReflection &&
        isPastNarrative(parsed, sentence));
    const span = { start: sentence.start, end: sentence.end };
    const marked = markedParts(text);
    if (marked.size > 0) {
      for (const part of marked) parts[part].push(span);
      return;
    }
    if (isReflection) parts.reflection.push(span);
    if (isTask) parts.task.push(span);
    if (isResult) parts.result.push(span);
    if (isAction) parts.action.push(span);
    // A sentence that reads as the result is not also the scene, unless it opens the answer.
    if (isSituation && (!isResult || first) && !isReflection) parts.situation.push(span);
  });
  return parts;
}

/** Parts a sentence marks itself with, as in "…met the deadline (Result)." */
function markedParts(text: string): Set<Part> {
  const marked = new Set<Part>();
  for (const match of text.matchAll(partMark)) {
    marked.add((match[1] ?? '').toLowerCase() as Part);
  }
  return marked;
}

function labelledParts(parsed: ParsedText): Record<Part, Span[]> | undefined {
  const matches = [...parsed.lower.matchAll(starLabel)];
  const labels = new Set(matches.map((match) => labelToPart[(match[1] ?? '').toLowerCase()]));
  if (labels.size < 2) return undefined;
  const parts: Record<Part, Span[]> = {
    situation: [],
    task: [],
    action: [],
    result: [],
    reflection: [],
  };
  matches.forEach((match, index) => {
    const part = labelToPart[(match[1] ?? '').toLowerCase()];
    const start = match.index + match[0].length;
    const end = matches[index + 1]?.index ?? parsed.text.length;
    const content = parsed.text.slice(start, end);
    if (part && /[\p{L}\p{N}]/u.test(content)) {
      const leading = content.length - content.trimStart().length;
      parts[part].push({ start: start + leading, end: start + content.trimEnd().length });
    }
  });
  return parts;
}

const MODALS = new Set([
  'would',
  'will',
  'could',
  'should',
  'can',
  'might',
  'may',
  'must',
  "'d",
  "'ll",
]);
const OTHER_SUBJECTS = new Set(['we', 'team']);

/**
 * Who does something in a sentence: the candidate ("I rewrote", "I then called"), others ("we
 * moved", "the team mapped", "a review was carried out"), or nobody. A state ("I was", "I felt"),
 * a hypothetical ("I would listen"), a habit in the present ("I make a list") and a vague stand-in
 * ("I dealt with it") are not actions.
 */
function actorOf(parsed: ParsedText, sentence: Sentence): 'self' | 'others' | undefined {
  const { tokens } = parsed;
  const lowered = parsed.lower.slice(sentence.start, sentence.end);
  let others = false;
  for (let index = sentence.firstToken; index < sentence.endToken; index += 1) {
    const subject = tokens[index]?.lower ?? '';
    const self = subject === 'i';
    if (!self && !OTHER_SUBJECTS.has(subject)) continue;
    if (doesSomething(parsed, index, sentence.endToken)) {
      if (self) {
        if (!vagueAction.test(lowered)) return 'self';
      } else {
        others = true;
      }
    }
  }
  if (others || passiveAction.test(lowered)) return 'others';
  return undefined;
}

/** Told in the past tense, as a story is: "was", "had", or a verb in the past. */
function isPastNarrative(parsed: ParsedText, sentence: Sentence): boolean {
  for (let index = sentence.firstToken; index < sentence.endToken; index += 1) {
    const token = parsed.tokens[index];
    if (!token) continue;
    if (token.lower === 'was' || token.lower === 'were' || token.lower === 'had') return true;
    if (token.pos === 'VERB' && (/[a-z]ed$/u.test(token.lower) || pastActions.has(token.lower)))
      return true;
  }
  return false;
}

function doesSomething(parsed: ParsedText, subject: number, end: number): boolean {
  const { tokens } = parsed;
  const stop = Math.min(subject + 7, end);
  for (let next = subject + 1; next < stop; next += 1) {
    const token = tokens[next];
    if (!token || token.pos === 'PUNCT' || token.pos === 'PRON' || token.pos === 'SCONJ')
      return false;
    if (token.pos === 'AUX' && (token.lemma === 'be' || token.lemma === 'have')) return false;
    if (
      MODALS.has(token.lower) ||
      token.lower === "n't" ||
      token.lower === 'not' ||
      token.lower === 'never'
    ) {
      return false;
    }
    // A story is told in the past: "I make a list" is a habit, "I made a list" an action.
    const past = /[a-z]ed$/u.test(token.lower) || pastActions.has(token.lower);
    if (token.pos === 'VERB') return past && !nonAction.has(token.lemma);
    // Right after the subject, a past form the tagger misread still names an action.
    const adjacent = next === subject + 1 || tokens[next - 1]?.pos === 'ADV';
    if (adjacent && (pastActions.has(token.lower) || /^[a-z]{3,}ed$/u.test(token.lower)))
      return true;
  }
  return false;
}

/** Whether a lower-cased sentence measures something, once years, team sizes and deadlines are blanked. */
function hasQuantity(lowered: string): boolean {
  const cleaned = settingNumbers.reduce((rest, regex) => rest.replace(regex, ' '), lowered);
  return quantities.some((regex) => regex.test(cleaned));
}

/** The first measure of outcome inside a result sentence, ignoring years, team sizes and deadlines. */
export function findResultQuantity(text: string, results: readonly Span[]): Span | undefined {
  for (const span of results) {
    const sentence = lowerCase(text.slice(span.start, span.end));
    const cleaned = settingNumbers.reduce(
      (rest, regex) => rest.replace(regex, (match) => ' '.repeat(match.length)),
      sentence,
    );
    for (const regex of quantities) {
      const match = regex.exec(cleaned);
      if (match)
        return { start: span.start + match.index, end: span.start + match.index + match[0].length };
    }
  }
  return undefined;
}

const missingAdvice: Record<StarPart, { severity: Severity; message: string; advice: string }> = {
  situation: {
    severity: 'warn',
    message:
      'No situation: the listener does not learn where and when this happened, or what was at stake.',
    advice:
      'Open with one or two sentences of context: your role, the team, and the problem you faced.',
  },
  task: {
    severity: 'warn',
    message: 'No task: it is not said what you were responsible for or aiming at.',
    advice:
      'Say what you had to achieve and why it fell to you ("I was asked to…", "My goal was…").',
  },
  action: {
    severity: 'problem',
    message: 'No action: the answer does not show what you yourself did.',
    advice: 'Give two or three concrete steps you took, each starting with "I".',
  },
  result: {
    severity: 'problem',
    message: 'No result: the answer never says how it turned out.',
    advice:
      'End with what changed because of what you did, with a number if you have one (time saved, revenue, error rate, rank).',
  },
};

function structureFindings(
  star: Record<StarPart, boolean>,
  parts: Record<Part, Span[]>,
  quantity: Span | undefined,
  whole: Span,
): Finding<AnswerFindingKind>[] {
  const findings: Finding<AnswerFindingKind>[] = [];
  for (const part of starParts) {
    if (!star[part]) findings.push({ kind: `missing_${part}`, ...missingAdvice[part], ...whole });
  }
  const firstResult = parts.result[0];
  if (firstResult && !quantity) {
    findings.push({
      kind: 'result_not_quantified',
      severity: 'warn',
      message: 'The result has no measure: nothing says how much changed.',
      advice:
        'Add a figure: a percentage, an amount of money or time, a count, a before-and-after, or a rank.',
      ...firstResult,
      spans: parts.result,
    });
  }
  if (parts.reflection.length === 0 && star.action && star.result) {
    findings.push({
      kind: 'missing_reflection',
      severity: 'info',
      message: 'No reflection: the answer does not say what you learned.',
      advice:
        'Close with one sentence on what you took from it or would do differently; second-round interviewers listen for it.',
      ...whole,
    });
  }
  return findings;
}

/** Only "we" doing things, never "I": the interviewer cannot tell what was yours. */
function ownershipFindings(
  parsed: ParsedText,
  actions: readonly Span[],
): Finding<AnswerFindingKind>[] {
  const sentences = parsed.sentences.filter((sentence) =>
    actions.some((span) => span.start <= sentence.start && sentence.end <= span.end),
  );
  const actors = sentences.map((sentence) => actorOf(parsed, sentence));
  if (actors.includes('self') || !actors.includes('others')) return [];
  const evidence = sentences
    .filter((_, index) => actors[index] === 'others')
    .map(({ start, end }) => ({ start, end }));
  const [first] = evidence;
  return first
    ? [
        {
          kind: 'unclear_ownership',
          severity: 'warn',
          message:
            'Every action is something "we", "the team" or "someone" did; your own part is not visible.',
          advice:
            'Keep the team in the story but say what you personally did: "I proposed…", "I built…", "I persuaded…".',
          ...first,
          spans: evidence,
        },
      ]
    : [];
}

function toneFindings(text: string, parsed: ParsedText): Finding<AnswerFindingKind>[] {
  const findings: Finding<AnswerFindingKind>[] = [];
  const negativeMatches = negativeMatcher.find(parsed);
  const sentenceOf = (match: { sentence: number }) => {
    const sentence = parsed.sentences[match.sentence];
    return sentence ? parsed.lower.slice(sentence.start, sentence.end) : '';
  };
  const aboutEmployer = negativeMatches.filter((match) =>
    employerReference.test(sentenceOf(match)),
  );
  // Running down colleagues, rather than the employer, is a way of talking oneself up.
  const aboutPeers = negativeMatches.filter(
    (match) => !aboutEmployer.includes(match) && peerReference.test(sentenceOf(match)),
  );
  const boasts = [
    ...matchSpans(parsed.lower, boastPattern),
    ...aboutPeers.map(({ start, end }) => ({ start, end })),
  ].sort((a, b) => a.start - b.start);
  const [firstBoast] = boasts;
  if (firstBoast) {
    findings.push({
      kind: 'boastful',
      severity: 'warn',
      message:
        'This takes sole credit or puts others down, which interviewers read as a warning about teamwork.',
      advice:
        'State your own contribution plainly and give others theirs: "I led the fix, with help from…".',
      ...firstBoast,
      spans: boasts,
    });
  }
  const negatives = aboutEmployer.map(({ start, end }) => ({ start, end }));
  const [firstNegative] = negatives;
  if (firstNegative) {
    findings.push({
      kind: 'negative_about_employer',
      severity: 'problem',
      message:
        'This speaks badly of a former employer, manager or colleagues; the interviewer will wonder what you will say about them.',
      advice:
        'Describe the situation neutrally and move to what you did about it and what you learned.',
      ...firstNegative,
      spans: negatives,
    });
  }
  return findings;
}

function hedgeSpans(text: string, parsed: ParsedText): Span[] {
  return hedgeMatcher.find(parsed).filter((span) => {
    const phrase = text.slice(span.start, span.end).toLowerCase();
    if (!phrase.endsWith(' of')) return true;
    return !kindOfDeterminers.test(text.slice(Math.max(0, span.start - 12), span.start));
  });
}

function hedgingFinding(hedges: Span[], words: number): Finding<AnswerFindingKind> | undefined {
  const threshold = thresholds.hedgesPerHundredWords.value;
  const rate = words > 0 ? (hedges.length / words) * 100 : 0;
  const [first] = hedges;
  if (!first || (rate <= threshold && hedges.length < 3)) return undefined;
  return {
    kind: 'hedging',
    severity: rate > threshold * 2 ? 'problem' : 'warn',
    message: `${hedges.length} softeners ("maybe", "sort of", "I guess"…), ${rate.toFixed(1)} per 100 words: the answer sounds unsure of your own work.`,
    advice:
      'Say what you did and what happened as facts. Keep one softener at most, where you really are unsure.',
    ...first,
    spans: hedges,
    threshold: limit('hedgesPerHundredWords'),
  };
}

function fillerSpans(text: string, parsed: ParsedText): Span[] {
  return [
    ...fillerMatcher.find(parsed).map(({ start, end }) => ({ start, end })),
    ...matchSpans(parsed.lower, fillerLike).map((span) => {
      const found = text.slice(span.start, span.end).toLowerCase().lastIndexOf('like');
      return { start: span.start + found, end: span.start + found + 4 };
    }),
    ...matchSpans(parsed.lower, fillerYouKnow),
  ].sort((a, b) => a.start - b.start);
}

function fillerWordsFinding(
  fillers: Span[],
  perMinute: number,
  measured: boolean,
): Finding<AnswerFindingKind> | undefined {
  const harmless = thresholds.fillersHarmless.value;
  const [first] = fillers;
  if (!first || perMinute <= harmless) return undefined;
  const harmful = perMinute >= thresholds.fillersHarmful.value;
  return {
    kind: 'filler_words',
    severity: harmful ? 'problem' : 'warn',
    message: `${fillers.length} filler words, about ${perMinute.toFixed(1)} a minute${measured ? '' : ' at a conversational pace'}.`,
    advice:
      'Pause silently instead of filling the gap; a short pause sounds confident. Practise the opening sentence until it comes without "um".',
    ...first,
    spans: fillers,
    threshold: limit(harmful ? 'fillersHarmful' : 'fillersHarmless'),
  };
}

function lightFor(seconds: number): TimingLight {
  if (seconds < thresholds.answerMinimumSeconds.value) return 'under';
  if (seconds < thresholds.answerAmberSeconds.value) return 'green';
  if (seconds <= thresholds.answerMaximumSeconds.value) return 'amber';
  return 'red';
}

const clock = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, '0')}`;

function lengthFindings(
  timing: AnswerAnalysis['timing'],
  words: number,
  whole: Span,
): Finding<AnswerFindingKind>[] {
  if (words === 0) return [];
  const how = timing.measured ? 'took' : 'would take about';
  const said = `${words} words ${how} ${clock(timing.seconds)}`;
  switch (timing.light) {
    case 'under':
      return [
        {
          kind: 'too_short',
          severity: timing.seconds < thresholds.answerMinimumSeconds.value / 2 ? 'problem' : 'warn',
          message: `${said}, under the one-minute mark: probably too thin for a second-round question.`,
          advice:
            'Add the detail the interviewer needs: the stakes, two or three steps you took, and the measured result.',
          ...whole,
          threshold: limit('answerMinimumSeconds'),
        },
      ];
    case 'green':
      return [];
    case 'amber':
      return [
        {
          kind: 'running_long',
          severity: 'info',
          message: `${said}: past the amber mark, so head for the result.`,
          advice: 'Trim the set-up and keep the actions and the result.',
          ...whole,
          threshold: limit('answerAmberSeconds'),
        },
      ];
    case 'red':
      return [
        {
          kind: 'too_long',
          severity:
            timing.seconds > thresholds.answerMaximumSeconds.value * 1.5 ? 'problem' : 'warn',
          message: `${said}, past the two-minute mark where attention drops.`,
          advice:
            'Cut the situation to two sentences and keep the three strongest actions; let the interviewer ask for more.',
          ...whole,
          threshold: limit('answerMaximumSeconds'),
        },
      ];
  }
}

function paceFindings(wordsPerMinute: number, whole: Span): Finding<AnswerFindingKind>[] {
  if (wordsPerMinute > thresholds.paceTooFast.value) {
    return [
      {
        kind: 'pace_too_fast',
        severity: 'warn',
        message: `${wordsPerMinute} words a minute: faster than listeners follow comfortably.`,
        advice: `Aim for ${thresholds.paceTargetLow.value}–${thresholds.paceTargetHigh.value} words a minute: pause after each step and after the result.`,
        ...whole,
        threshold: limit('paceTooFast'),
      },
    ];
  }
  if (wordsPerMinute < thresholds.paceTooSlow.value) {
    return [
      {
        kind: 'pace_too_slow',
        severity: 'warn',
        message: `${wordsPerMinute} words a minute: slow enough to sound hesitant.`,
        advice: `Aim for ${thresholds.paceTargetLow.value}–${thresholds.paceTargetHigh.value} words a minute; rehearse the outline so the next step comes to mind.`,
        ...whole,
        threshold: limit('paceTooSlow'),
      },
    ];
  }
  return [];
}
