import { useEffect, useState } from 'react';

/** The cards an interviewer's patience is measured by: most answers should land by 2:00. */
const marks = [60, 90, 120] as const;

export const clockOf = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`;

/** Seconds since `startedAt` (a `performance.now()` reading), ticking while it is running. */
export function useElapsed(startedAt: number | null, stoppedAt: number | null): number {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (startedAt === null || stoppedAt !== null) return;
    const timer = setInterval(() => setNow(performance.now()), 250);
    return () => clearInterval(timer);
  }, [startedAt, stoppedAt]);
  if (startedAt === null) return 0;
  return Math.max(0, ((stoppedAt ?? now) - startedAt) / 1000);
}

/** The running time of an answer, with the 1:00 / 1:30 / 2:00 marks lit once passed. */
export function AnswerTimer({ seconds }: { readonly seconds: number }) {
  return (
    <div className="answer-timer">
      <p className="answer-clock" aria-label={`Time: ${clockOf(seconds)}`}>
        {clockOf(seconds)}
      </p>
      <ol className="answer-marks" aria-label="Time marks">
        {marks.map((mark) => (
          <li key={mark} className={seconds >= mark ? 'passed' : undefined}>
            {clockOf(mark)}
            {seconds >= mark ? ' passed' : ''}
          </li>
        ))}
      </ol>
    </div>
  );
}
