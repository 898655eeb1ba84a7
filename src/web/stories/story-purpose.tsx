import { Link } from 'react-router';
import type { StoryPrefill } from './story-prefill.js';

/** What a story started from elsewhere is meant to show, and the way back there. */
export function StoryPurpose({ prefill }: { readonly prefill: StoryPrefill }) {
  return (
    <div className="story-purpose">
      {prefill.purpose ? (
        <p>
          A story for <q>{prefill.purpose}</q>. Pick a time you did this yourself, and say what you
          did and what came of it, with a number if you have one.
        </p>
      ) : null}
      {prefill.back ? (
        <p>
          <Link to={prefill.back}>Back to {prefill.backLabel}</Link>
        </p>
      ) : null}
    </div>
  );
}
