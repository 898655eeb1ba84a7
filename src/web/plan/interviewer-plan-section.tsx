import type { InterviewerPlan } from '../../coach/plan-types.js';
import { audienceLabels } from '../labels.js';
import { PlannedAskItem } from './planned-ask-item.js';
import { PlannedQuestionItem } from './planned-question-item.js';

/** The id of an interviewer's section, for the page's jump links. */
export const planSectionId = (interviewerId: string) => `plan-${interviewerId}`;

/** One person of the round: what they focus on, what they will likely ask, what to ask them. */
export function InterviewerPlanSection({
  person,
  planPath,
}: {
  readonly person: InterviewerPlan;
  readonly planPath: string;
}) {
  const id = planSectionId(person.interviewerId);
  return (
    <section className="plan-person" id={id} aria-labelledby={`${id}-name`}>
      <h2 id={`${id}-name`}>{person.name}</h2>
      {person.audienceKind ? (
        <p className="meta">
          <span className="status-tag">{audienceLabels[person.audienceKind]}</span>
        </p>
      ) : null}
      <p className="plan-focus">{person.focus}</p>
      <h3>Likely questions</h3>
      {person.questions.length === 0 ? (
        <p className="quiet">No likely questions found for this person.</p>
      ) : (
        <ol className="plan-questions">
          {person.questions.map((question) => (
            <PlannedQuestionItem
              key={question.id}
              question={question}
              focus={person.focus}
              planPath={planPath}
            />
          ))}
        </ol>
      )}
      <h3>Ask them</h3>
      {person.asks.length === 0 ? (
        <p className="quiet">No questions to ask yet.</p>
      ) : (
        <ul className="plan-asks">
          {person.asks.map((ask) => (
            <PlannedAskItem key={ask.text} ask={ask} />
          ))}
        </ul>
      )}
    </section>
  );
}
