import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../api.js';
import { roundName } from '../cockpit/cockpit-data.js';
import { EditableList } from '../components/editable-list.js';
import { Loaded } from '../components/loaded.js';
import { usePageTitle } from '../components/page-title.js';
import { loadDebrief, type Debrief } from '../debrief/debrief-data.js';
import { DebriefItemForm } from '../debrief/debrief-item-form.js';
import {
  DebriefItemSummary,
  FeedbackSummary,
  MissedPointSummary,
} from '../debrief/debrief-summaries.js';
import { FeedbackForm } from '../debrief/feedback-form.js';
import { MissedPointForm } from '../debrief/missed-point-form.js';
import { ParticipationSection } from '../debrief/participation-section.js';
import { RoundDone } from '../debrief/round-done.js';
import { useLoad } from '../use-load.js';

/** What happened in a round: questions and answers, missed points, feedback, each person. */
export function RoundDebriefPage() {
  const { roundId = '' } = useParams();
  const debrief = useLoad(roundId, () => loadDebrief(roundId));
  usePageTitle(debrief.status === 'ready' ? `${roundName(debrief.data.round)} debrief` : 'Debrief');
  return (
    <Loaded load={debrief} what="the round">
      {(data) => <DebriefView debrief={data} reload={debrief.reload} />}
    </Loaded>
  );
}

function DebriefView({
  debrief,
  reload,
}: {
  readonly debrief: Debrief;
  readonly reload: () => void;
}) {
  const { round, opportunity } = debrief;
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
      <h1>{roundName(round)} debrief</h1>
      <p className="lead">
        Write down what happened while you still remember it. The plan for the next round picks up
        answers you rated 3 or lower, points you missed and concerns you heard.
      </p>
      <RoundDone round={round} onChanged={changed} />
      <p role="status" className="notice">
        {notice}
      </p>
      <EditableList
        title="Questions they asked"
        records={debrief.items}
        empty="No questions noted yet. Start with the ones you found hardest."
        addLabel="Add a question they asked"
        nameOf={(item) => item.question}
        summary={(item) => <DebriefItemSummary item={item} debrief={debrief} />}
        form={(props) => <DebriefItemForm debrief={debrief} {...props} />}
        remove={(item) => api.remove('debriefItem', item.id)}
        onChanged={changed}
      />
      <EditableList
        title="Points you did not get across"
        records={debrief.missedPoints}
        empty="Nothing noted. Was there a result, a skill or a story you meant to mention?"
        addLabel="Add a point"
        nameOf={(point) => point.point}
        summary={(point) => <MissedPointSummary point={point} debrief={debrief} />}
        form={(props) => <MissedPointForm debrief={debrief} {...props} />}
        remove={(point) => api.remove('missedPoint', point.id)}
        onChanged={changed}
      />
      <EditableList
        title="Feedback you received"
        records={debrief.feedback}
        empty="No feedback yet. Recruiters often pass some on; note it here when they do."
        addLabel="Add feedback"
        nameOf={(feedback) => feedback.feedback}
        summary={(feedback) => <FeedbackSummary feedback={feedback} debrief={debrief} />}
        form={(props) => <FeedbackForm debrief={debrief} {...props} />}
        remove={(feedback) => api.remove('feedback', feedback.id)}
        onChanged={changed}
      />
      <ParticipationSection debrief={debrief} onChanged={changed} />
    </>
  );
}
