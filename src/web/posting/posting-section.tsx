import { Link } from 'react-router';
import type { Opportunity } from '../../domain/opportunity.js';
import { api } from '../api.js';
import { Disclosure } from '../components/disclosure.js';
import { Loaded } from '../components/loaded.js';
import { describeCoverage } from '../fit/coverage-labels.js';
import { useLoad } from '../use-load.js';
import { describeSize } from './posting-draft.js';
import { PostingForm } from './posting-form.js';

/** The opportunity's job posting: what is kept, how the stories cover it, and a way to replace it. */
export function PostingSection({
  opportunity,
  onSaved,
}: {
  readonly opportunity: Opportunity;
  readonly onSaved: (close: () => void) => (summary: string) => void;
}) {
  const hasPosting = Boolean(opportunity.postingHtml ?? opportunity.postingText);
  return (
    <section aria-labelledby="posting-title">
      <h2 id="posting-title">Job posting and role fit</h2>
      {hasPosting ? (
        <>
          <FitSummary opportunity={opportunity} />
          <SavedPosting opportunity={opportunity} />
        </>
      ) : (
        <p className="quiet">
          No job posting yet. Add it to see which requirements your stories cover, and which are
          gaps to prepare for.
        </p>
      )}
      <Disclosure label={hasPosting ? 'Replace the job posting' : 'Add the job posting'}>
        {(close) => <PostingForm opportunity={opportunity} onSaved={onSaved(close)} />}
      </Disclosure>
    </section>
  );
}

/** One line on how the evidence covers the posting, with the way into the full view. */
function FitSummary({ opportunity }: { readonly opportunity: Opportunity }) {
  // The opportunity's update time is in the key, so a replaced posting is assessed again.
  const coverage = useLoad(`${opportunity.id}@${opportunity.updatedAt}`, () =>
    api.coverage(opportunity.id),
  );
  return (
    <Loaded load={coverage} what="the role fit">
      {({ coverage: items }) => (
        <p className="fit-summary">
          {items.length === 0
            ? 'No requirements were found in the posting. '
            : `Your stories and résumé against the posting: ${describeCoverage(items)}. `}
          <Link to={`/opportunities/${opportunity.id}/fit`}>See the role fit</Link>
        </p>
      )}
    </Loaded>
  );
}

function SavedPosting({ opportunity }: { readonly opportunity: Opportunity }) {
  if (opportunity.postingHtml) {
    return (
      <p className="quiet">
        Kept as a saved web page ({describeSize(opportunity.postingHtml.length)}).
      </p>
    );
  }
  return (
    <details className="posting">
      <summary>Show the posting as you saved it</summary>
      <div className="posting-text">{opportunity.postingText}</div>
    </details>
  );
}
