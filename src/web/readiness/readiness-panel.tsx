import { useRef } from 'react';
import type { Readiness } from '../../coach/readiness-types.js';
import { interviewersOf, type Cockpit } from '../cockpit/cockpit-data.js';
import { NextRound } from '../cockpit/next-round.js';
import { ProblemMessage } from '../components/problem-message.js';
import { followThroughApi } from '../follow-through-api.js';
import { browserTimeZone, describeStart } from '../round-time.js';
import { useLoad } from '../use-load.js';
import { countdownWords } from './countdown-words.js';
import { NextActionCard } from './next-action.js';
import { ReadinessChecklist } from './readiness-checklist.js';
import './readiness.css';

/**
 * The top of the cockpit: how long until the round (or since it), the one next action with its
 * reason, then the checklist for the round. It loads after the rest of the cockpit, and again
 * with it, so the page never waits on it; meanwhile, or without the readiness endpoint, the plain
 * countdown shows.
 */
export function ReadinessPanel({ cockpit }: { readonly cockpit: Cockpit }) {
  const readiness = useLoad(`${cockpit.opportunity.id}:${cockpit.version}`, () =>
    followThroughApi.readiness(cockpit.opportunity.id),
  );
  // While it loads again after a change, the last answer stays on screen rather than flicker.
  const last = useRef<Readiness | null>(null);
  if (readiness.status === 'ready') last.current = readiness.data;
  else if (readiness.status === 'error') last.current = null;
  const data = last.current;
  if (!data) {
    return (
      <>
        <NextRound cockpit={cockpit} now={new Date()} />
        {readiness.status !== 'error' ? (
          <p className="loading" role="status">
            Checking what is left to do…
          </p>
        ) : readiness.problem.isMissingRoute() ? (
          <p className="quiet">
            The readiness checklist is not available from this Round Two server yet.
          </p>
        ) : (
          <ProblemMessage problem={readiness.problem} onRetry={readiness.reload} />
        )}
      </>
    );
  }
  const roundLabel = data.round ? `round ${data.round.number}` : 'the next round';
  return (
    <section className="readiness" aria-labelledby="readiness-title">
      <h2 id="readiness-title" className="visually-hidden">
        Readiness
      </h2>
      <CountdownBanner readiness={data} cockpit={cockpit} />
      <div className="readiness-grid">
        <NextActionCard action={data.nextAction} />
        <ReadinessChecklist
          title={data.phase === 'after' ? `After ${roundLabel}` : `Ready for ${roundLabel}?`}
          items={data.items}
        />
      </div>
    </section>
  );
}

function CountdownBanner({
  readiness,
  cockpit,
}: {
  readonly readiness: Readiness;
  readonly cockpit: Cockpit;
}) {
  const { round, countdown, phase } = readiness;
  if (!round) {
    return (
      <div className="countdown">
        <p className="countdown-headline">No round scheduled yet.</p>
        <p>Add the next round with its date and time to start the countdown.</p>
      </div>
    );
  }
  const name = `Round ${round.number}`;
  const headline =
    phase === 'after'
      ? countdown?.past
        ? `${name} took place ${countdownWords(countdown)} ago`
        : `${name} is done`
      : countdown
        ? countdown.past
          ? `${name} has started`
          : `${name} in ${countdownWords(countdown)}`
        : `${name} has no date yet`;
  const people = interviewersOf(cockpit, round.id).map((person) => person.name);
  return (
    <div className="countdown">
      <p className="countdown-headline">{headline}</p>
      {round.startsAt ? (
        <p>{describeStart(round.startsAt, round.timeZone, browserTimeZone())}</p>
      ) : null}
      {people.length > 0 ? (
        <p>With {new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(people)}.</p>
      ) : null}
    </div>
  );
}
