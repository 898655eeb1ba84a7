import { Link } from 'react-router';
import { FollowUpsPanel } from '../after/follow-ups-panel.js';
import type { Cockpit } from './cockpit-data.js';

/**
 * Once a round has taken place: the follow-up that is due (or when it will be), and the way to
 * the reflection, the trends and the next step.
 */
export function AfterInterviewSection({
  cockpit,
  onChanged,
  onRetry,
}: {
  readonly cockpit: Cockpit;
  readonly onChanged: (summary: string) => void;
  readonly onRetry: () => void;
}) {
  if (!cockpit.rounds.some((round) => round.status === 'completed')) return null;
  const { opportunity } = cockpit;
  return (
    <section aria-labelledby="after-title">
      <h2 id="after-title">After the interview</h2>
      <FollowUpsPanel
        overview={cockpit.followUps}
        opportunityId={opportunity.id}
        onChanged={onChanged}
        onRetry={onRetry}
      />
      <p>
        <Link to={`/opportunities/${opportunity.id}/follow-up`} className="button secondary">
          Reflection, trends and next step
        </Link>
      </p>
    </section>
  );
}
