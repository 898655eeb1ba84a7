import { starParts } from '../stories/star-parts.js';
import { CoachState } from './coach-state.js';
import { StoryPreview, type ShownEvidence } from './story-preview.js';
import type { StoryCoach } from './use-story-coach.js';

/** The read-only preview under the fields, with a key to its marks. */
export function PreviewSection({
  coach,
  shown,
}: {
  readonly coach: StoryCoach;
  readonly shown: ShownEvidence | null;
}) {
  return (
    <section className="preview-section" aria-labelledby="preview-title">
      <h2 id="preview-title">Your story as the coach reads it</h2>
      <ul className="part-key" aria-label="Key">
        {starParts.map(({ field, label }) => (
          <li key={field}>
            <span className={`swatch part-${field}`} aria-hidden="true" />
            {label}
          </li>
        ))}
        <li>
          <span>
            <span className="evidence-sample">Underlined</span>: what a finding points at
          </span>
        </li>
      </ul>
      <CoachState coach={coach} secondary>
        {(analysis) => <StoryPreview analysis={analysis} shown={shown} />}
      </CoachState>
    </section>
  );
}
