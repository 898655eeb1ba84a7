import type { AnswerAnalysis } from '../../coach/answer-analysis.js';
import { FindingDetails } from '../coach/finding-details.js';
import { clockOf } from './answer-timer.js';
import { AttemptComparison, type ComparedAttempt } from './attempt-comparison.js';
import { AudioDelivery, type SpokenAnswerResult } from './spoken-answer.js';

/** What the coach says about one finished answer, and how it compares with the attempt before. */
export function PracticeResult({
  analysis,
  answer,
  seconds,
  spoken,
  previous,
}: {
  /** The coach's analysis of the words; none for a recording without a transcript. */
  readonly analysis: AnswerAnalysis | undefined;
  readonly answer: string;
  /** How long the answer takes aloud: the recording's length, or the coach's estimate when typed. */
  readonly seconds: number;
  readonly spoken: SpokenAnswerResult | undefined;
  readonly previous: ComparedAttempt | undefined;
}) {
  return (
    <div className="practice-result" aria-labelledby="findings-title">
      {spoken ? <AudioDelivery result={spoken} /> : null}
      <h3 id="findings-title">
        {analysis
          ? `What the coach noticed (${analysis.words} words, ${spoken ? '' : 'about '}${clockOf(seconds)} aloud)`
          : 'What the coach noticed in the words'}
      </h3>
      {analysis === undefined ? (
        <p className="findings-empty">
          No transcript, so no STAR or filler analysis. Redo and type, paste or transcribe what you
          said to get it.
        </p>
      ) : analysis.findings.length === 0 ? (
        <p className="findings-empty">Nothing to flag.</p>
      ) : (
        <ul className="findings">
          {analysis.findings.map((finding) => (
            <li
              key={finding.kind}
              className={`finding severity-${finding.severity}`}
              data-kind={finding.kind}
            >
              <FindingDetails finding={finding} text={answer} textName="the answer" />
            </li>
          ))}
        </ul>
      )}
      {previous && analysis ? (
        <AttemptComparison previous={previous} latest={{ analysis, seconds }} />
      ) : null}
    </div>
  );
}
