import type { Round } from '../../domain/round.js';
import { api } from '../api.js';
import { roundName } from '../cockpit/cockpit-data.js';
import { FormProblem } from '../components/problem-message.js';
import { useSubmission } from '../form.js';
import { roundStatusLabels } from '../labels.js';

/** Whether the round has happened, and the button that says it has. */
export function RoundDone({
  round,
  onChanged,
}: {
  readonly round: Round;
  readonly onChanged: (summary: string) => void;
}) {
  const { pending, problem, submit } = useSubmission();
  if (round.status !== 'scheduled') {
    return (
      <p className="meta">
        <span className="status-tag">{roundStatusLabels[round.status]}</span>
      </p>
    );
  }
  const markDone = () =>
    void submit(async () => {
      await api.update('round', round.id, { status: 'completed' });
      onChanged(`${roundName(round)} marked as done.`);
    });
  return (
    <div className="callout">
      <p>
        This round is not marked as done yet. Mark it once it has taken place: the thank-you notes
        to each person open then.
      </p>
      <FormProblem problem={problem} />
      <button type="button" className="button" disabled={pending} onClick={markDone}>
        {pending ? 'Saving…' : 'Mark as done'}
      </button>
    </div>
  );
}
