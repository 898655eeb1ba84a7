import { useEffect, useRef, useState } from 'react';
import type { StoryAnalysis } from '../../coach/story-analysis.js';
import { starParts, type StarField } from '../stories/star-parts.js';

type Presence = Record<StarField, boolean>;

function presenceOf(analysis: StoryAnalysis): Presence {
  return { ...analysis.star, reflection: analysis.reflection };
}

/**
 * Situation · Task · Action · Result · Reflection, each marked found or missing in words as well
 * as by its look. Screen readers hear when a part appears or goes, not every keystroke.
 */
export function StarStrip({ analysis }: { readonly analysis: StoryAnalysis }) {
  const presence = presenceOf(analysis);
  return (
    <>
      <ul className="star-strip" aria-label="Parts the coach found">
        {starParts.map(({ field, label }) => (
          <li key={field} className={presence[field] ? 'found' : 'missing'} data-part={field}>
            <span className="star-mark" aria-hidden="true">
              {presence[field] ? '✓' : '–'}
            </span>
            <span className="star-name">{label}</span>
            <span className="star-state">
              <span className="visually-hidden">: </span>
              {presence[field] ? 'found' : 'missing'}
            </span>
          </li>
        ))}
      </ul>
      <StarAnnouncer presence={presence} />
    </>
  );
}

/** A polite live region that says which parts changed since the last analysis. */
function StarAnnouncer({ presence }: { readonly presence: Presence }) {
  const previous = useRef<Presence | undefined>(undefined);
  const [message, setMessage] = useState('');
  const key = starParts.map(({ field }) => (presence[field] ? 1 : 0)).join('');
  useEffect(() => {
    const before = previous.current;
    previous.current = presence;
    if (!before) return;
    const changes = starParts
      .filter(({ field }) => before[field] !== presence[field])
      .map(({ field, label }) => `${label} ${presence[field] ? 'found' : 'now missing'}.`);
    if (changes.length > 0) setMessage(changes.join(' '));
    // `presence` changes with `key`; a new analysis with the same parts says nothing.
  }, [key]);
  return (
    <p className="visually-hidden" aria-live="polite">
      {message}
    </p>
  );
}
