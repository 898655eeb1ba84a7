import type { ReactNode } from 'react';
import type { Finding } from '../../coach/finding.js';
import { CoachState } from './coach-state.js';
import { FindingDetails } from './finding-details.js';
import type { LiveAnalysis } from './use-live-analysis.js';

/**
 * The coach's findings on a short text as it is typed (a question, a note), shown under its
 * field. Nothing shows while the text is empty; `extra` adds to a finding, such as a fix to apply.
 */
export function LiveFindings<R extends { readonly findings: readonly Finding[] }>({
  coach,
  text,
  textName,
  allClear,
  extra,
}: {
  readonly coach: LiveAnalysis<R | null>;
  readonly text: string;
  /** What the text is, e.g. "the note". */
  readonly textName: string;
  /** What to say when there is nothing to improve. */
  readonly allClear: string;
  readonly extra?: (finding: Finding, analysis: R) => ReactNode;
}) {
  if (text.trim() === '') return null;
  return (
    <div className="live-feedback">
      <CoachState coach={coach}>
        {(analysis) =>
          analysis === null || analysis.findings.length === 0 ? (
            <p className="quiet">{allClear}</p>
          ) : (
            <ul className="findings">
              {analysis.findings.map((finding) => (
                <li
                  key={finding.kind}
                  className={`finding severity-${finding.severity}`}
                  data-kind={finding.kind}
                >
                  <FindingDetails finding={finding} text={text} textName={textName} />
                  {extra?.(finding, analysis)}
                </li>
              ))}
            </ul>
          )
        }
      </CoachState>
    </div>
  );
}
