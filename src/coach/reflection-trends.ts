/** How the candidate's own ratings of their rounds move over time, and which lessons keep coming back. */
import { DateTime } from 'luxon';
import { lessonStopWords, reflectionDimensions, reflectionRules } from '../content/reflection.js';

export type ReflectionDimension = (typeof reflectionDimensions)[number]['id'];

/** One reflected round, with what the trend needs to know about its round and opportunity. */
export interface ReflectedRound {
  readonly roundId: string;
  readonly roundNumber: number;
  readonly opportunityId: string;
  readonly company: string;
  readonly role: string;
  /** When the round took place (its start; the reflection's time when it has none), an instant. */
  readonly at: string;
  /** The round's time zone, in which `date` is shown. */
  readonly timeZone: string;
  readonly ratings: Readonly<Record<ReflectionDimension, number | null>>;
  readonly lessons: readonly string[];
}

/** One rating on the chart. */
export interface RatingPoint {
  readonly roundId: string;
  readonly roundNumber: number;
  readonly opportunityId: string;
  readonly company: string;
  /** The round's local date, YYYY-MM-DD. */
  readonly date: string;
  readonly rating: number;
}

export interface DimensionTrend {
  readonly dimension: ReflectionDimension;
  readonly label: string;
  /** The ratings in date order; rounds without a rating on this aspect are left out. */
  readonly series: readonly RatingPoint[];
  readonly first: number | null;
  readonly last: number | null;
  /** Last minus first; null with fewer than two ratings. */
  readonly change: number | null;
  readonly average: number | null;
  /** In how many rounds this aspect was the lowest rated (ties included; all-equal rounds not). */
  readonly lowestIn: number;
  /** E.g. "connection improved from 2 to 4 over 3 rounds"; null with fewer than two ratings. */
  readonly summary: string | null;
}

export interface RepeatedLesson {
  /** The lesson as first written. */
  readonly lesson: string;
  /** Every wording of it, in date order. */
  readonly wordings: readonly string[];
  readonly roundIds: readonly string[];
  readonly rounds: number;
}

