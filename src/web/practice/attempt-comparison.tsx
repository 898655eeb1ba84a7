import type { AnswerAnalysis } from '../../coach/answer-analysis.js';
import { clockOf } from './answer-timer.js';

/** One attempt as the comparison needs it: its analysis and how long it took. */
export interface ComparedAttempt {
  readonly analysis: AnswerAnalysis;
  readonly seconds: number;
}

interface Row {
  readonly label: string;
  readonly before: string;
  readonly now: string;
  /** Positive when the new attempt is better. */
  readonly change: number;
}

const starCount = (analysis: AnswerAnalysis) => Object.values(analysis.star).filter(Boolean).length;
/** Closer to the two-minute mark is better; past it, shorter is better. */
const timeScore = (seconds: number) => -Math.abs(Math.min(seconds, 180) - 105);

function rowsOf(previous: ComparedAttempt, latest: ComparedAttempt): Row[] {
  return [
    {
      label: 'Words',
      before: String(previous.analysis.words),
      now: String(latest.analysis.words),
      change: 0,
    },
    {
      label: 'Time',
      before: clockOf(previous.seconds),
      now: clockOf(latest.seconds),
      change: timeScore(latest.seconds) - timeScore(previous.seconds),
    },
    {
      label: 'STAR parts',
      before: `${starCount(previous.analysis)} of 4`,
      now: `${starCount(latest.analysis)} of 4`,
      change: starCount(latest.analysis) - starCount(previous.analysis),
    },
    {
      label: 'Fillers a minute',
      before: previous.analysis.fillers.perMinute.toFixed(1),
      now: latest.analysis.fillers.perMinute.toFixed(1),
      change:
        Math.abs(previous.analysis.fillers.perMinute - latest.analysis.fillers.perMinute) < 0.5
          ? 0
          : previous.analysis.fillers.perMinute - latest.analysis.fillers.perMinute,
    },
    {
      label: 'Findings',
      before: String(previous.analysis.findings.length),
      now: String(latest.analysis.findings.length),
      change: previous.analysis.findings.length - latest.analysis.findings.length,
    },
  ];
}

const verdict = (change: number) => (change > 0 ? 'better' : change < 0 ? 'worse' : 'same');

/** The latest attempt beside the previous one at the same question: what improved, what did not. */
export function AttemptComparison({
  previous,
  latest,
}: {
  readonly previous: ComparedAttempt;
  readonly latest: ComparedAttempt;
}) {
  return (
    <table className="attempt-comparison">
      <caption>This attempt against the previous one</caption>
      <thead>
        <tr>
          <th scope="col">Measure</th>
          <th scope="col">Previous</th>
          <th scope="col">This attempt</th>
          <th scope="col">Change</th>
        </tr>
      </thead>
      <tbody>
        {rowsOf(previous, latest).map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            <td>{row.before}</td>
            <td>{row.now}</td>
            <td className={`change-${verdict(row.change)}`}>{verdict(row.change)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
