import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Opportunity } from '../../domain/opportunity.js';
import type { Reflection } from '../../domain/reflection.js';
import type { Round } from '../../domain/round.js';
import { ReflectionForm } from '../after/reflection-form.js';
import { TrendsSection } from '../after/trends-section.js';
import { api } from '../api.js';
import { roundName } from '../cockpit/cockpit-data.js';
import { Loaded } from '../components/loaded.js';
import { usePageTitle } from '../components/page-title.js';
import { useLoad } from '../use-load.js';

interface ReflectionView {
  readonly round: Round;
  readonly opportunity: Opportunity;
  readonly reflection: Reflection | undefined;
}

async function loadReflection(roundId: string): Promise<ReflectionView> {
  const round = await api.get('round', roundId);
  const [opportunity, reflections] = await Promise.all([
    api.get('opportunity', round.opportunityId),
    api.list('reflection', { roundId }),
  ]);
  return { round, opportunity, reflection: reflections[0] };
}

/** The candidate's look back at one round, and how their ratings move across rounds. */
export function ReflectionPage() {
  const { roundId = '' } = useParams();
  const view = useLoad(roundId, () => loadReflection(roundId));
  usePageTitle(view.status === 'ready' ? `Reflect on ${roundName(view.data.round)}` : 'Reflection');
  return (
    <Loaded load={view} what="the round">
      {(data) => <ReflectionView view={data} reload={view.reload} />}
    </Loaded>
  );
}

function ReflectionView({
  view,
  reload,
}: {
  readonly view: ReflectionView;
  readonly reload: () => void;
}) {
  const { round, opportunity, reflection } = view;
  const [notice, setNotice] = useState('');
  const [version, setVersion] = useState(0);
  const notYet = round.startsAt !== null && Date.parse(round.startsAt) > Date.now();
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/opportunities/${opportunity.id}`}>
          {opportunity.role} at {opportunity.company}
        </Link>
      </p>
      <h1>Reflect on {roundName(round)}</h1>
      <p className="lead">
        Rate yourself honestly, right after the interview. Nobody else sees this; over several
        rounds it shows what to practise.
      </p>
      <p role="status" className="notice">
        {notice}
      </p>
      {notYet ? (
        <div className="callout">
          <p>
            {roundName(round)} has not taken place yet. Come back after it; if it was moved to an
            earlier date, change its dates on the opportunity page first.
          </p>
        </div>
      ) : (
        <ReflectionForm
          round={round}
          reflection={reflection}
          onSaved={(summary) => {
            setNotice(summary);
            setVersion((value) => value + 1);
            reload();
          }}
        />
      )}
      <TrendsSection version={version} />
      <p>
        <Link to={`/opportunities/${opportunity.id}/follow-up`}>
          Follow-up and next step for {opportunity.company}
        </Link>
      </p>
    </>
  );
}
