import { describe, expect, test } from 'vitest';
import { reflectionTrends, type ReflectedRound } from './reflection-trends.js';

type Ratings = [
  preparation: number | null,
  answers: number | null,
  body: number | null,
  connection: number | null,
];

/** A reflected round on a given day of November 2026, at Larkspur unless told otherwise. */
const aReflection = (
  day: number,
  [preparation, answers, bodyLanguage, connection]: Ratings,
  overrides: Partial<ReflectedRound> = {},
): ReflectedRound => ({
  roundId: `round-${day}`,
  roundNumber: 1,
  opportunityId: 'larkspur',
  company: 'Larkspur Freight',
  role: 'Senior PM',
  at: `2026-11-${String(day).padStart(2, '0')}T09:00:00.000Z`,
  timeZone: 'Europe/Amsterdam',
  ratings: { preparation, answers, bodyLanguage, connection },
  lessons: [],
  ...overrides,
});

const dimension = (trends: ReturnType<typeof reflectionTrends>, id: string) =>
  trends.dimensions.find((d) => d.dimension === id)!;

describe('each rating aspect has a series in date order', () => {
  test('rounds given out of order come back sorted by when they took place', () => {
    const trends = reflectionTrends([
      aReflection(20, [4, 4, 3, 4]),
      aReflection(2, [2, 3, 2, 2]),
      aReflection(10, [3, 3, 2, 3]),
    ]);
    expect(dimension(trends, 'connection').series.map((p) => p.rating)).toEqual([2, 3, 4]);
    expect(dimension(trends, 'connection').series.map((p) => p.date)).toEqual([
      '2026-11-02',
      '2026-11-10',
      '2026-11-20',
    ]);
  });

  test('rounds of different opportunities share one series, each point naming its company', () => {
    const trends = reflectionTrends([
      aReflection(2, [3, 3, 3, 3]),
      aReflection(5, [4, 4, 4, 4], { opportunityId: 'northwind', company: 'Northwind Health' }),
    ]);
    expect(dimension(trends, 'answers').series.map((p) => p.company)).toEqual([
      'Larkspur Freight',
      'Northwind Health',
    ]);
  });

  test('a round that did not rate an aspect is left out of that aspect only', () => {
    const trends = reflectionTrends([
      aReflection(2, [3, null, 3, 3]),
      aReflection(5, [4, 2, 4, 4]),
    ]);
    expect(dimension(trends, 'answers').series).toHaveLength(1);
    expect(dimension(trends, 'answers').summary).toBeNull();
    expect(dimension(trends, 'preparation').series).toHaveLength(2);
  });

  test('the local date is the round’s date in its own zone', () => {
    const late = aReflection(2, [3, 3, 3, 3], {
      at: '2026-11-02T23:30:00.000Z',
      timeZone: 'Asia/Tokyo',
    });
    expect(dimension(reflectionTrends([late]), 'answers').series[0]?.date).toBe('2026-11-03');
  });
});

describe('summaries', () => {
  test('a rising aspect: "connection improved from 2 to 4 over 3 rounds"', () => {
    const trends = reflectionTrends([
      aReflection(2, [3, 3, 3, 2]),
      aReflection(10, [3, 3, 3, 3]),
      aReflection(20, [3, 3, 3, 4]),
    ]);
    expect(dimension(trends, 'connection')).toMatchObject({ first: 2, last: 4, change: 2 });
    expect(trends.summaries).toContain('connection improved from 2 to 4 over 3 rounds');
  });

  test('a falling aspect and a steady one say so', () => {
    const trends = reflectionTrends([aReflection(2, [4, 4, 3, 3]), aReflection(9, [2, 4, 3, 3])]);
    expect(trends.summaries).toContain('preparation fell from 4 to 2 over 2 rounds');
    expect(trends.summaries).toContain('answers stayed at 4 over 2 rounds');
  });

  test('"body language is your lowest rating in 3 of 4 rounds" comes first', () => {
    const trends = reflectionTrends([
      aReflection(2, [3, 3, 1, 3]),
      aReflection(9, [4, 3, 2, 3]),
      aReflection(16, [2, 4, 4, 4]),
      aReflection(23, [4, 4, 3, 4]),
    ]);
    expect(dimension(trends, 'bodyLanguage').lowestIn).toBe(3);
    expect(trends.summaries[0]).toBe('body language is your lowest rating in 3 of 4 rounds');
  });

  test('no weakest aspect when none is lowest in most rounds, or every aspect is rated alike', () => {
    const mixed = reflectionTrends([
      aReflection(2, [1, 3, 3, 3]),
      aReflection(9, [3, 1, 3, 3]),
      aReflection(16, [3, 3, 3, 3]),
    ]);
    expect(mixed.summaries.some((line) => line.includes('lowest'))).toBe(false);
    expect(dimension(mixed, 'preparation').lowestIn).toBe(1);
  });

  test('two aspects tied for lowest in most rounds are named together', () => {
    const trends = reflectionTrends([aReflection(2, [4, 4, 2, 2]), aReflection(9, [4, 3, 2, 2])]);
    expect(trends.summaries[0]).toBe(
      'body language and connection are your lowest ratings, each in 2 of 2 rounds',
    );
  });

  test('a single reflection has series of one and no change', () => {
    const trends = reflectionTrends([aReflection(2, [3, 4, 2, 5])]);
    expect(trends.rounds).toBe(1);
    expect(trends.summaries).toEqual([]);
    expect(dimension(trends, 'answers')).toMatchObject({ change: null, average: 4 });
  });
});

describe('lessons repeated across rounds', () => {
  test('the same lesson in two rounds, worded a little differently, is one repeated lesson', () => {
    const trends = reflectionTrends([
      aReflection(2, [3, 3, 3, 3], { lessons: ['Give the result in numbers.', 'Sleep more'] }),
      aReflection(9, [3, 3, 3, 3], { lessons: ['give results in numbers!'] }),
      aReflection(16, [3, 3, 3, 3], { lessons: ['Ask about the team first'] }),
    ]);
    expect(trends.repeatedLessons).toEqual([
      {
        lesson: 'Give the result in numbers.',
        wordings: ['Give the result in numbers.', 'give results in numbers!'],
        roundIds: ['round-2', 'round-9'],
        rounds: 2,
      },
    ]);
  });

  test('lessons that only share a topic word are not the same lesson', () => {
    const trends = reflectionTrends([
      aReflection(2, [3, 3, 3, 3], { lessons: ['Prepare numbers for the pricing story'] }),
      aReflection(9, [3, 3, 3, 3], { lessons: ['Slow down when telling the pricing story'] }),
    ]);
    expect(trends.repeatedLessons).toEqual([]);
  });

  test('a lesson written twice in the same round is not repeated across rounds', () => {
    const trends = reflectionTrends([
      aReflection(2, [3, 3, 3, 3], {
        lessons: ['Pause before answering', 'pause before answering'],
      }),
    ]);
    expect(trends.repeatedLessons).toEqual([]);
  });
});
