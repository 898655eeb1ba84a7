import { describe, expect, it } from 'vitest';
import type { DimensionTrend } from '../../coach/reflection-trends.js';
import { chartBox, trendColumns, xOf, yOf } from './trend-layout.js';

const point = (roundId: string, date: string, rating: number, roundNumber = 1) => ({
  roundId,
  roundNumber,
  opportunityId: 'o1',
  company: 'Larkspur Freight',
  date,
  rating,
});

const trend = (
  dimension: DimensionTrend['dimension'],
  series: DimensionTrend['series'],
): DimensionTrend => ({
  dimension,
  label: dimension,
  series,
  first: series[0]?.rating ?? null,
  last: series.at(-1)?.rating ?? null,
  change: null,
  average: null,
  lowestIn: 0,
  summary: null,
});

describe('trendColumns', () => {
  it('puts each round in one column, in date order, with its ratings', () => {
    const columns = trendColumns([
      trend('preparation', [point('r1', '2026-11-10', 2), point('r2', '2026-11-20', 4, 2)]),
      trend('connection', [point('r2', '2026-11-20', 5, 2)]),
    ]);
    expect(columns.map((column) => column.roundId)).toEqual(['r1', 'r2']);
    expect(columns[1]).toMatchObject({
      label: 'Larkspur Freight, round 2',
      ratings: { preparation: 4, connection: 5 },
    });
  });

  it('leaves an aspect out of a round that was not rated on it', () => {
    const [column] = trendColumns([trend('answers', [point('r1', '2026-11-10', 3)])]);
    expect(column?.ratings).toEqual({ answers: 3 });
  });
});

describe('chart geometry', () => {
  it('puts a single round in the middle', () => {
    const { left, right, width } = chartBox;
    expect(xOf(0, 1)).toBe(left + (width - left - right) / 2);
  });

  it('keeps the first and last rounds clear of the axis', () => {
    expect(xOf(0, 3)).toBe(chartBox.left + chartBox.inset);
    expect(xOf(2, 3)).toBe(chartBox.width - chartBox.right - chartBox.inset);
  });

  it('puts 5 at the top and 1 at the bottom of the plot', () => {
    expect(yOf(5)).toBe(chartBox.top);
    expect(yOf(1)).toBe(chartBox.height - chartBox.bottom);
  });
});
