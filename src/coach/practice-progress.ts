/**
 * Practice over time: each attempt reduced to the numbers the progress charts draw (pace, fillers
 * per minute, STAR parts, length, self-rating), and a plain-words summary of what moved between the
 * first attempts and the latest ones.
 */
import { thresholds, type Threshold } from '../content/thresholds.js';
import type { AnswerSnapshot, DeliverySnapshot } from '../domain/practice.js';
import type { AnswerAnalysis } from './answer-analysis.js';
import type { VoiceActivity } from './voice-activity.js';

/** The fields of a practice attempt that progress reads. */
export interface PracticedAttempt {
  readonly id: string;
  readonly question: string;
  /** A typed answer's clock measured typing, not speaking; its length is estimated from its words. */
  readonly mode: 'typed' | 'spoken';
  readonly transcript: string;
  readonly durationSeconds: number | null;
  readonly selfRating: number | null;
  readonly attemptedAt: string | null;
  readonly createdAt: string;
  readonly analysis: AnswerSnapshot | null;
}

/** One attempt as a point on the charts; a measure is null when the attempt cannot have it. */
export interface ProgressPoint {
  readonly id: string;
  readonly question: string;
  readonly mode: 'typed' | 'spoken';
  readonly at: string;
  /** How long the answer takes to say: measured when spoken, estimated from the words when typed. */
  readonly seconds: number | null;
  readonly words: number | null;
  readonly wordsPerMinute: number | null;
  readonly fillersPerMinute: number | null;
  /** How many of situation, task, action and result the answer has (0–4). */
  readonly starParts: number | null;
  readonly selfRating: number | null;
  readonly findings: number | null;
}

export type ProgressMeasure =
  'wordsPerMinute' | 'fillersPerMinute' | 'starParts' | 'seconds' | 'selfRating';

/** What happened to one measure between the earliest attempts and the latest ones. */
export interface MeasureChange {
  readonly measure: ProgressMeasure;
  readonly earlier: number;
  readonly latest: number;
  readonly direction: 'better' | 'worse' | 'same';
  /** Why that direction counts as better or worse, in words, with the threshold behind it. */
  readonly reason: string;
  readonly threshold?: Threshold;
}

export interface PracticeProgress {
  readonly points: readonly ProgressPoint[];
  readonly questions: number;
  /** Empty until there are at least two attempts with the measure. */
  readonly changes: readonly MeasureChange[];
}

/** How many attempts at each end are averaged when comparing the start with now. */
export const PROGRESS_WINDOW = 3;

/**
 * What the coach found, reduced to what is kept with an attempt.
 * @example snapshotAnswer(analyseAnswer(text, { seconds: 95 })).star.result // true
 */
export function snapshotAnswer(analysis: AnswerAnalysis): AnswerSnapshot {
  return {
    words: analysis.words,
    wordsPerMinute:
      analysis.wordsPerMinute === undefined ? null : Math.round(analysis.wordsPerMinute),
    fillersPerMinute: Math.round(analysis.fillers.perMinute * 10) / 10,
    hedges: analysis.hedges,
    star: { ...analysis.star },
    resultQuantified: analysis.resultQuantified,
    findings: analysis.findings.map((finding) => finding.kind),
  };
}

/** What was measured on a recording, reduced to what is kept with an attempt. */
export function snapshotDelivery(activity: VoiceActivity): DeliverySnapshot {
  const tenth = (value: number) => Math.round(value * 10) / 10;
  return {
    speakingSeconds: tenth(activity.speakingSeconds),
    pauses: activity.pauses.length,
    longestPauseSeconds: tenth(activity.longestPauseSeconds),
    longPauses: activity.longPauses,
    timeToFirstWordSeconds:
      activity.timeToFirstWordSeconds === null ? null : tenth(activity.timeToFirstWordSeconds),
  };
}

const starCount = (snapshot: AnswerSnapshot) => Object.values(snapshot.star).filter(Boolean).length;

/** A typed answer's speaking time, at the conversational rate the pace band is centred on. */
const spokenSecondsOf = (words: number) =>
  Math.round((words / thresholds.conversationalWordsPerMinute.value) * 60);

/**
 * An attempt as a chart point. Attempts saved before snapshots were kept are analysed now with
 * `analyse`, so old practice still shows on the charts. A typed attempt has no pace (its clock
 * timed the typing) and its length is the time its words take to say at a conversational rate.
 */
