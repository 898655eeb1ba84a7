import { Link } from 'react-router';
import type { PlannedQuestion, StoryAssignment } from '../../coach/plan-types.js';
import { newStoryLink, tagOf } from '../stories/story-prefill.js';
import { originLabels, questionTypeLabels } from './plan-labels.js';

/**
 * A likely question: why it is likely, what the interviewer listens for, and the story to
 * answer it with (or what story to write when none fits).
 */
export function PlannedQuestionItem({
  question,
  focus,
  planPath,
}: {
  readonly question: PlannedQuestion;
  /** The interviewer's focus, which the reasons need not repeat word for word. */
  readonly focus: string;
  readonly planPath: string;
}) {
  const origin = originLabels[question.origin];
  const reasons = question.reasons.map((reason) =>
    reason === focus ? 'it is what this interviewer tends to test (see above)' : reason,
  );
  return (
    <li className="plan-question">
      <p className="plan-question-text">{question.text}</p>
      <p className="meta">
        {origin ? <span className="tag">{origin}</span> : null}
        <span>{questionTypeLabels[question.type]}</span>
      </p>
      <div className="plan-why">
        <p className="plan-label">Why:</p>
        <ul>
          {reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      </div>
      {question.listeningFor ? (
        <p>
          <span className="plan-label">They listen for:</span> {question.listeningFor}
        </p>
      ) : null}
      {question.story ? (
        <StoryToTell story={question.story} />
      ) : (
        <div className="plan-story none">
          <p>
            <span className="plan-label">Your story:</span>{' '}
            {question.storyAdvice ?? 'No story in your bank fits this question yet.'}{' '}
            <Link
              className="print-hide"
              to={newStoryLink({
                purpose: question.text,
                tags: question.competencies.map(tagOf),
                back: planPath,
                backLabel: 'the round plan',
              })}
            >
              Write a story for this<span className="visually-hidden">: {question.text}</span>
            </Link>
          </p>
        </div>
      )}
    </li>
  );
}

function StoryToTell({ story }: { readonly story: StoryAssignment }) {
  return (
    <div className="plan-story">
      <p>
        <span className="plan-label">Your story:</span>{' '}
        <Link to={`/stories/${story.storyId}`}>{story.title}</Link>. {story.reason}
      </p>
      {story.toldThemBefore ? (
        <p className="plan-warning">
          <span aria-hidden="true">⚠ </span>They heard this story in an earlier round. Tell another,
          or take it further: what happened next, what you learned.
        </p>
      ) : null}
      {story.alsoFor.length > 0 ? (
        <p className="plan-warning">
          <span aria-hidden="true">⚠ </span>Also planned for {story.alsoFor.join(' and ')}. If they
          compare notes, a second story shows more range.
        </p>
      ) : null}
    </div>
  );
}
