import { Link, useParams } from 'react-router';
import type { Opportunity } from '../../domain/opportunity.js';
import { api, type OpportunityCoverage } from '../api.js';
import { Loaded } from '../components/loaded.js';
import { usePageTitle } from '../components/page-title.js';
import { describeCoverage } from '../fit/coverage-labels.js';
import { CoverageMatrix } from '../fit/coverage-matrix.js';
import { useLoad } from '../use-load.js';

interface RoleFit {
  readonly opportunity: Opportunity;
  readonly coverage: OpportunityCoverage;
}

async function loadRoleFit(opportunityId: string): Promise<RoleFit> {
  const [opportunity, coverage] = await Promise.all([
    api.get('opportunity', opportunityId),
    api.coverage(opportunityId),
  ]);
  return { opportunity, coverage };
}

/** How the candidate's stories and résumé cover the posting of one opportunity, gaps first. */
export function RoleFitPage() {
  const { opportunityId = '' } = useParams();
  const fit = useLoad(opportunityId, () => loadRoleFit(opportunityId));
  usePageTitle(fit.status === 'ready' ? `Role fit: ${fit.data.opportunity.role}` : 'Role fit');
  return (
    <Loaded load={fit} what="the role fit">
      {(data) => <RoleFitView fit={data} />}
    </Loaded>
  );
}

function RoleFitView({ fit }: { readonly fit: RoleFit }) {
  const { opportunity, coverage } = fit;
  const opportunityPath = `/opportunities/${opportunity.id}`;
  const hasPosting = Boolean(opportunity.postingHtml ?? opportunity.postingText);
  const { posting } = coverage;
  return (
    <>
      <p className="breadcrumb">
        <Link to={opportunityPath}>
          {opportunity.role} at {opportunity.company}
        </Link>
      </p>
      <h1>Role fit</h1>
      {!hasPosting ? (
        <section className="empty-state" aria-labelledby="no-posting-title">
          <h2 id="no-posting-title">No job posting yet</h2>
          <p>
            Add the posting on the <Link to={opportunityPath}>opportunity page</Link>: paste its
            text or choose the job’s saved page. Round Two then lists what it asks for and which of
            your stories show it.
          </p>
        </section>
      ) : coverage.coverage.length === 0 ? (
        <section className="empty-state" aria-labelledby="nothing-found-title">
          <h2 id="nothing-found-title">No requirements found</h2>
          <p>
            Round Two could not find requirements or responsibilities in the saved posting. If you
            saved the job’s page, try pasting the text of the ad on the{' '}
            <Link to={opportunityPath}>opportunity page</Link> instead.
          </p>
        </section>
      ) : (
        <>
          <p className="lead">
            How your stories and résumé cover what the posting asks for:{' '}
            {describeCoverage(coverage.coverage)}.
          </p>
          {posting.skills.length > 0 ? (
            <div className="posting-skills">
              <h2 className="inline-heading">Skills the posting names</h2>
              <ul className="tags">
                {posting.skills.map((skill) => (
                  <li key={skill} className="tag">
                    {skill}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <CoverageMatrix coverage={coverage.coverage} back={`${opportunityPath}/fit`} />
        </>
      )}
    </>
  );
}
