import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type {
  MeasureChange,
  PracticeProgress,
  ProgressMeasure,
  ProgressPoint,
} from '../../coach/practice-progress.js';
import { thresholds } from '../../content/thresholds.js';
import { clockOf } from './answer-timer.js';

interface MeasureView {
  readonly measure: ProgressMeasure;
  readonly title: string;
  readonly unit: string;
  readonly shown: (value: number) => string;
  readonly domain?: [number, number];
  /** The band or line the measure should land in, drawn behind the line. */
  readonly band?: { readonly low: number; readonly high: number; readonly label: string };
  readonly line?: { readonly at: number; readonly label: string };
}

const views: readonly MeasureView[] = [
  {
    measure: 'wordsPerMinute',
    title: 'Pace',
    unit: 'words a minute',
    shown: (value) => `${Math.round(value)} wpm`,
    band: {
      low: thresholds.paceTargetLow.value,
      high: thresholds.paceTargetHigh.value,
      label: 'target',
    },
  },
  {
    measure: 'fillersPerMinute',
    title: 'Fillers',
    unit: 'a minute',
    shown: (value) => `${value.toFixed(1)} a minute`,
    line: { at: thresholds.fillersHarmless.value, label: 'unnoticed below' },
  },
  {
    measure: 'starParts',
    title: 'STAR completeness',
    unit: 'parts of 4',
    shown: (value) => `${value} of 4`,
    domain: [0, 4],
  },
  {
    measure: 'seconds',
    title: 'Length',
    unit: 'minutes:seconds',
    shown: (value) => clockOf(value),
    band: {
      low: thresholds.answerMinimumSeconds.value,
      high: thresholds.answerMaximumSeconds.value,
      label: '1:00–2:00',
    },
  },
  {
    measure: 'selfRating',
    title: 'How it felt',
    unit: 'your rating of 5',
    shown: (value) => `${value} of 5`,
    domain: [1, 5],
  },
];

const directionWords = { better: 'better', worse: 'worse', same: 'about the same' } as const;

function ChangeLine({
  change,
  view,
}: {
  readonly change: MeasureChange;
  readonly view: MeasureView;
}) {
  return (
    <li className={`progress-change ${change.direction}`} data-measure={change.measure}>
      <strong>{view.title}:</strong> {view.shown(change.earlier)} → {view.shown(change.latest)},{' '}
      <span data-direction={change.direction}>{directionWords[change.direction]}</span>{' '}
      <span className="quiet">
        ({change.reason}
        {change.threshold ? `; source: ${change.threshold.source}` : ''})
      </span>
    </li>
  );
}

function MeasureChart({
  view,
  points,
}: {
  readonly view: MeasureView;
  readonly points: readonly ProgressPoint[];
}) {
  const data = points.map((point, index) => ({
    attempt: index + 1,
    value: point[view.measure],
    question: point.question,
  }));
  if (data.every((datum) => datum.value === null)) return null;
  return (
    <figure className="progress-measure" data-measure={view.measure}>
      <figcaption>
        {view.title} <span className="quiet">({view.unit})</span>
      </figcaption>
      <div className="progress-plot" aria-hidden="true">
        <ResponsiveContainer width="100%" height={160}>
          <LineChart
            data={data}
            margin={{ top: 8, right: 12, bottom: 4, left: 0 }}
            accessibilityLayer={false}
          >
            <CartesianGrid strokeDasharray="3 3" stroke="var(--rule)" />
            <XAxis dataKey="attempt" allowDecimals={false} tick={{ fontSize: 12 }} />
            <YAxis
              width={44}
              tick={{ fontSize: 12 }}
              allowDecimals={view.measure === 'fillersPerMinute'}
              {...(view.domain ? { domain: view.domain } : {})}
              tickFormatter={(value: number) =>
                view.measure === 'seconds' ? clockOf(value) : String(value)
              }
            />
            {view.band ? (
              <ReferenceArea
                y1={view.band.low}
                y2={view.band.high}
                fill="var(--series-2)"
                fillOpacity={0.12}
                ifOverflow="extendDomain"
              />
            ) : null}
            {view.line ? (
              <ReferenceLine
                y={view.line.at}
                stroke="var(--series-2)"
                strokeDasharray="4 4"
                ifOverflow="extendDomain"
              />
            ) : null}
            <Tooltip
              formatter={(value) => (typeof value === 'number' ? view.shown(value) : String(value))}
              labelFormatter={(attempt) =>
                typeof attempt === 'number' ? `Attempt ${attempt}` : ''
              }
            />
            <Line
              type="monotone"
              dataKey="value"
              name={view.title}
              stroke="var(--series-1)"
              strokeWidth={2}
              connectNulls
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

/**
 * Practice over time: what moved between the first attempts and the latest, a small chart per
 * measure (pace, fillers, STAR parts, length, self-rating) drawn with Recharts, and the same
 * numbers as a table for screen readers and print.
 */
export function ProgressCharts({
  title,
  progress,
  showQuestion,
}: {
  readonly title: string;
  readonly progress: PracticeProgress;
  /** Overall progress names the question of each attempt; a single question's does not. */
  readonly showQuestion: boolean;
}) {
  const { points, changes } = progress;
  if (points.length === 0) return null;
  return (
    <section className="practice-progress" aria-label={title}>
      <h3>{title}</h3>
      {changes.length > 0 ? (
        <ul className="progress-changes">
          {changes.map((change) => {
            const view = views.find((candidate) => candidate.measure === change.measure);
            return view ? <ChangeLine key={change.measure} change={change} view={view} /> : null;
          })}
        </ul>
      ) : (
        <p className="quiet">One more attempt and this shows what changed.</p>
      )}
      <div className="progress-charts">
        {views.map((view) => (
          <MeasureChart key={view.measure} view={view} points={points} />
        ))}
      </div>
      <table className="attempt-history">
        <caption>Every attempt, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">Attempt</th>
            {showQuestion ? <th scope="col">Question</th> : null}
            <th scope="col">Time</th>
            <th scope="col">Pace</th>
            <th scope="col">Fillers a minute</th>
            <th scope="col">STAR parts</th>
            <th scope="col">Findings</th>
            <th scope="col">Rating</th>
          </tr>
        </thead>
        <tbody>
          {points.map((point, index) => (
            <tr key={point.id}>
              <th scope="row">{index + 1}</th>
              {showQuestion ? <td>{point.question}</td> : null}
              <td>{point.seconds === null ? '—' : clockOf(point.seconds)}</td>
              <td>{point.wordsPerMinute ?? '—'}</td>
              <td>{point.fillersPerMinute ?? '—'}</td>
              <td>{point.starParts === null ? '—' : `${point.starParts} of 4`}</td>
              <td>{point.findings ?? '—'}</td>
              <td>{point.selfRating ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export default ProgressCharts;
