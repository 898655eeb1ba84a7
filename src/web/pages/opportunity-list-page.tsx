import { Link, useNavigate } from 'react-router';
import type { Opportunity } from '../../domain/opportunity.js';
import type { Round } from '../../domain/round.js';
import { api } from '../api.js';
import { Loaded } from '../components/loaded.js';
import { usePageTitle } from '../components/page-title.js';
import { FormProblem } from '../components/problem-message.js';
import { useSubmission } from '../form.js';
import { opportunityStatusLabels } from '../labels.js';
import { browserTimeZone, describeCountdown, describeStart, nextRound } from '../round-time.js';
import { useLoad } from '../use-load.js';

interface OpportunityOverview {
  readonly opportunities: readonly Opportunity[];
  readonly rounds: readonly Round[];
}

async function loadOverview(): Promise<OpportunityOverview> {
  const [opportunities, rounds] = await Promise.all([api.list('opportunity'), api.list('round')]);
  return { opportunities, rounds };
}

/** The home page: every opportunity with its next round, or a way to start. */
export function OpportunityListPage() {
  usePageTitle('Opportunities');
  const overview = useLoad('overview', loadOverview);
  return (
    <>
      <div className="page-heading">
        <h1>Opportunities</h1>
        {overview.status === 'ready' && overview.data.opportunities.length > 0 ? (
          <Link to="/opportunities/new" className="button">
            Add an opportunity
          </Link>
        ) : null}
      </div>
      <Loaded load={overview} what="your opportunities">
        {({ opportunities, rounds }) =>
          opportunities.length === 0 ? (
            <EmptyWorkspace />
          ) : (
            <ul className="card-list">
              {opportunities.map((opportunity) => (
                <OpportunitySummary
                  key={opportunity.id}
                  opportunity={opportunity}
                  rounds={rounds.filter((round) => round.opportunityId === opportunity.id)}
                />
              ))}
            </ul>
          )
        }
      </Loaded>
    </>
  );
}

function OpportunitySummary({
  opportunity,
  rounds,
}: {
  readonly opportunity: Opportunity;
  readonly rounds: readonly Round[];
}) {
  const now = new Date();
  const next = nextRound(rounds, now);
  return (
    <li className="card">
      <h2 className="card-title">
        <Link to={`/opportunities/${opportunity.id}`}>
          {opportunity.role} <span className="at">at</span> {opportunity.company}
        </Link>
      </h2>
      <p className="meta">
        <span className="status-tag">{opportunityStatusLabels[opportunity.status]}</span>
        {opportunity.location ? <span>{opportunity.location}</span> : null}
      </p>
      <p>
        {next
          ? `Round ${next.number ?? ''} ${describeCountdown(next.startsAt, next.timeZone, now)}: ${describeStart(next.startsAt, next.timeZone, browserTimeZone())}`
          : 'No round scheduled yet.'}
      </p>
    </li>
  );
}

/** A first visit: explain the app in one line and offer the two ways to start. */
function EmptyWorkspace() {
  const navigate = useNavigate();
  const example = useSubmission();
  const loadExample = () =>
    example.submit(async () => {
      const opportunity = await api.loadExample();
      await navigate(`/opportunities/${opportunity.id}`);
    });
  return (
    <section className="empty-state" aria-labelledby="empty-title">
      <h2 id="empty-title">Nothing here yet</h2>
      <p>
        Add the job you are interviewing for, its rounds and the people you will meet. Round Two
        then helps you prepare for each of them.
      </p>
      <p>
        Not sure where to start? Load an example to see every part filled in. You can delete it
        later.
      </p>
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={() => void loadExample()}
          disabled={example.pending}
        >
          {example.pending ? 'Loading the example…' : 'Load an example opportunity'}
        </button>
        <Link to="/opportunities/new" className="button secondary">
          Add your own
        </Link>
      </div>
      <FormProblem problem={example.problem} />
    </section>
  );
}
