import { useEffect, useRef } from 'react';
import type { ApiProblem } from '../api.js';

/** A failed load: what went wrong, and a way to try again. */
export function ProblemMessage({
  problem,
  onRetry,
}: {
  readonly problem: ApiProblem;
  readonly onRetry?: () => void;
}) {
  return (
    <div className="problem" role="alert">
      <p>{problem.detail}</p>
      {onRetry ? (
        <button type="button" className="button secondary" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}

/**
 * Why a form was not saved. The live region is always in the page so that screen readers
 * announce the message when it appears; the message also takes focus.
 */
export function FormProblem({ problem }: { readonly problem: ApiProblem | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problem) ref.current?.focus();
  }, [problem]);
  return (
    <div aria-live="assertive" className="form-problem-region">
      {problem ? (
        <div className="problem" ref={ref} tabIndex={-1}>
          <p>{problem.detail}</p>
          {problem.errors.length > 0 ? <p>The fields to check are marked below.</p> : null}
        </div>
      ) : null}
    </div>
  );
}
