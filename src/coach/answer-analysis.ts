/** Analyses an answer: its types, the STAR structure findings, and `analyseAnswer` running all. */
import { behaviouralQuestionPattern } from '../content/answer-lexicon.js';
import { thresholds } from '../content/thresholds.js';
import {
  fillerSpans,
  fillerWordsFinding,
  hedgeSpans,
  hedgingFinding,
  lengthFindings,
  lightFor,
  paceFindings,
  type AnswerTiming,
} from './answer-delivery.js';
import { ownershipFindings, toneFindings } from './answer-tone.js';
import { sortFindings, type Finding, type Severity, type Span } from './finding.js';
import {
  findParts,
  findResultQuantity,
  starParts,
  type AnswerPart,
  type StarPart,
} from './star-parts.js';
import { parseText } from './text.js';

export { findResultQuantity, starParts, type StarPart };
export type { TimingLight } from './answer-delivery.js';

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
  readonly parts: Record<AnswerPart, readonly Span[]>;
  readonly resultQuantified: boolean;
  /** Whether the STAR checks applied (the question asks for a story, or no question was given). */
  readonly behavioural: boolean;
  readonly timing: AnswerTiming;
  readonly wordsPerMinute?: number;
  readonly fillers: { readonly count: number; readonly perMinute: number };
  readonly hedges: number;
  readonly findings: Finding<AnswerFindingKind>[];
}

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

/** The result says what happened but not how much: evidence is the first result sentence. */
export function resultNotQuantified(
  evidence: Span,
  results: readonly Span[],
): Finding<'result_not_quantified'> {
  return {
    kind: 'result_not_quantified',
    severity: 'warn',
    message: 'The result has no measure: nothing says how much changed.',
    advice:
      'Add a figure: a percentage, an amount of money or time, a count, a before-and-after, or a rank.',
    ...evidence,
    spans: results,
  };
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
  parts: Record<AnswerPart, Span[]>,
  quantity: Span | undefined,
  whole: Span,
): Finding<AnswerFindingKind>[] {
  const findings: Finding<AnswerFindingKind>[] = [];
  for (const part of starParts) {
    if (!star[part]) findings.push({ kind: `missing_${part}`, ...missingAdvice[part], ...whole });
  }
  const firstResult = parts.result[0];
  if (firstResult && !quantity) {
    findings.push(resultNotQuantified(firstResult, parts.result));
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
