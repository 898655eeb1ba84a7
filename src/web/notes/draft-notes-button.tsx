import type { Round } from '../../domain/round.js';
import { roundName } from '../cockpit/cockpit-data.js';
import { FormProblem } from '../components/problem-message.js';
import { followThroughApi } from '../follow-through-api.js';
import { useSubmission } from '../form.js';

/**
 * Asks the server to draft a note for each interviewer of the round who has none yet, each from
 * what was discussed with that person. The first draft loads the language tools, which takes a
 * few seconds, so the wait is said.
 */
export function DraftNotesButton({
  round,
  missing,
  onDrafted,
}: {
  readonly round: Round;
  /** How many interviewers of the round have no note yet. */
  readonly missing: number;
  readonly onDrafted: (summary: string) => void;
}) {
  const { pending, problem, submit } = useSubmission();
  const draft = () =>
    void submit(async () => {
      const { drafted } = await followThroughApi.draftThankYouNotes(round.id);
      onDrafted(
        drafted === 0
          ? 'Every interviewer already has a note.'
          : `${drafted} ${drafted === 1 ? 'note' : 'notes'} drafted. Read each one and make it yours before you send it.`,
      );
    });
  return (
    <div className="draft-notes">
      <FormProblem problem={problem} />
      <button type="button" className="button" disabled={pending} onClick={draft}>
        {pending ? 'Drafting…' : 'Draft thank-you notes'}
        <span className="visually-hidden"> ({roundName(round)})</span>
      </button>
      <p className="field-hint" role="status">
        {pending
          ? 'Drafting a note for each person from what you discussed with them. The first time takes a few seconds.'
          : `${missing === 1 ? 'A draft for the one person' : `One draft for each of the ${missing} people`} without a note yet, from what you discussed, the concerns you heard and what you promised.`}
      </p>
    </div>
  );
}
