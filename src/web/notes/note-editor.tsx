import type { FormEvent, ReactNode } from 'react';
import type { Interviewer } from '../../domain/interviewer.js';
import type { Round } from '../../domain/round.js';
import type { ThankYouNote } from '../../domain/thank-you-note.js';
import { api } from '../api.js';
import type { Cockpit } from '../cockpit/cockpit-data.js';
import { LiveFindings } from '../coach/live-findings.js';
import { loadNoteCoach } from '../coach/load-coach.js';
import { useLiveAnalysis } from '../coach/use-live-analysis.js';
import { TextAreaField, TextField } from '../components/fields.js';
import { FormProblem } from '../components/problem-message.js';
import { useDraft, useSubmission } from '../form.js';
import { noteContextOf } from './note-context.js';

/**
 * Writes or changes the thank-you note to one interviewer after one round, with the coach's live
 * review. Spelling is not checked here: its dictionary is too large for the browser.
 */
export function NoteEditor({
  cockpit,
  round,
  interviewer,
  note,
  onSaved,
  autoFocus = true,
  footer,
}: {
  readonly cockpit: Cockpit;
  readonly round: Round;
  readonly interviewer: Interviewer;
  readonly note: ThankYouNote | undefined;
  readonly onSaved: (summary: string) => void;
  /**
   * Whether the editor opens on its own, taking focus and showing its title; not when it sits
   * in a card that names the person already, one of several.
   */
  readonly autoFocus?: boolean;
  /** More to do with the note once saved (send, copy…); `unsaved` when the text was changed. */
  readonly footer?: (unsaved: boolean) => ReactNode;
}) {
  const { pending, problem, fieldErrors, submit } = useSubmission();
  const { draft, field } = useDraft(
    () => ({
      subject: note?.subject ?? `Thank you – ${cockpit.opportunity.role} interview`,
      body: note?.body ?? '',
    }),
    { errors: fieldErrors },
  );
  const context = noteContextOf(cockpit, round, interviewer);
  const unsaved = note === undefined || draft.subject !== note.subject || draft.body !== note.body;
  // The other notes and the conversation notes change only on a reload, but count them anyway.
  const input = JSON.stringify([draft.body, context]);
  const coach = useLiveAnalysis('note', loadNoteCoach, input, (analyse) =>
    draft.body.trim() === '' ? null : analyse(draft.body, context),
  );

  const save = (event: FormEvent) => {
    event.preventDefault();
    void submit(async () => {
      if (note) await api.update('thankYouNote', note.id, draft);
      else
        await api.create('thankYouNote', {
          roundId: round.id,
          interviewerId: interviewer.id,
          ...draft,
        });
      onSaved(`Note to ${interviewer.name} saved.`);
    });
  };

  const titleId = `note-${round.id}-${interviewer.id}`;
  return (
    <form className="form" onSubmit={save} noValidate aria-labelledby={titleId}>
      <h5 id={titleId} className={autoFocus ? 'form-title' : 'visually-hidden'}>
        Thank-you note to {interviewer.name}
      </h5>
      <FormProblem problem={problem} />
      <TextField label="Subject" {...field('subject')} />
      <TextAreaField label="Your note" rows={8} {...field('body')} autoFocus={autoFocus} />
      <LiveFindings
        coach={coach}
        text={draft.body}
        textName="the note"
        allClear="The coach has nothing to add. Read it once more, then send it."
      />
      <div className="actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? 'Saving…' : 'Save note'}
        </button>
      </div>
      {footer?.(unsaved)}
    </form>
  );
}
