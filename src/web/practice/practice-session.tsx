import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { AnswerAnalysis, analyseAnswer } from '../../coach/answer-analysis.js';
import {
  practiceProgress,
  snapshotAnswer,
  snapshotDelivery,
} from '../../coach/practice-progress.js';
import type { PracticeAttempt } from '../../domain/practice.js';
import { api } from '../api.js';
import { SelectField, TextAreaField } from '../components/fields.js';
import { FormProblem } from '../components/problem-message.js';
import { useSubmission } from '../form.js';
import { AnswerTimer, useElapsed } from './answer-timer.js';
import type { ComparedAttempt } from './attempt-comparison.js';
import { AttemptRecordings } from './attempt-recordings.js';
import { PracticeResult } from './practice-result.js';
import type { PracticeQuestion } from './practice-set.js';
import { ReadAloud } from './read-aloud.js';
import { SpokenAnswer, type SpokenAnswerResult } from './spoken-answer.js';
import { TranscribeButton } from './transcribe-button.js';

// The charting library is the heaviest part of the page; it loads once there is something to draw.
const ProgressCharts = lazy(() => import('./progress-charts.js'));

export type Analyser = typeof analyseAnswer;

const ratingChoices = [
  { value: '', label: 'Not rated' },
  ...[1, 2, 3, 4, 5].map((rating) => ({ value: String(rating), label: `${rating} of 5` })),
];

/**
 * The seconds the coach judges an answer's pace and length by: a recording's own length; none for
 * a typed answer, whose clock timed the typing, so the coach estimates the speaking time.
 */
const spokenSeconds = (mode: 'typed' | 'spoken', seconds: number | null) =>
  mode === 'spoken' && seconds !== null && seconds > 0 ? { seconds } : {};

/** The coach's analysis of a saved attempt's words, timed as it was made. */
function compared(analyse: Analyser, question: string, attempt: PracticeAttempt): ComparedAttempt {
  const analysis = analyse(attempt.transcript, {
    question,
    ...spokenSeconds(attempt.mode, attempt.durationSeconds),
  });
  const measured = attempt.mode === 'spoken' ? attempt.durationSeconds : null;
  return { analysis, seconds: measured ?? analysis.estimatedSeconds };
}

/** The snapshot kept with an attempt, for attempts saved before snapshots were. */
export const snapshotWith = (analyse: Analyser) => (transcript: string, seconds: number | null) =>
  snapshotAnswer(analyse(transcript, seconds === null ? {} : { seconds }));

/**
 * One question practised: the question (read aloud on request), a running timer, the answer
 * typed, recorded or transcribed, and on "Done" the coach's findings, the attempt saved with its
 * analysis and recording, the comparison with the previous attempt and the progress charts.
 */
