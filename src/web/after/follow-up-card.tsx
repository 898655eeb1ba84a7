import { useState } from 'react';
import type { DueFollowUp } from '../after-round-api.js';
import { afterRoundApi } from '../after-round-api.js';
import { toProblem } from '../api.js';
import { Disclosure } from '../components/disclosure.js';
import { copyText } from '../copy-text.js';
import { FollowUpForm } from './follow-up-form.js';

/** A status inquiry that is due: why now, the draft, and copying and marking it sent. */
export function FollowUpCard({
  due,
  onChanged,
}: {
  readonly due: DueFollowUp;
  readonly onChanged: (summary: string) => void;
}) {
  const { followUp, recipient, sequence } = due;
  const [message, setMessage] = useState('');
  const [pending, setPending] = useState(false);
  const to = recipient ? ` to ${recipient.name}` : '';
  const copy = async () =>
    setMessage(
      (await copyText(`${followUp.subject}\n\n${followUp.body}`))
        ? 'Copied the subject and the message.'
        : 'Your browser did not allow copying. Select the text and copy it yourself.',
    );
  const markSent = async () => {
    setPending(true);
    try {
      await afterRoundApi.markFollowUpSent(followUp.id);
      onChanged(`Follow-up${to} marked as sent.`);
    } catch (error) {
      setMessage(toProblem(error).detail);
    } finally {
      setPending(false);
    }
  };
  return (
    <li className="card follow-up" data-follow-up-id={followUp.id}>
      <h3 className="card-title">
        Follow-up {sequence} of 2{to}
        <span className="status-tag overdue">Due now</span>
      </h3>
      <p>{due.reason}</p>
      <div className="follow-up-draft">
        <p className="note-subject">{followUp.subject}</p>
        <p className="note-text">{followUp.body}</p>
        <p className="quiet">{due.words} words</p>
      </div>
      <p className="note-send-buttons">
        <button type="button" className="button secondary" onClick={() => void copy()}>
          Copy<span className="visually-hidden"> the follow-up</span>
        </button>
        <button type="button" className="button" disabled={pending} onClick={() => void markSent()}>
          Mark as sent<span className="visually-hidden"> (follow-up{to})</span>
        </button>
      </p>
      <p role="status" className="note-send-status">
        {message}
      </p>
      <Disclosure label="Change the wording">
        {(close) => (
          <FollowUpForm
            followUp={followUp}
            onCancel={close}
            onSaved={(summary) => {
              close();
              onChanged(summary);
            }}
          />
        )}
      </Disclosure>
    </li>
  );
}
