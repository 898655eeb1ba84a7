import { useEffect, useState } from 'react';
import type { PracticeAttempt } from '../../domain/practice.js';
import { api, toProblem, type ApiProblem } from '../api.js';
import { ProblemMessage } from '../components/problem-message.js';
import { clockOf } from './answer-timer.js';

/**
 * One stored recording, played from an object URL: an `<audio src>` pointing at the API could
 * not send the token, so the audio is fetched with it first.
 */
function RecordingPlayer({ attempt }: { readonly attempt: PracticeAttempt }) {
  const [url, setUrl] = useState<string>();
  const [problem, setProblem] = useState<ApiProblem>();
  useEffect(() => {
    let objectUrl: string | undefined;
    let current = true;
    api.recording(attempt.id).then(
      (blob) => {
        if (!current) return;
        objectUrl = URL.createObjectURL(blob);
        setUrl(objectUrl);
      },
      (error: unknown) => {
        if (current) setProblem(toProblem(error));
      },
    );
    return () => {
      current = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [attempt.id, attempt.recordingFile]);
  if (problem) return <ProblemMessage problem={problem} />;
  if (!url) return <p className="hint">Loading the recording…</p>;
  return (
    <audio
      controls
      src={url}
      preload="metadata"
      aria-label={`Recording of the attempt at ${clockOf(attempt.durationSeconds ?? 0)}`}
    />
  );
}

/** The spoken attempts at this question that still have their recording: play or delete each. */
export function AttemptRecordings({
  attempts,
  onChanged,
}: {
  readonly attempts: readonly PracticeAttempt[];
  readonly onChanged: (attempt: PracticeAttempt) => void;
}) {
  const [problem, setProblem] = useState<ApiProblem>();
  const recorded = attempts.filter((attempt) => attempt.recordingFile);
  if (recorded.length === 0) return null;
  const remove = async (attempt: PracticeAttempt) => {
    try {
      await api.deleteRecording(attempt.id);
      onChanged({ ...attempt, recordingFile: null });
    } catch (error) {
      setProblem(toProblem(error));
    }
  };
  return (
    <section className="attempt-recordings" aria-labelledby="recordings-title">
      <h3 id="recordings-title">Your recordings</h3>
      <p className="hint">Stored in your data folder on this computer, nowhere else.</p>
      {problem ? <ProblemMessage problem={problem} /> : null}
      <ul>
        {recorded.map((attempt) => (
          <li key={attempt.id} data-attempt={attempt.id}>
            <p>
              {new Date(attempt.attemptedAt ?? attempt.createdAt).toLocaleString()} ·{' '}
              {clockOf(attempt.durationSeconds ?? 0)}
            </p>
            <RecordingPlayer attempt={attempt} />
            <button type="button" className="button link" onClick={() => void remove(attempt)}>
              Delete recording
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