export function PracticeSession({
  pick,
  analyse,
  earlier,
  onAttempt,
}: {
  readonly pick: PracticeQuestion;
  readonly analyse: Analyser;
  /** The attempts at this question saved before, oldest first. */
  readonly earlier: readonly PracticeAttempt[];
  readonly onAttempt?: (attempt: PracticeAttempt) => void;
}) {
  const [attempts, setAttempts] = useState(earlier);
  const [startedAt, setStartedAt] = useState(() => performance.now());
  const [stoppedAt, setStoppedAt] = useState<number | null>(null);
  const [answer, setAnswer] = useState('');
  const [transcriber, setTranscriber] = useState<string | null>(null);
  const [rating, setRating] = useState('');
  const [spoken, setSpoken] = useState<SpokenAnswerResult>();
  const [take, setTake] = useState(0);
  const [result, setResult] = useState<{
    analysis: AnswerAnalysis | undefined;
    attempt: PracticeAttempt;
    spoken: SpokenAnswerResult | undefined;
  }>();
  const [transcribing, setTranscribing] = useState(false);
  /** An attempt saved whose recording did not reach the server: a retry only sends the audio. */
  const [unsent, setUnsent] = useState<PracticeAttempt>();
  const { pending, problem, submit } = useSubmission();
  const seconds = useElapsed(startedAt, stoppedAt);
  // A transcript that arrives after a redo belongs to an answer no longer on screen. ("Done"
  // waits while a transcript is being made, so none arrives after it.)
  const currentTake = useRef(take);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const done = () =>
    submit(async () => {
      const stopped = performance.now();
      // A spoken answer lasts as long as its recording; a typed one, as long as the clock ran.
      const duration = spoken
        ? Math.round(spoken.activity.durationSeconds * 10) / 10
        : Math.round((stopped - startedAt) / 1000);
      setStoppedAt(stopped);
      const mode = spoken ? 'spoken' : 'typed';
      const analysis =
        answer.trim() === ''
          ? undefined
          : analyse(answer, { question: pick.question, ...spokenSeconds(mode, duration) });
      const created =
        unsent ??
        (await api.create('practiceAttempt', {
          question: pick.question,
          mode: spoken ? 'spoken' : 'typed',
          transcript: answer,
          durationSeconds: duration,
          selfRating: rating === '' ? null : Number(rating),
          attemptedAt: new Date().toISOString(),
          opportunityId: pick.opportunityId,
          roundId: pick.roundId,
          analysis: analysis ? snapshotAnswer(analysis) : null,
          delivery: spoken ? snapshotDelivery(spoken.activity) : null,
          transcriber: spoken && answer.trim() !== '' ? transcriber : null,
        }));
      setUnsent(created);
      const attempt = spoken ? await api.putRecording(created.id, spoken.audio) : created;
      finish(attempt, analysis);
    });
  const finish = (attempt: PracticeAttempt, analysis: AnswerAnalysis | undefined) => {
    setUnsent(undefined);
    setResult({ analysis, attempt, spoken });
    setAttempts((list) => [...list, attempt]);
    onAttempt?.(attempt);
  };
  const keepWithoutRecording = (attempt: PracticeAttempt) => {
    const analysis =
      answer.trim() === ''
        ? undefined
        : analyse(answer, {
            question: pick.question,
            ...spokenSeconds('spoken', attempt.durationSeconds),
          });
    finish(attempt, analysis);
  };
  const redo = () => {
    currentTake.current = take + 1;
    setAnswer('');
    setTranscriber(null);
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
      <h2 id="question-title" ref={heading} tabIndex={-1}>
        {pick.question}
      </h2>
      {pick.askedBy ? <p className="asked-by">Likely from {pick.askedBy}</p> : null}
      <div className="actions">
        <ReadAloud text={pick.question} />
      </div>
      <AnswerTimer seconds={seconds} />
      <TextAreaField
        label="Your answer"
        name="answer"
        rows={8}
        value={answer}
        readOnly={result !== undefined}
        hint={
          transcriber
            ? `Transcribed by ${transcriber}: correct what it misheard before you press Done.`
            : 'Type it, or record it and transcribe or paste what you said.'
        }
        onChange={(event) => setAnswer(event.currentTarget.value)}
      />
      {result ? null : (
        <SpokenAnswer
          key={take}
          disabled={pending}
          onRecorded={setSpoken}
          onWords={(words) => {
            setAnswer(words);
            setTranscriber('browser speech recognition');
          }}
        />
      )}
      {spoken && !result ? (
        <TranscribeButton
          samples={spoken.samples}
          sampleRate={spoken.sampleRate}
          onBusyChange={setTranscribing}
          onTranscript={(text, engine) => {
            if (take !== currentTake.current) return;
            setAnswer(text);
            setTranscriber(engine);
          }}
        />
      ) : null}
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
            disabled={pending || transcribing || (answer.trim() === '' && spoken === undefined)}
            onClick={() => void done()}
          >
            {pending ? 'Saving…' : unsent ? 'Try saving the recording again' : 'Done'}
          </button>
        )}
        {unsent && !pending && !result ? (
          <button
            type="button"
            className="button secondary"
            onClick={() => keepWithoutRecording(unsent)}
          >
            Keep the attempt without its recording
          </button>
        ) : null}
      </div>
      {result ? (
        <PracticeResult
          analysis={result.analysis}
          answer={answer}
          seconds={
            result.attempt.mode === 'spoken'
              ? (result.attempt.durationSeconds ?? seconds)
              : (result.analysis?.estimatedSeconds ?? seconds)
          }
          spoken={result.spoken}
          previous={previous ? compared(analyse, pick.question, previous) : undefined}
        />
      ) : null}
      <AttemptRecordings
        attempts={attempts}
        onChanged={(changed) =>
          setAttempts((list) =>
            list.map((attempt) => (attempt.id === changed.id ? changed : attempt)),
          )
        }
      />
      {attempts.length > 0 ? (
        <Suspense fallback={<p className="hint">Loading the charts…</p>}>
          <ProgressCharts
            title="Your attempts at this question"
            progress={practiceProgress(attempts, snapshotWith(analyse))}
            showQuestion={false}
          />
        </Suspense>
      ) : null}
    </section>
  );
}
