import './after-round.css';
import { DateTime } from 'luxon';
import type { ReflectionDimension, ReflectionTrends } from '../../coach/reflection-trends.js';
import { chartBox, trendColumns, xOf, yOf, type TrendColumn } from './trend-layout.js';

/** Each aspect's line: its colour (a CSS variable) and a marker shape, so colour is not needed. */
const looks: Record<ReflectionDimension, { color: string; shape: string; offset: number }> = {
  preparation: { color: 'var(--series-1)', shape: 'M-4.5-4.5h9v9h-9z', offset: -6 },
  answers: { color: 'var(--series-2)', shape: 'M0-5.5L5.5 4.5h-11z', offset: -2 },
  bodyLanguage: { color: 'var(--series-3)', shape: 'M0-6L6 0 0 6-6 0z', offset: 2 },
  connection: { color: 'var(--series-4)', shape: 'M-5 0a5 5 0 1 0 10 0a5 5 0 1 0-10 0', offset: 6 },
};

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const shortDate = (date: string) => DateTime.fromISO(date).toFormat('d LLL');

/**
 * The four ratings across every reflected round as lines on a 1–5 scale, drawn as SVG (no chart
 * library: four short series on a fixed scale need none), with the same numbers as a table.
 */
export function TrendChart({ trends }: { readonly trends: ReflectionTrends }) {
  const columns = trendColumns(trends.dimensions);
  if (columns.length === 0) {
    return <p className="quiet">Rate a round after it has taken place to start your trend.</p>;
  }
  const { width, height, left, right } = chartBox;
  return (
    <figure className="trend">
      <svg
        className="trend-chart"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`Line chart of your four ratings across ${columns.length} ${columns.length === 1 ? 'round' : 'rounds'}; the table below has the same numbers.`}
      >
        {[1, 2, 3, 4, 5].map((rating) => (
          <g key={rating} className="trend-grid">
            <line x1={left} x2={width - right} y1={yOf(rating)} y2={yOf(rating)} />
            <text x={left - 10} y={yOf(rating) + 4} textAnchor="end">
              {rating}
            </text>
          </g>
        ))}
        {columns.map((column, index) => (
          <text
            key={column.roundId}
            className="trend-axis"
            x={xOf(index, columns.length)}
            y={height - 14}
            textAnchor="middle"
          >
            {shortDate(column.date)}
          </text>
        ))}
        {trends.dimensions.map((dimension) => (
          <Series key={dimension.dimension} dimension={dimension.dimension} columns={columns} />
        ))}
      </svg>
      <figcaption>
        <ul className="trend-legend">
          {trends.dimensions.map((dimension) => (
            <li key={dimension.dimension}>
              <svg viewBox="-7 -7 14 14" width="14" height="14" aria-hidden="true">
                <path
                  d={looks[dimension.dimension].shape}
                  fill={looks[dimension.dimension].color}
                />
              </svg>
              {capital(dimension.label)}
            </li>
          ))}
        </ul>
      </figcaption>
      <TrendTable trends={trends} columns={columns} />
    </figure>
  );
}

function Series({
  dimension,
  columns,
}: {
  readonly dimension: ReflectionDimension;
  readonly columns: readonly TrendColumn[];
}) {
  const look = looks[dimension];
  const points = columns.flatMap((column, index) => {
    const rating = column.ratings[dimension];
    return rating === undefined
      ? []
      : [{ x: xOf(index, columns.length) + look.offset, y: yOf(rating) }];
  });
  return (
    <g className="trend-series" style={{ color: look.color }}>
      <polyline points={points.map((point) => `${point.x},${point.y}`).join(' ')} />
      {points.map((point) => (
        <path key={`${point.x}`} d={look.shape} transform={`translate(${point.x} ${point.y})`} />
      ))}
    </g>
  );
}

function TrendTable({
  trends,
  columns,
}: {
  readonly trends: ReflectionTrends;
  readonly columns: readonly TrendColumn[];
}) {
  return (
    <table className="trend-table">
      <caption>Your ratings by round (1 to 5)</caption>
      <thead>
        <tr>
          <th scope="col">Round</th>
          {trends.dimensions.map((dimension) => (
            <th key={dimension.dimension} scope="col">
              {capital(dimension.label)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {columns.map((column) => (
          <tr key={column.roundId}>
            <th scope="row">
              {column.label} <span className="quiet">({shortDate(column.date)})</span>
            </th>
            {trends.dimensions.map((dimension) => (
              <td key={dimension.dimension}>{column.ratings[dimension.dimension] ?? '–'}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
