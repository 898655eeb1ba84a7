import { DateTime } from 'luxon';
import { useState } from 'react';
import { afterRoundApi, type FollowUpsOverview } from '../after-round-api.js';
import type { Settled } from '../cockpit/cockpit-data.js';
import { FormProblem, ProblemMessage } from '../components/problem-message.js';
import { useSubmission } from '../form.js';
import { FollowUpCard } from './follow-up-card.js';
import './after-round.css';

/**
 * The follow-up after a round, for one opportunity: the status inquiry that is due with its
 * draft, the suggestion to let it go after two unanswered ones, or when the next one falls due.
 */
export function FollowUpsPanel({
  overview,
  opportunityId,
  onChanged,
  onRetry,
}: {
  readonly overview: Settled<FollowUpsOverview>;
  readonly opportunityId: string;
  readonly onChanged: (summary: string) => void;
  readonly onRetry: () => void;
}) {
  if (overview.status === 'error') {
    return overview.problem.isMissingRoute() ? (
      <p className="quiet">Follow-up reminders are not available from this Round Two server yet.</p>
    ) : (
      <ProblemMessage problem={overview.problem} onRetry={onRetry} />
    );
  }
  const mine = <T extends { opportunity: { id: string } }>(list: readonly T[]) =>
    list.filter((entry) => entry.opportunity.id === opportunityId);
  const due = mine(overview.data.due);
  const cold = mine(overview.data.coldSuggestions);
  const upcoming = mine(overview.data.upcoming);
  if (due.length + cold.length + upcoming.length === 0) {
    return (
      <p className="quiet">
        No follow-up due. When they tell you by when they expect to decide, add that date to the
        round (“Change dates”): if it passes without news, a short, polite follow-up is drafted
        here.
      </p>
    );
  }
  return (
    <div className="follow-ups">
      {due.length > 0 ? (
        <ul className="card-list">
          {due.map((entry) => (
            <FollowUpCard key={entry.followUp.id} due={entry} onChanged={onChanged} />
          ))}
        </ul>
      ) : null}
      {cold.map((entry) => (
        <ColdSuggestion
          key={entry.round.id}
          reason={entry.reason}
          opportunityId={opportunityId}
          onChanged={onChanged}
        />
      ))}
      {upcoming.map((entry) => (
        <p key={entry.round.id} className="follow-up-upcoming">
          <strong>Next on {DateTime.fromISO(entry.dueOn).toFormat('ccc d LLL yyyy')}.</strong>{' '}
          {entry.reason}
        </p>
      ))}
    </div>
  );
}

function ColdSuggestion({
  reason,
  opportunityId,
  onChanged,
}: {
  readonly reason: string;
  readonly opportunityId: string;
  readonly onChanged: (summary: string) => void;
}) {
  const { pending, problem, submit } = useSubmission();
  const [asked, setAsked] = useState(false);
  const markCold = () =>
    void submit(async () => {
      await afterRoundApi.markCold(opportunityId);
      onChanged('Marked as gone quiet. You can reopen it if they write back.');
    });
  return (
    <div className="callout">
      <p>{reason}</p>
      <FormProblem problem={problem} />
      {asked ? (
        <p className="actions">
          <button type="button" className="button" disabled={pending} onClick={markCold}>
            {pending ? 'Saving…' : 'Yes, mark it as gone quiet'}
          </button>
          <button type="button" className="button secondary" onClick={() => setAsked(false)}>
            Not yet
          </button>
        </p>
      ) : (
        <button type="button" className="button secondary" onClick={() => setAsked(true)}>
          Mark as gone quiet
        </button>
      )}
    </div>
  );
}
