import { useState } from 'react';
import { questionTypes, type QuestionType } from '../../domain/question-bank.js';
import { SelectField, TextAreaField } from '../components/fields.js';
import { Loaded } from '../components/loaded.js';
import { questionTypeLabels } from '../plan/plan-labels.js';
import { useLoad } from '../use-load.js';
import { PlanSource } from './plan-source.js';
import { MAX_SET_QUESTIONS, ownQuestions, type PracticeSet } from './practice-set.js';

/** Role-specific questions are templates filled from a posting, so the bank offers the rest. */
const bankTypes = questionTypes.filter((type) => type !== 'role_specific');

// The bank is text the practice page alone needs; it loads with it, not with the app.
const loadBank = () => import('../../content/question-bank/index.js');

function BankSource({ onStart }: { readonly onStart: (set: PracticeSet) => void }) {
  const [type, setType] = useState<QuestionType>('behavioral');
  const bank = useLoad('question-bank', loadBank);
  return (
    <section aria-labelledby="bank-source-title" className="practice-source">
      <h3 id="bank-source-title">From the question bank</h3>
      <SelectField
        label="Kind of question"
        name="questionType"
        value={type}
        onChange={(event) => setType(event.currentTarget.value as QuestionType)}
        choices={bankTypes.map((value) => ({ value, label: questionTypeLabels[value] }))}
      />
      <Loaded load={bank} what="the question bank">
        {({ questionsOfType }) => {
          const questions = questionsOfType(type)
            .slice(0, MAX_SET_QUESTIONS)
            .map((question) => ({
              question: question.text,
              opportunityId: null,
              roundId: null,
            }));
          return (
            <div className="actions">
              <button
                type="button"
                className="button"
                onClick={() =>
                  onStart({ title: `${questionTypeLabels[type]} questions`, questions })
                }
              >
                Practise {questions.length} {questionTypeLabels[type].toLowerCase()} questions
              </button>
            </div>
          );
        }}
      </Loaded>
    </section>
  );
}

function OwnSource({ onStart }: { readonly onStart: (set: PracticeSet) => void }) {
  const [text, setText] = useState('');
  const questions = ownQuestions(text);
  return (
    <form
      className="form practice-source"
      aria-labelledby="own-source-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (questions.length === 0) return;
        onStart({
          title: questions.length === 1 ? 'Your question' : 'Your questions',
          questions: questions.map((question) => ({
            question,
            opportunityId: null,
            roundId: null,
          })),
        });
      }}
    >
      <h3 id="own-source-title">Write your own</h3>
      <TextAreaField
        label="Your own questions"
        name="ownQuestions"
        rows={3}
        hint={`One per line, up to ${MAX_SET_QUESTIONS}.`}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
      />
      <div className="actions">
        <button type="submit" className="button" disabled={questions.length === 0}>
          {questions.length > 1
            ? `Practise these ${questions.length} questions`
            : 'Practise this question'}
        </button>
      </div>
    </form>
  );
}

/** Where a mock interview's questions come from: a round's plan, the bank, or the candidate. */
export function PracticeSetPicker({ onStart }: { readonly onStart: (set: PracticeSet) => void }) {
  return (
    <section aria-labelledby="pick-title" className="practice-sources">
      <h2 id="pick-title">Choose the questions</h2>
      <PlanSource onStart={onStart} />
      <BankSource onStart={onStart} />
      <OwnSource onStart={onStart} />
    </section>
  );
}
