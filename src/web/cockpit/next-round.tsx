import { browserTimeZone, describeCountdown, describeStart, nextRound } from '../round-time.js';
import { interviewersOf, roundName, type Cockpit } from './cockpit-data.js';

/** The countdown at the top of the cockpit: which round is next, when, and with whom. */
export function NextRound({ cockpit, now }: { readonly cockpit: Cockpit; readonly now: Date }) {
  const next = nextRound(cockpit.rounds, now);
  if (!next) {
    return (
      <section className="countdown" aria-label="Next round">
        <p className="countdown-headline">No round scheduled yet.</p>
        <p>Add the next round with its date and time to start the countdown.</p>
      </section>
    );
  }
  const people = interviewersOf(cockpit, next.id).map((interviewer) => interviewer.name);
  return (
    <section className="countdown" aria-label="Next round">
      <p className="countdown-headline">
        {roundName(next)} {describeCountdown(next.startsAt, next.timeZone, now)}
      </p>
      <p>{describeStart(next.startsAt, next.timeZone, browserTimeZone())}</p>
      {people.length > 0 ? <p>With {listInWords(people)}.</p> : null}
    </section>
  );
}

function listInWords(names: readonly string[]): string {
  return new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' }).format(names);
}
