import { useRef } from 'react';
import type { Interviewer } from '../../domain/interviewer.js';
import type { Round } from '../../domain/round.js';
import type { ThankYouNote } from '../../domain/thank-you-note.js';
import type { Cockpit } from '../cockpit/cockpit-data.js';
import { Disclosure } from '../components/disclosure.js';
import { DownloadButton } from '../components/download-button.js';
import { filePaths } from '../follow-through-api.js';
import { thankYouStatusLabels } from '../labels.js';
import { NoteEditor } from './note-editor.js';
import { NoteSendActions } from './note-send-actions.js';
import { noteTiming } from './note-timing.js';

/**
 * The note to one interviewer after one round: when it is due (or when it was sent), the note
 * itself with the coach's live review, and the ways to send it.
 */
export function NoteCard({
  round,
  interviewer,
  note,
  roundDueAt,
  cockpit,
  onSaved,
  onChanged,
}: {
  readonly round: Round;
  readonly interviewer: Interviewer;
  readonly note: ThankYouNote | undefined;
  /** The round's deadline, for a note that has none of its own. */
  readonly roundDueAt: string | null;
  readonly cockpit: Cockpit;
  readonly onSaved: (close: () => void) => (summary: string) => void;
  readonly onChanged: (summary: string) => void;
}) {
  const timing = note ? noteTiming(note, roundDueAt, round.timeZone, new Date()) : null;
  // Marking a note sent replaces its editor and buttons: keep the keyboard user on the card.
  const heading = useRef<HTMLHeadingElement>(null);
  const sent = (summary: string) => {
    onChanged(summary);
    heading.current?.focus();
  };
  const editor = (onSaved: (summary: string) => void, inline: boolean) => (
    <NoteEditor
      cockpit={cockpit}
      round={round}
      interviewer={interviewer}
      note={note}
      onSaved={onSaved}
      autoFocus={!inline}
      footer={(unsaved) =>
        note ? (
          <NoteSendActions
            note={note}
            recipient={interviewer.name}
            unsaved={unsaved}
            onSent={sent}
          />
        ) : null
      }
    />
  );
  return (
    <li className={`card note${timing ? ` timing-${timing.kind}` : ''}`} data-note-id={note?.id}>
      <h4 className="card-title" ref={heading} tabIndex={-1}>
        To {interviewer.name}
      </h4>
      <p className="meta">
        {note && note.status !== 'sent' ? (
          <span className="status-tag">{thankYouStatusLabels[note.status]}</span>
        ) : null}
        {timing ? (
          <span className={timing.kind === 'due' ? 'note-due' : `status-tag ${timing.kind}`}>
            {timing.text}
          </span>
        ) : (
          <span>Not written yet</span>
        )}
      </p>
      {!note ? (
        <Disclosure label={`Write to ${interviewer.name}`}>
          {(close) => editor(onSaved(close), false)}
        </Disclosure>
      ) : note.status === 'sent' ? (
        <SentNote note={note} recipient={interviewer.name} />
      ) : (
        editor(onChanged, true)
      )}
    </li>
  );
}

function SentNote({
  note,
  recipient,
}: {
  readonly note: ThankYouNote;
  readonly recipient: string;
}) {
  return (
    <>
      <details className="note-sent">
        <summary>
          Read what you sent<span className="visually-hidden"> to {recipient}</span>
        </summary>
        <p className="note-subject">{note.subject}</p>
        <p className="note-text">{note.body}</p>
      </details>
      <DownloadButton
        path={filePaths.email(note.id)}
        filename="thank-you.eml"
        label="Download .eml"
        detail={`(note to ${recipient})`}
        className="button link"
      />
    </>
  );
}
