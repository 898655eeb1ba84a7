import type { ReactNode } from 'react';
import type { LiveAnalysis } from './use-live-analysis.js';

/**
 * "Preparing the coach…" until it is loaded, or why it could not load; then the analysis. A
 * `secondary` place says so quietly, leaving the announcements to the main one.
 */
export function CoachState<R>({
  coach,
  secondary = false,
  children,
}: {
  readonly coach: LiveAnalysis<R>;
  readonly secondary?: boolean;
  readonly children: (analysis: R) => ReactNode;
}) {
  if (secondary && (coach.status !== 'ready' || coach.analysis === undefined)) {
    return <p className="quiet">The coach is not ready yet.</p>;
  }
  if (coach.status === 'error') {
    return (
      <div className="problem" role="alert">
        <p>The coach could not load: {coach.problem.detail}</p>
        <button type="button" className="button secondary" onClick={coach.retry}>
          Try again
        </button>
      </div>
    );
  }
  if (coach.status === 'loading' || coach.analysis === undefined) {
    return (
      <p className="loading" role="status">
        Preparing the coach…
      </p>
    );
  }
  return <>{children(coach.analysis)}</>;
}
