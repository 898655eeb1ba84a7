import { Link, useParams, useSearchParams } from 'react-router';
import type { Brief } from '../../domain/brief.js';
import { BriefPeople } from '../brief/brief-people.js';
import { BriefPromisesAndReminders } from '../brief/brief-day.js';
import { BriefCompany, BriefLogistics, BriefStories } from '../brief/brief-sections.js';
import { DownloadButton } from '../components/download-button.js';
import { Loaded } from '../components/loaded.js';
import { usePageTitle } from '../components/page-title.js';
import { filePaths, followThroughApi } from '../follow-through-api.js';
import { useLoad } from '../use-load.js';
import '../brief/brief.css';

/**
 * The day-of brief: one page to read on a phone on the way in, or to print. `?round=N` picks the
 * round; by default it is the next scheduled one.
 */
export function BriefPage() {
  const { opportunityId = '' } = useParams();
  const [search] = useSearchParams();
  const roundParam = Number(search.get('round'));
  const round = Number.isInteger(roundParam) && roundParam > 0 ? roundParam : undefined;
  const brief = useLoad(`${opportunityId}:${round ?? ''}`, () =>
    followThroughApi.brief(opportunityId, round),
  );
  usePageTitle(
    brief.status === 'ready'
      ? `Brief: round ${brief.data.header.roundNumber}, ${brief.data.header.company}`
      : 'Day-of brief',
  );
  return (
    <Loaded load={brief} what="the brief">
      {(data) => <BriefView brief={data} opportunityId={opportunityId} />}
    </Loaded>
  );
}

function BriefView({
  brief,
  opportunityId,
}: {
  readonly brief: Brief;
  readonly opportunityId: string;
}) {
  const { header } = brief;
  const round = header.roundNumber;
  return (
    <article className="brief">
      <p className="breadcrumb">
        <Link to={`/opportunities/${opportunityId}`}>
          {header.role} at {header.company}
        </Link>
      </p>
      <header className="brief-header">
        <h1>
          Round {round}: {header.role} <span className="at">at</span> {header.company}
        </h1>
        <p className="brief-when">
          {header.when ? <strong>{header.when}</strong> : 'Not scheduled yet'}
          {header.countdown ? ` — ${header.countdown}` : ''}
          {header.formats.length > 0 ? ` · ${header.formats.join(', ')}` : ''}
        </p>
        <p className="brief-actions">
          <button type="button" className="button" onClick={() => window.print()}>
            Print
          </button>
          <DownloadButton
            path={filePaths.brief(opportunityId, 'pdf', round)}
            filename={`brief-round-${round}.pdf`}
            label="Download PDF"
          />
          <DownloadButton
            path={filePaths.brief(opportunityId, 'md', round)}
            filename={`brief-round-${round}.md`}
            label="Download Markdown"
          />
        </p>
      </header>
      <div className="brief-columns">
        <BriefLogistics brief={brief} />
        <BriefPeople brief={brief} />
        <BriefStories brief={brief} />
        <BriefCompany brief={brief} />
        <BriefPromisesAndReminders brief={brief} />
      </div>
    </article>
  );
}
