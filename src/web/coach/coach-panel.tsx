import type { StarField } from '../stories/star-parts.js';
import { CoachState } from './coach-state.js';
import { FindingList } from './finding-list.js';
import { LengthMeter } from './length-meter.js';
import { StarStrip } from './star-strip.js';
import type { StoryCoach } from './use-story-coach.js';

/** The coach beside the story: which parts it has, how long it runs, and what to improve. */
export function CoachPanel({
  coach,
  onShowEvidence,
  onWriteField,
}: {
  readonly coach: StoryCoach;
  readonly onShowEvidence: (kind: string) => void;
  readonly onWriteField: (field: StarField) => void;
}) {
  return (
    <section className="coach-panel" aria-labelledby="coach-title">
      <h2 id="coach-title">Coach</h2>
      <CoachState coach={coach}>
        {(analysis) => (
          <>
            <StarStrip analysis={analysis} />
            {analysis.words === 0 ? (
              <p className="quiet">
                Start with the situation. The coach reads along as you write, on this computer.
              </p>
            ) : (
              <>
                <LengthMeter analysis={analysis} />
                <h3 className="findings-title">
                  What to work on{' '}
                  <span className="count">
                    ({analysis.findings.length === 0 ? 'nothing' : analysis.findings.length})
                  </span>
                </h3>
                <FindingList
                  analysis={analysis}
                  onShowEvidence={onShowEvidence}
                  onWriteField={onWriteField}
                />
              </>
            )}
          </>
        )}
      </CoachState>
    </section>
  );
}
