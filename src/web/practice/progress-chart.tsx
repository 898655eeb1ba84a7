import { clockOf } from './answer-timer.js';

/** One attempt on the chart. */
export interface ProgressPoint {
  readonly id: string;
  readonly findings: number;
  readonly seconds: number;
}

const box = { width: 480, height: 160, left: 36, right: 36, top: 12, bottom: 24 } as const;

function line(values: readonly number[], top: number): string {
  const span = box.width - box.left - box.right;
  const height = box.height - box.top - box.bottom;
  const step = values.length > 1 ? span / (values.length - 1) : 0;
  return values
    .map((value, index) => {
      const x = box.left + (values.length > 1 ? index * step : span / 2);
      const y = box.top + height - (top === 0 ? 0 : (value / top) * height);
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
}

/**
 * Findings and duration over the attempts at one question, as two lines each on its own scale
 * (SVG, as the reflection trend chart), with the same numbers as a table.
 */
export function ProgressChart({ points }: { readonly points: readonly ProgressPoint[] }) {
  if (points.length === 0) return null;
  const findings = points.map((point) => point.findings);
  const seconds = points.map((point) => point.seconds);
  return (
    <figure className="practice-progress">
      <h3>Your attempts at this question</h3>
      <svg
        viewBox={`0 0 ${box.width} ${box.height}`}
        role="img"
        aria-label={`Findings and time over ${points.length} ${points.length === 1 ? 'attempt' : 'attempts'}; the table below has the same numbers.`}
      >
        <polyline
          points={line(findings, Math.max(...findings, 1))}
          fill="none"
          stroke="var(--series-1)"
          strokeWidth="2"
        />
        <polyline
          points={line(seconds, Math.max(...seconds, 1))}
          fill="none"
          stroke="var(--series-2)"
          strokeWidth="2"
          strokeDasharray="6 4"
        />
      </svg>
      <figcaption>Solid line: findings. Dashed line: time.</figcaption>
      <table className="attempt-history">
        <thead>
          <tr>
            <th scope="col">Attempt</th>
            <th scope="col">Findings</th>
            <th scope="col">Time</th>
          </tr>
        </thead>
        <tbody>
          {points.map((point, index) => (
            <tr key={point.id}>
              <th scope="row">{index + 1}</th>
              <td>{point.findings}</td>
              <td>{clockOf(point.seconds)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
