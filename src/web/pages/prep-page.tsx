import { Link, useParams } from 'react-router';
import type { PersonalWhy, SalaryPrep } from '../../domain/format-prep.js';
import type { Opportunity } from '../../domain/opportunity.js';
import type { Round } from '../../domain/round.js';
import { api } from '../api.js';
import { Loaded } from '../components/loaded.js';
import { usePageTitle } from '../components/page-title.js';
import { ChecklistsSection } from '../prep/checklists-section.js';
import { DayPlanSection } from '../prep/day-plan-section.js';
import { PresentationSection } from '../prep/presentation-section.js';
import { SalarySection } from '../prep/salary-section.js';
import { WhySection } from '../prep/why-section.js';
import { nextRound } from '../round-time.js';
import { useLoad } from '../use-load.js';

interface FormatPrep {
  readonly opportunity: Opportunity;
  readonly next: Round | undefined;
  readonly salary: SalaryPrep | undefined;
  readonly why: PersonalWhy | undefined;
}

async function loadFormatPrep(opportunityId: string): Promise<FormatPrep> {
  const [opportunity, rounds, salary, whys] = await Promise.all([
    api.get('opportunity', opportunityId),
    api.list('round', { opportunityId }),
    api.list('salaryPrep', { opportunityId }),
    api.list('personalWhy', { opportunityId }),
  ]);
  return { opportunity, next: nextRound(rounds, new Date()), salary: salary[0], why: whys[0] };
}

/** Format prep for one opportunity: salary numbers and scripts, the personal why, checklists. */
export function PrepPage() {
  const { opportunityId = '' } = useParams();
  const prep = useLoad(opportunityId, () => loadFormatPrep(opportunityId));
  usePageTitle(
    prep.status === 'ready' ? `Format prep: ${prep.data.opportunity.role}` : 'Format prep',
  );
  return (
    <Loaded load={prep} what="the format prep">
      {(data) => (
        <>
          <p className="breadcrumb">
            <Link to={`/opportunities/${data.opportunity.id}`}>
              {data.opportunity.role} at {data.opportunity.company}
            </Link>
          </p>
          <h1>Format prep</h1>
          <SalarySection opportunityId={data.opportunity.id} prep={data.salary} />
          <WhySection opportunityId={data.opportunity.id} why={data.why} />
          <PresentationSection opportunityId={data.opportunity.id} />
          <DayPlanSection opportunity={data.opportunity} />
          <ChecklistsSection round={data.next} />
        </>
      )}
    </Loaded>
  );
}
