import { useState } from 'react';
import type { AnswerAnalysis, analyseAnswer } from '../../coach/answer-analysis.js';
import type { PracticeAttempt } from '../../domain/practice.js';
import { api } from '../api.js';
import { SelectField, TextAreaField } from '../components/fields.js';
import { FormProblem } from '../components/problem-message.js';
import { FindingDetails } from '../coach/finding-details.js';
import { useSubmission } from '../form.js';
import { AnswerTimer, clockOf, useElapsed } from './answer-timer.js';
import { AttemptComparison, type ComparedAttempt } from './attempt-comparison.js';
import { AttemptRecordings } from './attempt-recordings.js';
import { ProgressChart } from './progress-chart.js';
import type { PracticeQuestion } from './question-picker.js';
import { AudioDelivery, SpokenAnswer, type SpokenAnswerResult } from './spoken-answer.js';

type Analyser = typeof analyseAnswer;

const ratingChoices = [
  { value: '', label: 'Not rated' },
  ...[1, 2, 3, 4, 5].map((rating) => ({ value: String(rating), label: `${rating} of 5` })),
];

/** An attempt with the coach's analysis of its transcript at its own duration. */
function compared(analyse: Analyser, question: string, attempt: PracticeAttempt): ComparedAttempt {
  const seconds = attempt.durationSeconds ?? 0;
  return {
    analysis: analyse(attempt.transcript, { question, ...(seconds > 0 ? { seconds } : {}) }),
    seconds,
  };
}

/**
 * One question practised: a running timer, the answer typed or recorded, and on "Done" the
 * coach's findings, the attempt saved (with its recording), compared with the previous one, and
 * the progress over every attempt.
 */
export function PracticeSession({
  pick,
  analyse,
  earlier,
}: {
  readonly pick: PracticeQuestion;
  readonly analyse: Analyser;
  /** The attempts at this question saved before, oldest first. */
  readonly earlier: readonly PracticeAttempt[];
}) {
  const [attempts, setAttempts] = useState(earlier);
  const [startedAt, setStartedAt] = useState(() => performance.now());
  const [stoppedAt, setStoppedAt] = useState<number | null>(null);
  const [answer, setAnswer] = useState('');
  const [rating, setRating] = useState('');
  const [spoken, setSpoken] = useState<SpokenAnswerResult>();
  const [take, setTake] = useState(0);
  const [result, setResult] = useState<{
    /** The coach's analysis of the text; none for a recording without a transcript. */
    analysis: AnswerAnalysis | undefined;
    attempt: PracticeAttempt;
    spoken: SpokenAnswerResult | undefined;
  }>();
  const { pending, problem, submit } = useSubmission();
  const seconds = useElapsed(startedAt, stoppedAt);

  const done = () =>
    submit(async () => {
      const stopped = performance.now();
      // A spoken answer lasts as long as its recording; a typed one, as long as the clock ran.
      const duration = spoken
        ? Math.round(spoken.activity.durationSeconds * 10) / 10
        : Math.round((stopped - startedAt) / 1000);
      setStoppedAt(stopped);
      const analysis =
        answer.trim() === ''
          ? undefined
          : analyse(answer, { question: pick.question, seconds: Math.max(duration, 1) });
      const created = await api.create('practiceAttempt', {
        question: pick.question,
        mode: spoken ? 'spoken' : 'typed',
        transcript: answer,
        durationSeconds: duration,
        selfRating: rating === '' ? null : Number(rating),
        attemptedAt: new Date().toISOString(),
        opportunityId: pick.opportunityId,
        roundId: pick.roundId,
      });
      const attempt = spoken ? await api.putRecording(created.id, spoken.audio) : created;
      setResult({ analysis, attempt, spoken });
      setAttempts((list) => [...list, attempt]);
    });
  const redo = () => {
    setAnswer('');
    setRating('');
    setResult(undefined);
    setSpoken(undefined);
    setTake((count) => count + 1);
    setStoppedAt(null);
    setStartedAt(performance.now());
  };
  const previous = result
    ? attempts.filter((attempt) => attempt.id !== result.attempt.id).at(-1)
    : undefined;

  return (
    <section aria-labelledby="question-title">
      <h2 id="question-title">{pick.question}</h2>
      <AnswerTimer seconds={seconds} />
      <TextAreaField
        label="Your answer"
        name="answer"
        rows={8}
        value={answer}
        readOnly={result !== undefined}
        onChange={(event) => setAnswer(event.currentTarget.value)}
      />
      {result ? null : <SpokenAnswer key={take} disabled={pending} onRecorded={setSpoken} />}
      <SelectField
        label="How did it feel?"
        name="selfRating"
        value={rating}
        choices={ratingChoices}
        onChange={(event) => setRating(event.currentTarget.value)}
      />
      <FormProblem problem={problem} />
      <div className="actions">
        {result ? (
          <button type="button" className="button" onClick={redo}>
            Redo
          </button>
        ) : (
          <button
            type="button"
            className="button"
            disabled={pending || (answer.trim() === '' && spoken === undefined)}
            onClick={() => void done()}
          >
            {pending ? 'Saving…' : 'Done'}
          </button>
        )}
      </div>
      {result ? (
        <div className="practice-result" aria-labelledby="findings-title">
          {result.spoken ? <AudioDelivery result={result.spoken} /> : null}
          <h3 id="findings-title">
            {result.analysis
              ? `What the coach noticed (${result.analysis.words} words in ${clockOf(result.attempt.durationSeconds ?? seconds)})`
              : 'What the coach noticed in the words'}
          </h3>
          {result.analysis === undefined ? (
            <p className="findings-empty">
              No transcript, so no STAR or filler analysis. Redo and type or paste what you said to
              get it.
            </p>
          ) : result.analysis.findings.length === 0 ? (
            <p className="findings-empty">Nothing to flag.</p>
          ) : (
            <ul className="findings">
              {result.analysis.findings.map((finding) => (
                <li
                  key={finding.kind}
                  className={`finding severity-${finding.severity}`}
                  data-kind={finding.kind}
                >
                  <FindingDetails finding={finding} text={answer} textName="the answer" />
                </li>
              ))}
            </ul>
          )}
          {previous && result.analysis ? (
            <AttemptComparison
              previous={compared(analyse, pick.question, previous)}
              latest={{ analysis: result.analysis, seconds: result.attempt.durationSeconds ?? 0 }}
            />
          ) : null}
        </div>
      ) : null}
      <AttemptRecordings
        attempts={attempts}
        onChanged={(changed) =>
          setAttempts((list) =>
            list.map((attempt) => (attempt.id === changed.id ? changed : attempt)),
          )
        }
      />
      <ProgressChart
        points={attempts.map((attempt) => ({
          id: attempt.id,
          findings: compared(analyse, pick.question, attempt).analysis.findings.length,
          seconds: attempt.durationSeconds ?? 0,
        }))}
      />
    </section>
  );
}
