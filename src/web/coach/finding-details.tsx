import type { Finding, Severity } from '../../coach/finding.js';
import { evidenceSpans, quoteOf } from './evidence.js';
import { WhyThisNumber } from './why-this-number.js';

export const severityLabels = {
  problem: 'Important',
  warn: 'Worth fixing',
  info: 'Note',
} satisfies Record<Severity, string>;

/**
 * What a finding says: how much it matters, what was found, what to do, the words it rests on
 * (from `text`, the text analysed) and the source of any number it used.
 */
export function FindingDetails({
  finding,
  text,
  messageId,
  textName = 'the story',
}: {
  readonly finding: Finding;
  readonly text: string;
  /** What the text is, for "and 2 more in the story". */
  readonly textName?: string;
  /** An id for the message, so that a button can be described by it. */
  readonly messageId?: string;
}) {
  const places = evidenceSpans(text, finding);
  const quote = places.length > 0 ? quoteOf(text, finding) : undefined;
  return (
    <>
      <p className="finding-message" id={messageId}>
        <span className="severity-badge">{severityLabels[finding.severity]}</span> {finding.message}
      </p>
      <p className="finding-advice">{finding.advice}</p>
      {quote ? (
        <blockquote className="finding-quote">
          “{quote.before}
          <mark>{quote.evidence}</mark>
          {quote.after}”
          {places.length > 1 ? (
            <span className="finding-more">
              {' '}
              and {places.length - 1} more in {textName}
            </span>
          ) : null}
        </blockquote>
      ) : null}
      {finding.threshold ? <WhyThisNumber thresholds={[finding.threshold]} /> : null}
    </>
  );
}
