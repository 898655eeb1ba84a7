import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { QuestionsSection } from '../asks/questions-section.js';
import { AddInterviewerForm } from '../cockpit/add-interviewer-form.js';
import { AddRoundForm } from '../cockpit/add-round-form.js';
import { AfterInterviewSection } from '../cockpit/after-interview-section.js';
import { loadCockpit, type Cockpit } from '../cockpit/cockpit-data.js';
import { InterviewerCards } from '../cockpit/interviewer-cards.js';
import { RoundList } from '../cockpit/round-list.js';
import { Disclosure } from '../components/disclosure.js';
import { Loaded } from '../components/loaded.js';
import { usePageTitle } from '../components/page-title.js';
import { opportunityStatusLabels } from '../labels.js';
import { ThankYouNotesSection } from '../notes/thank-you-notes-section.js';
import { PostingSection } from '../posting/posting-section.js';
import { ReadinessPanel } from '../readiness/readiness-panel.js';
import { useLoad } from '../use-load.js';

/**
 * The cockpit of one opportunity: the countdown, the one next action and the checklist, the
 * people to meet, the rounds, and what comes after them (thank-you notes, follow-up).
 */
export function OpportunityPage() {
  const { opportunityId = '' } = useParams();
  const cockpit = useLoad(opportunityId, () => loadCockpit(opportunityId));
  usePageTitle(
    cockpit.status === 'ready'
      ? `${cockpit.data.opportunity.role} at ${cockpit.data.opportunity.company}`
      : 'Opportunity',
  );
  return (
    <Loaded load={cockpit} what="the opportunity">
      {(data) => <CockpitView cockpit={data} reload={cockpit.reload} />}
    </Loaded>
  );
}

function CockpitView({
  cockpit,
  reload,
}: {
  readonly cockpit: Cockpit;
  readonly reload: () => void;
}) {
  const { opportunity } = cockpit;
  const [notice, setNotice] = useState('');
  const changed = (summary: string) => {
    setNotice(summary);
    reload();
  };
  const saved = (close: () => void) => (summary: string) => {
    changed(summary);
    close();
  };
  return (
    <>
      <p className="breadcrumb">
        <Link to="/">All opportunities</Link>
      </p>
      <header className="opportunity-header">
        <h1>
          {opportunity.role} <span className="at">at</span> {opportunity.company}
        </h1>
        <p className="meta">
          <span className="status-tag">{opportunityStatusLabels[opportunity.status]}</span>
          {opportunity.location ? <span>{opportunity.location}</span> : null}
          {opportunity.postingUrl ? (
            <a href={opportunity.postingUrl} rel="noreferrer" target="_blank">
              Job posting (opens in a new tab)
            </a>
          ) : null}
        </p>
      </header>
      <p role="status" className="notice">
        {notice}
      </p>
      <ReadinessPanel cockpit={cockpit} />
      <p className="actions">
        <Link to={`/opportunities/${opportunity.id}/prep`} className="button secondary">
          Format prep: salary, your why, checklists
        </Link>
        <Link to="/practice" className="button secondary">
          Practice answers
        </Link>
      </p>

      <section aria-labelledby="interviewers-title">
        <h2 id="interviewers-title">Interviewers</h2>
        <InterviewerCards cockpit={cockpit} />
        <Disclosure label="Add an interviewer">
          {(close) => <AddInterviewerForm cockpit={cockpit} onSaved={saved(close)} />}
        </Disclosure>
      </section>

      <section aria-labelledby="rounds-title">
        <h2 id="rounds-title">Rounds</h2>
        <RoundList cockpit={cockpit} onChanged={changed} />
        <Disclosure label="Add a round">
          {(close) => <AddRoundForm cockpit={cockpit} onSaved={saved(close)} onChanged={reload} />}
        </Disclosure>
      </section>

      <PostingSection opportunity={opportunity} onSaved={saved} />
      <QuestionsSection cockpit={cockpit} onSaved={saved} />
      <ThankYouNotesSection cockpit={cockpit} onSaved={saved} onChanged={changed} />
      <AfterInterviewSection cockpit={cockpit} onChanged={changed} onRetry={reload} />
    </>
  );
}