export function progressPoint(
  attempt: PracticedAttempt,
  analyse: (transcript: string, seconds: number | null) => AnswerSnapshot,
): ProgressPoint {
  const spoken = attempt.mode === 'spoken';
  const measured =
    spoken && attempt.durationSeconds && attempt.durationSeconds > 0
      ? attempt.durationSeconds
      : null;
  const snapshot =
    attempt.analysis ??
    (attempt.transcript.trim() === '' ? null : analyse(attempt.transcript, measured));
  const seconds = spoken ? measured : snapshot ? spokenSecondsOf(snapshot.words) : null;
  const wordsPerMinute = !spoken
    ? null
    : (snapshot?.wordsPerMinute ??
      (snapshot && measured ? Math.round((snapshot.words / measured) * 60) : null));
  return {
    id: attempt.id,
    question: attempt.question,
    mode: attempt.mode,
    at: attempt.attemptedAt ?? attempt.createdAt,
    seconds,
    words: snapshot?.words ?? null,
    wordsPerMinute,
    fillersPerMinute: snapshot ? snapshot.fillersPerMinute : null,
    starParts: snapshot ? starCount(snapshot) : null,
    selfRating: attempt.selfRating,
    findings: snapshot?.findings.length ?? null,
  };
}

const mean = (values: readonly number[]) =>
  values.reduce((sum, value) => sum + value, 0) / values.length;

/** Distance from the middle of a band; zero inside it. */
const outside = (value: number, low: number, high: number) =>
  value < low ? low - value : value > high ? value - high : 0;

interface MeasureRule {
  readonly measure: ProgressMeasure;
  /** Larger is better after this transform. */
  readonly score: (value: number) => number;
  readonly reason: string;
  readonly threshold?: Threshold;
  /** Smallest change of the averaged score that counts as a change at all. */
  readonly noise: number;
}

const paceLow = thresholds.paceTargetLow.value;
const paceHigh = thresholds.paceTargetHigh.value;
const lengthLow = thresholds.answerMinimumSeconds.value;
const lengthHigh = thresholds.answerMaximumSeconds.value;

const rules: readonly MeasureRule[] = [
  {
    measure: 'wordsPerMinute',
    score: (value) => -outside(value, paceLow, paceHigh),
    reason: `closer to ${paceLow}–${paceHigh} words a minute is better`,
    threshold: thresholds.paceTargetLow,
    noise: 5,
  },
  {
    measure: 'fillersPerMinute',
    score: (value) => -value,
    reason: `fewer fillers is better; under ${thresholds.fillersHarmless.value} a minute goes unnoticed`,
    threshold: thresholds.fillersHarmless,
    noise: 0.5,
  },
  {
    measure: 'starParts',
    score: (value) => value,
    reason: 'an answer with situation, task, action and result is easier to follow',
    noise: 0.25,
  },
  {
    measure: 'seconds',
    score: (value) => -outside(value, lengthLow, lengthHigh),
    reason: `most answers should land between ${lengthLow / 60}:00 and ${lengthHigh / 60}:00`,
    threshold: thresholds.answerMaximumSeconds,
    noise: 5,
  },
  {
    measure: 'selfRating',
    score: (value) => value,
    reason: 'your own rating of how it felt, out of 5',
    noise: 0.25,
  },
];

function changeOf(rule: MeasureRule, points: readonly ProgressPoint[]): MeasureChange | undefined {
  const values = points
    .map((point) => point[rule.measure])
    .filter((value): value is number => value !== null);
  if (values.length < 2) return undefined;
  // With few attempts, the first and the last; with more, the average of each end. Each attempt
  // is scored before averaging: two answers either side of a band are not one answer inside it.
  const window = Math.min(PROGRESS_WINDOW, Math.floor(values.length / 2));
  const first = values.slice(0, window);
  const last = values.slice(-window);
  const delta = mean(last.map(rule.score)) - mean(first.map(rule.score));
  const direction = Math.abs(delta) < rule.noise ? 'same' : delta > 0 ? 'better' : 'worse';
  return {
    measure: rule.measure,
    earlier: Math.round(mean(first) * 10) / 10,
    latest: Math.round(mean(last) * 10) / 10,
    direction,
    reason: rule.reason,
    ...(rule.threshold ? { threshold: rule.threshold } : {}),
  };
}

/**
 * The points of every attempt in time order and what changed between the first attempts and the
 * latest ones, measure by measure.
 * @example practiceProgress(attempts, analyse).changes[0] // { measure: 'wordsPerMinute', direction: 'better', … }
 */
export function practiceProgress(
  attempts: readonly PracticedAttempt[],
  analyse: (transcript: string, seconds: number | null) => AnswerSnapshot,
): PracticeProgress {
  const points = attempts
    .map((attempt) => progressPoint(attempt, analyse))
    .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  return {
    points,
    questions: new Set(points.map((point) => point.question)).size,
    changes: rules
      .map((rule) => changeOf(rule, points))
      .filter((change): change is MeasureChange => change !== undefined),
  };
}
