import { useState } from 'react';
import { api } from '../api.js';
import { Loaded } from '../components/loaded.js';
import { usePageTitle } from '../components/page-title.js';
import { loadAnswerCoach } from '../coach/load-coach.js';
import { PracticeSession } from '../practice/practice-session.js';
import { QuestionPicker, type PracticeQuestion } from '../practice/question-picker.js';
import { useLoad } from '../use-load.js';

async function loadPractice(question: string) {
  const [analyse, attempts] = await Promise.all([
    loadAnswerCoach(),
    question === '' ? Promise.resolve([]) : api.list('practiceAttempt'),
  ]);
  const earlier = attempts
    .filter((attempt) => attempt.question === question)
    .sort((a, b) => (a.attemptedAt ?? a.createdAt).localeCompare(b.attemptedAt ?? b.createdAt));
  return { analyse, earlier };
}

/** Typed practice: answer one question against the clock, see the findings, redo and compare. */
export function PracticePage() {
  usePageTitle('Practice');
  const [pick, setPick] = useState<PracticeQuestion>();
  const practice = useLoad(pick?.question ?? '', () => loadPractice(pick?.question ?? ''));
  return (
    <>
      <h1>Practice</h1>
      <p className="lead">
        Answer a question as you would aloud, against the clock. Each attempt is saved on this
        computer with its time, so you can redo it and see what changed.
      </p>
      {pick ? (
        <>
          <p>
            <button type="button" className="button link" onClick={() => setPick(undefined)}>
              Choose another question
            </button>
          </p>
          <Loaded load={practice} what="the coach">
            {({ analyse, earlier }) => (
              <PracticeSession
                key={pick.question}
                pick={pick}
                analyse={analyse}
                earlier={earlier}
              />
            )}
          </Loaded>
        </>
      ) : (
        <QuestionPicker onPick={setPick} />
      )}
    </>
  );
}
