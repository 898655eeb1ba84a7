import type { DimensionTrend, ReflectionDimension } from '../../coach/reflection-trends.js';

/** One reflected round: a column of the chart and a row of its table. */
export interface TrendColumn {
  readonly roundId: string;
  /** "Larkspur Freight, round 2". */
  readonly label: string;
  /** YYYY-MM-DD, the round's local date. */
  readonly date: string;
  readonly ratings: Readonly<Partial<Record<ReflectionDimension, number>>>;
}

/**
 * The rounds of every aspect's series as columns in date order, each with its ratings: the
 * chart's x axis and the rows of the table beside it. A round left unrated on an aspect has no
 * rating there.
 */
export function trendColumns(dimensions: readonly DimensionTrend[]): TrendColumn[] {
  const columns = new Map<string, TrendColumn & { number: number }>();
  for (const dimension of dimensions) {
    for (const point of dimension.series) {
      const column = columns.get(point.roundId) ?? {
        roundId: point.roundId,
        label: `${point.company}, round ${point.roundNumber}`,
        date: point.date,
        number: point.roundNumber,
        ratings: {},
      };
      columns.set(point.roundId, {
        ...column,
        ratings: { ...column.ratings, [dimension.dimension]: point.rating },
      });
    }
  }
  return [...columns.values()]
    .sort((a, b) => a.date.localeCompare(b.date) || a.number - b.number)
    .map(({ roundId, label, date, ratings }) => ({ roundId, label, date, ratings }));
}

/** The plotting area of the chart, in SVG units. */
export const chartBox = {
  width: 640,
  height: 240,
  left: 40,
  right: 16,
  top: 16,
  bottom: 44,
  /** Room between the axis and the first and last rounds, for their markers and dates. */
  inset: 36,
};

/** The x of column `index` of `count`: spread across the width, one column in the middle. */
export function xOf(index: number, count: number): number {
  const { width, left, right, inset } = chartBox;
  const first = left + inset;
  const inner = width - right - inset - first;
  return count <= 1 ? first + inner / 2 : first + (index * inner) / (count - 1);
}

/** The y of a rating from 1 (bottom) to 5 (top). */
export function yOf(rating: number): number {
  const { height, top, bottom } = chartBox;
  return top + ((5 - rating) / 4) * (height - top - bottom);
}
