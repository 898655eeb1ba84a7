import { useId } from 'react';
import type { Finding } from '../../coach/finding.js';
import type { StoryAnalysis } from '../../coach/story-analysis.js';
import { starParts, type StarField } from '../stories/star-parts.js';
import { evidenceSpans } from './evidence.js';
import { FindingDetails } from './finding-details.js';

/** The story field a "missing part" finding asks for, if it is one. */
function missingField(finding: Finding): (typeof starParts)[number] | undefined {
  return starParts.find(({ field }) => finding.kind === `missing_${field}`);
}

/** Everything the coach noticed, most important first, each with why and what to do. */
export function FindingList({
  analysis,
  onShowEvidence,
  onWriteField,
}: {
  readonly analysis: StoryAnalysis;
  /** Shows the evidence of the finding of this kind in the story preview. */
  readonly onShowEvidence: (kind: string) => void;
  /** Takes the writer to a field, for a part that is missing. */
  readonly onWriteField: (field: StarField) => void;
}) {
  if (analysis.findings.length === 0) {
    return (
      <p className="findings-empty">
        Nothing to flag. Read it aloud once and time yourself: the spoken version is the one that
        counts.
      </p>
    );
  }
  return (
    <ul className="findings">
      {analysis.findings.map((finding) => (
        <FindingItem
          key={finding.kind}
          finding={finding}
          text={analysis.text}
          onShowEvidence={onShowEvidence}
          onWriteField={onWriteField}
        />
      ))}
    </ul>
  );
}

function FindingItem({
  finding,
  text,
  onShowEvidence,
  onWriteField,
}: {
  readonly finding: Finding;
  readonly text: string;
  readonly onShowEvidence: (kind: string) => void;
  readonly onWriteField: (field: StarField) => void;
}) {
  const located = evidenceSpans(text, finding).length > 0;
  const missing = missingField(finding);
  const messageId = useId();
  return (
    <li className={`finding severity-${finding.severity}`} data-kind={finding.kind}>
      <FindingDetails finding={finding} text={text} messageId={messageId} />
      {located ? (
        <button
          type="button"
          className="button link"
          aria-describedby={messageId}
          onClick={() => onShowEvidence(finding.kind)}
        >
          Show in the story
        </button>
      ) : missing ? (
        <button type="button" className="button link" onClick={() => onWriteField(missing.field)}>
          Write the {missing.label.toLowerCase()}
        </button>
      ) : null}
    </li>
  );
}
