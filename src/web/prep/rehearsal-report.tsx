import { clock, type RehearsalReport } from '../../coach/rehearsal.js';
import { severityLabels } from '../coach/finding-details.js';
import { WhyThisNumber } from '../coach/why-this-number.js';
import { overUnder } from './rehearsal-timing.js';

/** "+0:40 over" with a mark for styling; the words carry the meaning, the colour only repeats it. */
function Difference({ seconds }: { readonly seconds: number | null }) {
  if (seconds === null) return <>not reached</>;
  return (
    <span className="difference" data-over={seconds > 0}>
      {overUnder(seconds)}
    </span>
  );
}

/** How a run-through went: each section against its plan, the total against the limit, findings. */
export function RehearsalReportView({ report }: { readonly report: RehearsalReport }) {
  return (
    <div className="rehearsal-report">
      <table className="rehearsal-table">
        <caption>Each section against its plan</caption>
        <thead>
          <tr>
            <th scope="col">Section</th>
            <th scope="col">Planned</th>
            <th scope="col">Actual</th>
            <th scope="col">Over or under</th>
          </tr>
        </thead>
        <tbody>
          {report.sections.map((section) => (
            <tr key={section.index} data-section={section.index}>
              <th scope="row">{section.title}</th>
              <td>{clock(section.plannedSeconds)}</td>
              <td className="actual">
                {section.actualSeconds === null ? '–' : clock(section.actualSeconds)}
              </td>
              <td className="over-under">
                <Difference seconds={section.overSeconds} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td>{clock(report.plannedSeconds)}</td>
            <td className="actual">{clock(report.totalSeconds)}</td>
            <td className="over-under">
              <Difference seconds={report.totalSeconds - report.plannedSeconds} />
            </td>
          </tr>
        </tfoot>
      </table>
      <p className="rehearsal-limit">
        {report.timeLimitSeconds === null || report.overLimitSeconds === null ? (
          <>The whole talk took {clock(report.totalSeconds)}; the plan has no time limit.</>
        ) : (
          <>
            The whole talk took {clock(report.totalSeconds)} against a limit of{' '}
            {clock(report.timeLimitSeconds)}:{' '}
            {report.overLimitSeconds === 0 ? (
              'exactly on the limit.'
            ) : (
              <>
                <Difference seconds={report.overLimitSeconds} /> the limit.
              </>
            )}
          </>
        )}
      </p>
      <h3 className="findings-title">What to work on</h3>
      {report.findings.length === 0 ? (
        <p className="findings-empty">Nothing to flag in the timing of this run-through.</p>
      ) : (
        <ul className="findings" aria-label="Findings on this run-through">
          {report.findings.map((finding) => (
            <li
              key={`${finding.kind}-${finding.section ?? ''}`}
              className={`finding severity-${finding.severity}`}
              data-kind={finding.kind}
            >
              <p className="finding-message">
                <span className="severity-badge">{severityLabels[finding.severity]}</span>{' '}
                {finding.message}
              </p>
              <p className="finding-advice">{finding.advice}</p>
              {finding.threshold ? <WhyThisNumber thresholds={[finding.threshold]} /> : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
