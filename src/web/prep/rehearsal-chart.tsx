import { clock } from '../../coach/rehearsal.js';

/** One run-through as the chart draws it. */
export interface ChartRun {
  readonly id: string;
  readonly label: string;
  readonly totalSeconds: number;
}

const box = { width: 480, height: 180, left: 48, right: 12, top: 14, bottom: 28 } as const;

/**
 * Total time of each run-through, oldest first, as bars against the time limit drawn as a dashed
 * line. Plain SVG: a handful of bars on one scale need no chart library. The history table next to
 * it has the same numbers.
 */
export function RehearsalChart({
  runs,
  limitSeconds,
}: {
  readonly runs: readonly ChartRun[];
  readonly limitSeconds: number | null;
}) {
  const { width, height, left, right, top, bottom } = box;
  const highest = Math.max(limitSeconds ?? 0, ...runs.map((run) => run.totalSeconds), 1) * 1.1;
  const yOf = (seconds: number) => top + (height - top - bottom) * (1 - seconds / highest);
  const slot = (width - left - right) / Math.max(runs.length, 1);
  const barWidth = Math.min(40, slot * 0.6);
  const limitText =
    limitSeconds === null ? 'no time limit set' : `the ${clock(limitSeconds)} limit`;
  return (
    <svg
      className="rehearsal-chart"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`Bar chart of the total time of ${runs.length} ${runs.length === 1 ? 'run-through' : 'run-throughs'}, oldest first, against ${limitText}; the table has the same numbers.`}
    >
      <g className="chart-axis">
        <line x1={left} x2={width - right} y1={yOf(0)} y2={yOf(0)} />
        <text x={left - 6} y={yOf(0) + 4} textAnchor="end">
          0:00
        </text>
      </g>
      {runs.map((run, index) => {
        const x = left + slot * index + (slot - barWidth) / 2;
        const over = limitSeconds !== null && run.totalSeconds > limitSeconds;
        return (
          <g key={run.id} className="chart-bar" data-over={over}>
            <rect
              x={x}
              y={yOf(run.totalSeconds)}
              width={barWidth}
              height={yOf(0) - yOf(run.totalSeconds)}
            />
            <text x={x + barWidth / 2} y={yOf(run.totalSeconds) - 4} textAnchor="middle">
              {clock(run.totalSeconds)}
            </text>
            <text className="chart-label" x={x + barWidth / 2} y={height - 8} textAnchor="middle">
              {run.label}
            </text>
          </g>
        );
      })}
      {limitSeconds === null ? null : (
        <g className="chart-limit">
          <line x1={left} x2={width - right} y1={yOf(limitSeconds)} y2={yOf(limitSeconds)} />
          <text x={left - 6} y={yOf(limitSeconds) + 4} textAnchor="end">
            {clock(limitSeconds)}
          </text>
          <text x={width - right} y={yOf(limitSeconds) - 5} textAnchor="end">
            time limit
          </text>
        </g>
      )}
    </svg>
  );
}
