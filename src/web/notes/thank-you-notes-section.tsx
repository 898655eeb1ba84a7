import { useRef } from 'react';
import { thankYouDeadline } from '../../content/follow-through.js';
import type { Round } from '../../domain/round.js';
import { interviewersOf, roundName, type Cockpit } from '../cockpit/cockpit-data.js';
import { DraftNotesButton } from './draft-notes-button.js';
import { NoteCard } from './note-card.js';
import { localWhen, roundNotesDeadline } from './note-timing.js';
import './notes.css';

/** A thank-you note to each interviewer of each round that is done. */
export function ThankYouNotesSection({
  cockpit,
  onSaved,
  onChanged,
}: {
  readonly cockpit: Cockpit;
  readonly onSaved: (close: () => void) => (summary: string) => void;
  /** Something changed without a form to close (a note drafted or sent). */
  readonly onChanged: (summary: string) => void;
}) {
  const done = cockpit.rounds.filter((round) => round.status === 'completed');
  if (done.length === 0) return null;
  return (
    <section aria-labelledby="notes-title">
      <h2 id="notes-title">Thank-you notes</h2>
      <p className="quiet">
        One short note to each person you met, within a day, that picks up something you talked
        about.
      </p>
      {[...done].reverse().map((round) => (
        <RoundNotes
          key={round.id}
          round={round}
          cockpit={cockpit}
          onSaved={onSaved}
          onChanged={onChanged}
        />
      ))}
    </section>
  );
}

function RoundNotes({
  round,
  cockpit,
  onSaved,
  onChanged,
}: {
  readonly round: Round;
  readonly cockpit: Cockpit;
  readonly onSaved: (close: () => void) => (summary: string) => void;
  readonly onChanged: (summary: string) => void;
}) {
  const people = interviewersOf(cockpit, round.id);
  const notes = cockpit.thankYouNotes.filter((note) => note.roundId === round.id);
  const noteTo = (interviewerId: string) =>
    notes.find((note) => note.interviewerId === interviewerId);
  const missing = people.filter((person) => !noteTo(person.id)).length;
  const deadline = roundNotesDeadline(round);
  const titleId = `notes-${round.id}`;
  // The button goes once every note is drafted: keep the keyboard user at the notes.
  const heading = useRef<HTMLHeadingElement>(null);
  const drafted = (summary: string) => {
    onChanged(summary);
    heading.current?.focus();
  };
  return (
    <section className="round-notes" aria-labelledby={titleId}>
      <h3 id={titleId} ref={heading} tabIndex={-1}>
        After {roundName(round)}
      </h3>
      {deadline ? (
        <div className="notes-deadline">
          <p>
            Send them by <strong>{localWhen(deadline.dueAt, round.timeZone)}</strong> (
            {round.timeZone}).
          </p>
          <details>
            <summary>Why then?</summary>
            <p>{deadline.reason}</p>
            <p className="quiet">{thankYouDeadline.dueHours.source}</p>
          </details>
        </div>
      ) : null}
      {people.length === 0 ? (
        <p className="quiet">No interviewers were added to this round.</p>
      ) : (
        <>
          {missing > 0 ? (
            <DraftNotesButton round={round} missing={missing} onDrafted={drafted} />
          ) : null}
          <ul className="card-list notes">
            {people.map((interviewer) => (
              <NoteCard
                key={interviewer.id}
                round={round}
                interviewer={interviewer}
                note={noteTo(interviewer.id)}
                roundDueAt={deadline?.dueAt ?? null}
                cockpit={cockpit}
                onSaved={onSaved}
                onChanged={onChanged}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
