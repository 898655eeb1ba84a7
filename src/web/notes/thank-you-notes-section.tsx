import type { Interviewer } from '../../domain/interviewer.js';
import type { Round } from '../../domain/round.js';
import { interviewersOf, roundName, type Cockpit } from '../cockpit/cockpit-data.js';
import { Disclosure } from '../components/disclosure.js';
import { thankYouStatusLabels } from '../labels.js';
import { NoteEditor } from './note-editor.js';

/** A thank-you note to each interviewer of each round that is done. */
export function ThankYouNotesSection({
  cockpit,
  onSaved,
}: {
  readonly cockpit: Cockpit;
  readonly onSaved: (close: () => void) => (summary: string) => void;
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
      {done.map((round) => (
        <RoundNotes key={round.id} round={round} cockpit={cockpit} onSaved={onSaved} />
      ))}
    </section>
  );
}

function RoundNotes({
  round,
  cockpit,
  onSaved,
}: {
  readonly round: Round;
  readonly cockpit: Cockpit;
  readonly onSaved: (close: () => void) => (summary: string) => void;
}) {
  const people = interviewersOf(cockpit, round.id);
  return (
    <>
      <h3>After {roundName(round)}</h3>
      {people.length === 0 ? (
        <p className="quiet">No interviewers were added to this round.</p>
      ) : (
        <ul className="card-list notes">
          {people.map((interviewer) => (
            <NoteCard
              key={interviewer.id}
              round={round}
              interviewer={interviewer}
              cockpit={cockpit}
              onSaved={onSaved}
            />
          ))}
        </ul>
      )}
    </>
  );
}

function NoteCard({
  round,
  interviewer,
  cockpit,
  onSaved,
}: {
  readonly round: Round;
  readonly interviewer: Interviewer;
  readonly cockpit: Cockpit;
  readonly onSaved: (close: () => void) => (summary: string) => void;
}) {
  const note = cockpit.thankYouNotes.find(
    (candidate) => candidate.roundId === round.id && candidate.interviewerId === interviewer.id,
  );
  return (
    <li className="card note">
      <h4 className="card-title">To {interviewer.name}</h4>
      <p className="meta">{note ? thankYouStatusLabels[note.status] : 'Not written yet'}</p>
      <Disclosure
        label={note ? `Edit the note to ${interviewer.name}` : `Write to ${interviewer.name}`}
      >
        {(close) => (
          <NoteEditor
            cockpit={cockpit}
            round={round}
            interviewer={interviewer}
            note={note}
            onSaved={onSaved(close)}
          />
        )}
      </Disclosure>
    </li>
  );
}
