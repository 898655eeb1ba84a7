import { Link } from 'react-router';
import type { CoverageItem } from '../../coach/coverage.js';
import { CoverageRow } from '../fit/coverage-row.js';

/** What the posting asks for that the candidate's evidence does not show well: prepare for these. */
export function PlanGaps({
  gaps,
  opportunityId,
  planPath,
}: {
  readonly gaps: readonly CoverageItem[];
  readonly opportunityId: string;
  readonly planPath: string;
}) {
  return (
    <section aria-labelledby="plan-gaps-title" className="plan-overview">
      <h2 id="plan-gaps-title">Gaps to prepare for</h2>
      {gaps.length === 0 ? (
        <p className="quiet">
          Your stories and résumé cover every requirement the posting names. Have them ready.
        </p>
      ) : (
        <>
          <p className="quiet">
            The posting asks for these and your stories show them thinly or not at all. Expect a
            question on them, and prepare an honest answer.
          </p>
          <ul className="coverage-matrix">
            {gaps.map((gap) => (
              <CoverageRow
                key={`${gap.kind}:${gap.text}`}
                item={gap}
                back={planPath}
                backLabel="the round plan"
              />
            ))}
          </ul>
        </>
      )}
      <p className="print-hide">
        <Link to={`/opportunities/${opportunityId}/fit`}>See the whole role fit</Link>
      </p>
    </section>
  );
}
