import { useState } from 'react';
import type { ThankYouNote } from '../../domain/thank-you-note.js';
import { toProblem } from '../api.js';
import { DownloadButton } from '../components/download-button.js';
import { copyText } from '../copy-text.js';
import { filePaths, followThroughApi } from '../follow-through-api.js';

/**
 * Sending stays the candidate's act: the note as an .eml file or a mail link for their own mail
 * app, or copied; then "Mark as sent" records when. All of them use the saved note.
 */
export function NoteSendActions({
  note,
  recipient,
  unsaved,
  onSent,
}: {
  readonly note: ThankYouNote;
  readonly recipient: string;
  /** The editor holds changes not saved yet: sending would use the older text. */
  readonly unsaved: boolean;
  readonly onSent: (summary: string) => void;
}) {
  const [message, setMessage] = useState('');
  const [pending, setPending] = useState(false);
  const detail = `(note to ${recipient})`;
  const run = async (act: () => Promise<void>) => {
    setPending(true);
    setMessage('');
    try {
      await act();
    } catch (error) {
      setMessage(toProblem(error).detail);
    } finally {
      setPending(false);
    }
  };
  const openMail = () =>
    run(async () => {
      const { mailto } = await followThroughApi.mailto(note.id);
      if (mailto) window.location.href = mailto;
      else
        setMessage(
          'This note is too long for a mail link. Download the .eml file and open it with your mail app instead.',
        );
    });
  const copy = () =>
    run(async () => {
      setMessage(
        (await copyText(note.body))
          ? 'Copied the note. Paste it into a new e-mail.'
          : 'Your browser did not allow copying. Select the text of the note and copy it yourself.',
      );
    });
  const markSent = () =>
    run(async () => {
      await followThroughApi.markNoteSent(note.id);
      onSent(`Note to ${recipient} marked as sent.`);
    });

  if (unsaved) {
    return (
      <p className="quiet">
        Save the note to send it: the e-mail, the mail link and the copy use the saved text.
      </p>
    );
  }
  return (
    <div className="note-send">
      <p className="note-send-buttons">
        <DownloadButton
          path={filePaths.email(note.id)}
          filename="thank-you.eml"
          label="Download .eml"
          detail={detail}
        />
        <button
          type="button"
          className="button secondary"
          disabled={pending}
          onClick={() => void openMail()}
        >
          Open in mail app<span className="visually-hidden"> {detail}</span>
        </button>
        <button
          type="button"
          className="button secondary"
          disabled={pending}
          onClick={() => void copy()}
        >
          Copy<span className="visually-hidden"> {detail}</span>
        </button>
        <button type="button" className="button" disabled={pending} onClick={() => void markSent()}>
          Mark as sent<span className="visually-hidden"> {detail}</span>
        </button>
      </p>
      <p role="status" className="note-send-status">
        {message}
      </p>
    </div>
  );
}
