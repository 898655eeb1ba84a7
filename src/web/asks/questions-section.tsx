import type { QuestionToAsk } from '../../domain/question-to-ask.js';
import { roundName, type Cockpit } from '../cockpit/cockpit-data.js';
import { Disclosure } from '../components/disclosure.js';
import { askCategoryLabels } from '../labels.js';
import { AddQuestionForm } from './add-question-form.js';

/** The questions the candidate means to ask, whom, and a form to add one with the coach's help. */
export function QuestionsSection({
  cockpit,
  onSaved,
}: {
  readonly cockpit: Cockpit;
  /** A question was saved; `summary` says which. Returns the function that closes the form. */
  readonly onSaved: (close: () => void) => (summary: string) => void;
}) {
  return (
    <section aria-labelledby="questions-title">
      <h2 id="questions-title">Questions to ask</h2>
      {cockpit.questions.length === 0 ? (
        <p className="quiet">
          No questions yet. Two or three good questions per interviewer show you have thought about
          the job, not only about getting it.
        </p>
      ) : (
        <ul className="card-list questions">
          {cockpit.questions.map((question) => (
            <QuestionItem key={question.id} question={question} cockpit={cockpit} />
          ))}
        </ul>
      )}
      <Disclosure label="Add a question">
        {(close) => <AddQuestionForm cockpit={cockpit} onSaved={onSaved(close)} />}
      </Disclosure>
    </section>
  );
}

function QuestionItem({
  question,
  cockpit,
}: {
  readonly question: QuestionToAsk;
  readonly cockpit: Cockpit;
}) {
  const people = cockpit.interviewers
    .filter((interviewer) => question.targetInterviewerIds.includes(interviewer.id))
    .map((interviewer) => interviewer.name);
  const askedIn = cockpit.rounds.find((round) => round.id === question.askedInRoundId);
  return (
    <li className="card question">
      <p className="question-text">{question.question}</p>
      <p className="meta">
        {question.category ? (
          <span className="tag">{askCategoryLabels[question.category]}</span>
        ) : null}
        <span>{people.length > 0 ? `For ${people.join(', ')}` : 'For anyone'}</span>
        {askedIn ? <span>Asked in {roundName(askedIn)}</span> : null}
      </p>
    </li>
  );
}
