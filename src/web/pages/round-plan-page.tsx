import { Link, useParams } from 'react-router';
import { api, type RoundPlanView } from '../api.js';
import { Loaded } from '../components/loaded.js';
import { usePageTitle } from '../components/page-title.js';
import { InterviewerPlanSection, planSectionId } from '../plan/interviewer-plan-section.js';
import { PlanGaps } from '../plan/plan-gaps.js';
import { StoryUseTable } from '../plan/story-use-table.js';
import { useLoad } from '../use-load.js';

/** The plan of one round: per interviewer, the likely questions with a story each, and what to ask. */
export function RoundPlanPage() {
  const { roundId = '' } = useParams();
  const plan = useLoad(roundId, () => api.roundPlan(roundId));
  usePageTitle(plan.status === 'ready' ? `Plan for round ${plan.data.round.number}` : 'Round plan');
  return (
    <Loaded load={plan} what="the plan (it takes a moment the first time)">
      {(data) => <PlanView view={data} />}
    </Loaded>
  );
}

function PlanView({ view }: { readonly view: RoundPlanView }) {
  const { plan, opportunity, round } = view;
  const planPath = `/rounds/${round.id}/plan`;
  return (
    <div className="round-plan">
      <p className="breadcrumb">
        <Link to={`/opportunities/${opportunity.id}`}>
          {opportunity.role} at {opportunity.company}
        </Link>
      </p>
      <div className="page-heading">
        <h1>Plan for round {round.number}</h1>
        <button
          type="button"
          className="button secondary print-hide"
          onClick={() => window.print()}
        >
          Print this plan
        </button>
        <Link
          className="button secondary print-hide"
          to={`/practice?opportunity=${opportunity.id}&round=${round.id}`}
        >
          Practise these questions
        </Link>
      </div>
      <p className="lead">
        {opportunity.role} at {opportunity.company}. For each person: the questions they will likely
        ask and why, the story to answer with, and what to ask them.
      </p>
      {plan.interviewers.length === 0 ? (
        <p className="callout">
          No one is in this round yet. Add the people you will meet on the{' '}
          <Link to={`/opportunities/${opportunity.id}`}>opportunity page</Link> to see what each of
          them will likely ask.
        </p>
      ) : (
        <nav aria-label="People in this round" className="plan-toc print-hide">
          <ul>
            {plan.interviewers.map((person) => (
              <li key={person.interviewerId}>
                <a href={`#${planSectionId(person.interviewerId)}`}>{person.name}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {plan.interviewers.map((person) => (
        <InterviewerPlanSection key={person.interviewerId} person={person} planPath={planPath} />
      ))}
      <StoryUseTable storyUse={plan.storyUse} />
      <PlanGaps gaps={plan.gaps} opportunityId={opportunity.id} planPath={planPath} />
    </div>
  );
}
