import { useId } from 'react';
import type { NextAction } from '../../coach/readiness-types.js';
import { AppLink } from '../components/app-link.js';
import { effortWords } from './countdown-words.js';

/** The one thing to do next, why now, and the way there. */
export function NextActionCard({ action }: { readonly action: NextAction | null }) {
  const titleId = useId();
  if (!action) {
    return (
      <section className="next-action done" aria-labelledby={titleId}>
        <h3 id={titleId}>Your next step</h3>
        <p>Everything on the checklist is done. Rest, and read your brief once more on the day.</p>
      </section>
    );
  }
  return (
    <section className="next-action" aria-labelledby={titleId}>
      <h3 id={titleId}>Your next step</h3>
      <p className="next-action-title">{action.title}</p>
      <p>{action.reason}</p>
      <p className="meta">{effortWords(action.effortMinutes)}</p>
      {action.link ? (
        <AppLink to={action.link} className="button">
          Start now<span className="visually-hidden">: {action.title}</span>
        </AppLink>
      ) : null}
    </section>
  );
}
