import { lazy, Suspense, useState } from 'react';
import { practiceProgress } from '../../coach/practice-progress.js';
import type { PracticeAttempt } from '../../domain/practice.js';
import { api } from '../api.js';
import { Loaded } from '../components/loaded.js';
import { usePageTitle } from '../components/page-title.js';
import { loadAnswerCoach } from '../coach/load-coach.js';
import { PracticeSession, snapshotWith, type Analyser } from '../practice/practice-session.js';
import { PracticeSetPicker } from '../practice/practice-set-picker.js';
import type { PracticeSet } from '../practice/practice-set.js';
import { useLoad } from '../use-load.js';
import '../practice/practice.css';

const ProgressCharts = lazy(() => import('../practice/progress-charts.js'));

const byTime = (a: PracticeAttempt, b: PracticeAttempt) =>
  (a.attemptedAt ?? a.createdAt).localeCompare(b.attemptedAt ?? b.createdAt);

async function loadPractice() {
  const [analyse, attempts] = await Promise.all([loadAnswerCoach(), api.list('practiceAttempt')]);
  return { analyse, attempts: attempts.sort(byTime) };
}

/** A mock interview under way: one question at a time, in the set's order. */
function MockInterview({
  set,
  analyse,
  attempts,
  onAttempt,
  onEnd,
}: {
  readonly set: PracticeSet;
  readonly analyse: Analyser;
  readonly attempts: readonly PracticeAttempt[];
  readonly onAttempt: (attempt: PracticeAttempt) => void;
  readonly onEnd: () => void;
}) {
  const [index, setIndex] = useState(0);
  const pick = set.questions[index];
  if (!pick) return null;
  const last = index === set.questions.length - 1;
  return (
    <>
      <div className="practice-step">
        <p role="status">
          {set.title}: question {index + 1} of {set.questions.length}
        </p>
        <div className="actions">
          {index > 0 ? (
            <button type="button" className="button secondary" onClick={() => setIndex(index - 1)}>
              Previous question
            </button>
          ) : null}
          {last ? null : (
            <button type="button" className="button secondary" onClick={() => setIndex(index + 1)}>
              Next question
            </button>
          )}
          <button type="button" className="button secondary" onClick={onEnd}>
            End the mock interview
          </button>
        </div>
      </div>
      <PracticeSession
        key={`${index}:${pick.question}`}
        pick={pick}
        analyse={analyse}
        earlier={attempts.filter((attempt) => attempt.question === pick.question)}
        onAttempt={onAttempt}
      />
    </>
  );
}

/**
 * Practice: a mock interview from a round's plan, the question bank or the candidate's own
 * questions, typed or spoken, with findings per answer and progress across every attempt.
 */
export function PracticePage() {
  usePageTitle('Practice');
  const [set, setSet] = useState<PracticeSet>();
  const [added, setAdded] = useState<readonly PracticeAttempt[]>([]);
  // The coach's language model takes a moment to load; the questions can be chosen meanwhile.
  const practice = useLoad('practice', loadPractice);
  const record = (attempt: PracticeAttempt) => setAdded((list) => [...list, attempt]);
  return (
    <>
      <h1>Practice</h1>
      <p className="lead">
        Answer as you would in the room, against the clock: aloud or typed. Every attempt is kept on
        this computer with what the coach found, so you can redo an answer and watch it improve.
      </p>
      {set ? (
        <>
          <p>
            <button type="button" className="button link" onClick={() => setSet(undefined)}>
              Choose other questions
            </button>
          </p>
          <Loaded load={practice} what="the coach">
            {({ analyse, attempts }) => (
              <MockInterview
                set={set}
                analyse={analyse}
                attempts={[...attempts, ...added]}
                onAttempt={record}
                onEnd={() => setSet(undefined)}
              />
            )}
          </Loaded>
        </>
      ) : (
        <>
          <PracticeSetPicker onStart={setSet} />
          <Loaded load={practice} what="your practice so far">
            {({ analyse, attempts: loaded }) => {
              const attempts = [...loaded, ...added];
              return attempts.length === 0 ? null : (
                <Suspense fallback={<p className="hint">Loading the charts…</p>}>
                  <ProgressCharts
                    title="Your progress across every question"
                    progress={practiceProgress(attempts, snapshotWith(analyse))}
                    showQuestion
                  />
                </Suspense>
              );
            }}
          </Loaded>
        </>
      )}
    </>
  );
}
