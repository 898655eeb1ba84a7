import { Link } from 'react-router';
import type { DebriefItem, Feedback, MissedPoint } from '../../domain/debrief.js';
import { nameOf, type Debrief } from './debrief-data.js';
import { describeRating, toneLabels } from './debrief-labels.js';

/** A question asked in the round, as the candidate remembers it. */
export function DebriefItemSummary({
  item,
  debrief,
}: {
  readonly item: DebriefItem;
  readonly debrief: Debrief;
}) {
  const askedBy = nameOf(debrief, item.askedByInterviewerId);
  const story = debrief.stories.find((candidate) => candidate.id === item.storyId);
  return (
    <>
      <p className="question-text">{item.question}</p>
      <dl className="facts">
        <dt>Asked by</dt>
        <dd>{askedBy ?? 'Not noted'}</dd>
        {item.answerSummary ? (
          <>
            <dt>Your answer</dt>
            <dd>{item.answerSummary}</dd>
          </>
        ) : null}
        <dt>Your rating</dt>
        <dd>{item.selfRating === null ? 'Not rated' : describeRating(item.selfRating)}</dd>
        {story ? (
          <>
            <dt>Story told</dt>
            <dd>
              <Link to={`/stories/${story.id}`}>{story.title}</Link>
            </dd>
          </>
        ) : null}
        {item.notes ? (
          <>
            <dt>Notes</dt>
            <dd>{item.notes}</dd>
          </>
        ) : null}
      </dl>
      {item.followUpNeeded ? <p className="status-tag">Follow up next round</p> : null}
    </>
  );
}

export function MissedPointSummary({
  point,
  debrief,
}: {
  readonly point: MissedPoint;
  readonly debrief: Debrief;
}) {
  const person = nameOf(debrief, point.interviewerId);
  return (
    <>
      <p className="question-text">{point.point}</p>
      <p className="meta">
        <span>{person ? `For ${person}` : 'For anyone in the next round'}</span>
        <span className="status-tag">
          {point.addressed ? 'Made up for' : 'Still to get across'}
        </span>
      </p>
    </>
  );
}

export function FeedbackSummary({
  feedback,
  debrief,
}: {
  readonly feedback: Feedback;
  readonly debrief: Debrief;
}) {
  const from = nameOf(debrief, feedback.fromInterviewerId);
  return (
    <>
      <p>{feedback.feedback}</p>
      <p className="meta">
        <span>{from ? `From ${from}` : 'From someone not listed'}</span>
        <span className={`status-tag tone-${feedback.tone}`}>{toneLabels[feedback.tone]}</span>
      </p>
    </>
  );
}