export interface ReflectionTrends {
  readonly rounds: number;
  readonly dimensions: readonly DimensionTrend[];
  /** The headline observations, the weakest aspect first. */
  readonly summaries: readonly string[];
  readonly repeatedLessons: readonly RepeatedLesson[];
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * Trends across every reflected round, of every opportunity, in date order: per aspect a series
 * for the chart and a one-line summary ("connection improved from 2 to 4 over 3 rounds"), the
 * aspect most often rated lowest ("body language is your lowest rating in 3 of 4 rounds"), and
 * the lessons written down in more than one round.
 * @example reflectionTrends(rounds).summaries[0] // 'body language is your lowest rating in 3 of 4 rounds'
 */
export function reflectionTrends(reflected: readonly ReflectedRound[]): ReflectionTrends {
  const ordered = [...reflected].sort(
    (a, b) => Date.parse(a.at) - Date.parse(b.at) || a.roundNumber - b.roundNumber,
  );
  const lowest = lowestCounts(ordered);
  const dimensions = reflectionDimensions.map((dimension): DimensionTrend => {
    const series = ordered.flatMap((round): RatingPoint[] => {
      const rating = round.ratings[dimension.id];
      if (rating === null) return [];
      const date = DateTime.fromISO(round.at, { zone: round.timeZone }).toISODate() ?? '';
      const { roundId, roundNumber, opportunityId, company } = round;
      return [{ roundId, roundNumber, opportunityId, company, date, rating }];
    });
    const first = series[0]?.rating ?? null;
    const last = series.at(-1)?.rating ?? null;
    const enough = series.length >= 2 && first !== null && last !== null;
    const total = series.reduce((sum, point) => sum + point.rating, 0);
    return {
      dimension: dimension.id,
      label: dimension.label,
      series,
      first,
      last,
      change: enough ? last - first : null,
      average: series.length > 0 ? Math.round((total / series.length) * 10) / 10 : null,
      lowestIn: lowest.counts.get(dimension.id) ?? 0,
      summary: enough ? changeSummary(dimension.label, first, last, series.length) : null,
    };
  });
  const weakest = weakestSummary(dimensions, lowest.rounds);
  return {
    rounds: ordered.length,
    dimensions,
    summaries: [
      ...(weakest ? [weakest] : []),
      ...dimensions.flatMap((d) => (d.summary ? [d.summary] : [])),
    ],
    repeatedLessons: repeatedLessons(ordered),
  };
}

function changeSummary(label: string, first: number, last: number, count: number): string {
  const over = `over ${plural(count, 'round')}`;
  if (last > first) return `${label} improved from ${first} to ${last} ${over}`;
  if (last < first) return `${label} fell from ${first} to ${last} ${over}`;
  return `${label} stayed at ${first} ${over}`;
}

/** Per aspect, the rounds in which it was rated lowest; and how many rounds could have one. */
function lowestCounts(rounds: readonly ReflectedRound[]) {
  const counts = new Map<ReflectionDimension, number>();
  let considered = 0;
  for (const round of rounds) {
    const rated = reflectionDimensions.flatMap((d) => {
      const rating = round.ratings[d.id];
      return rating === null ? [] : [{ id: d.id, rating }];
    });
    if (rated.length < 2) continue;
    considered += 1;
    const min = Math.min(...rated.map((entry) => entry.rating));
    // A round rated the same on every aspect has no weakest aspect.
    if (rated.every((entry) => entry.rating === min)) continue;
    for (const entry of rated) {
      if (entry.rating === min) counts.set(entry.id, (counts.get(entry.id) ?? 0) + 1);
    }
  }
  return { counts, rounds: considered };
}

/** "body language is your lowest rating in 3 of 4 rounds", when one aspect is lowest in most. */
function weakestSummary(dimensions: readonly DimensionTrend[], rounds: number): string | null {
  const most = Math.max(0, ...dimensions.map((d) => d.lowestIn));
  if (rounds < 2 || most < 2 || most * 2 <= rounds) return null;
  const labels = dimensions.filter((d) => d.lowestIn === most).map((d) => d.label);
  if (labels.length === 1)
    return `${labels[0]} is your lowest rating in ${most} of ${rounds} rounds`;
  const joined = `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
  return `${joined} are your lowest ratings, each in ${most} of ${rounds} rounds`;
}

/** Content words of a lesson: lower case, no punctuation, no stop words, plurals folded. */
function wordsOf(lesson: string): Set<string> {
  const stop = new Set(lessonStopWords);
  const words = lesson
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word && !stop.has(word))
    .map((word) =>
      word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word,
    );
  return new Set(words);
}

function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** Lessons that recur, grouped by wording similarity, in the order they were first written. */
function repeatedLessons(rounds: readonly ReflectedRound[]): RepeatedLesson[] {
  const groups: { words: Set<string>; wordings: string[]; roundIds: string[] }[] = [];
  const threshold = reflectionRules.sameLessonSimilarity.value;
  for (const round of rounds) {
    for (const lesson of round.lessons) {
      const words = wordsOf(lesson);
      const group = groups.find((g) => similarity(g.words, words) >= threshold);
      if (!group) {
        groups.push({ words, wordings: [lesson], roundIds: [round.roundId] });
        continue;
      }
      if (!group.wordings.includes(lesson)) group.wordings.push(lesson);
      if (!group.roundIds.includes(round.roundId)) group.roundIds.push(round.roundId);
    }
  }
  return groups
    .filter((group) => group.roundIds.length >= reflectionRules.repeatedLessonRounds.value)
    .map((group) => ({
      lesson: group.wordings[0] ?? '',
      wordings: group.wordings,
      roundIds: group.roundIds,
      rounds: group.roundIds.length,
    }));
}
