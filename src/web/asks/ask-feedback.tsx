import type { AskAnalysis } from '../../coach/ask-analysis.js';
import { LiveFindings } from '../coach/live-findings.js';
import type { LiveAnalysis } from '../coach/use-live-analysis.js';

/** The coach's review of a question as it is typed, with an open wording to use in one click. */
export function AskFeedback({
  coach,
  question,
  onRephrase,
}: {
  readonly coach: LiveAnalysis<AskAnalysis | null>;
  readonly question: string;
  readonly onRephrase: (wording: string) => void;
}) {
  return (
    <LiveFindings
      coach={coach}
      text={question}
      textName="the question"
      allClear="The coach has nothing to add: a good question to ask."
      extra={(finding, analysis) =>
        finding.kind === 'closed_yes_no' && analysis.openRephrasing ? (
          <p className="rephrasing">
            Open wording: “{analysis.openRephrasing}”{' '}
            <button
              type="button"
              className="button link"
              onClick={() => onRephrase(analysis.openRephrasing ?? '')}
            >
              Use this wording
            </button>
          </p>
        ) : null
      }
    />
  );
}
