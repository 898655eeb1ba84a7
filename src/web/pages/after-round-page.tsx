import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { loadAfterRound, type AfterRound } from '../after/after-round-data.js';
import { FollowUpsPanel } from '../after/follow-ups-panel.js';
import { NextStepPanel } from '../after/next-step-panel.js';
import { ReflectionSummaries } from '../after/reflection-summaries.js';
import { TrendsSection } from '../after/trends-section.js';
import { Loaded } from '../components/loaded.js';
import { opportunityStatusLabels } from '../labels.js';
import { usePageTitle } from '../components/page-title.js';
import { useLoad } from '../use-load.js';

/** After the interview: how each round went, the follow-up when news is late, and the next step. */
export function AfterRoundPage() {
  const { opportunityId = '' } = useParams();
  const view = useLoad(opportunityId, () => loadAfterRound(opportunityId, new Date()));
  usePageTitle(
    view.status === 'ready'
      ? `After the interview · ${view.data.opportunity.company}`
      : 'After the interview',
  );
  return (
    <Loaded load={view} what="the opportunity">
      {(data) => <AfterRoundView view={data} reload={view.reload} />}
    </Loaded>
  );
}

function AfterRoundView({
  view,
  reload,
}: {
  readonly view: AfterRound;
  readonly reload: () => void;
}) {
  const { opportunity } = view;
  const [notice, setNotice] = useState('');
  const changed = (summary: string) => {
    setNotice(summary);
    reload();
  };
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/opportunities/${opportunity.id}`}>
          {opportunity.role} at {opportunity.company}
        </Link>
      </p>
      <h1>After the interview</h1>
      <p className="lead">
        Look back while it is fresh, follow up when news is late, and take the next step.
      </p>
      <p role="status" className="notice">
        {notice}
      </p>
      <section aria-labelledby="reflections-title">
        <h2 id="reflections-title">How did it go?</h2>
        <ReflectionSummaries rounds={view.rounds} />
      </section>
      <section aria-labelledby="follow-up-title">
        <h2 id="follow-up-title">Follow-up</h2>
        {opportunity.status === 'interviewing' ? (
          <FollowUpsPanel
            overview={view.followUps}
            opportunityId={opportunity.id}
            onChanged={changed}
            onRetry={reload}
          />
        ) : (
          <p className="quiet">
            No status follow-up while the opportunity is “
            {opportunityStatusLabels[opportunity.status].toLowerCase()}”: they only go out while you
            wait for a decision.
          </p>
        )}
      </section>
      <TrendsSection />
      <section aria-labelledby="next-step-title">
        <h2 id="next-step-title">Next step</h2>
        <NextStepPanel opportunity={opportunity} onChanged={changed} />
      </section>
    </>
  );
}
