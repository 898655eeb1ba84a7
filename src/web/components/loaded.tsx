import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Load } from '../use-load.js';
import { ProblemMessage } from './problem-message.js';

/** Shows a loading note, the problem with a retry button, or the loaded content. */
export function Loaded<T>({
  load,
  what,
  children,
}: {
  readonly load: Load<T> & { readonly reload: () => void };
  /** What is loading, e.g. "your opportunities". */
  readonly what: string;
  readonly children: (data: T) => ReactNode;
}) {
  switch (load.status) {
    case 'loading':
      return (
        <p className="loading" role="status">
          Loading {what}…
        </p>
      );
    case 'error':
      if (load.problem.isMissingRoute()) {
        return (
          <div className="problem" role="alert">
            <p>
              This part of Round Two is not available from the server you are running yet. Update
              Round Two, restart `roundtwo serve`, then reload this page.
            </p>
          </div>
        );
      }
      return load.problem.status === 404 ? (
        <div className="problem" role="alert">
          <p>{load.problem.detail}</p>
          <p>
            It may have been deleted. <Link to="/">Go to your opportunities</Link>.
          </p>
        </div>
      ) : (
        <ProblemMessage problem={load.problem} onRetry={load.reload} />
      );
    case 'ready':
      return <>{children(load.data)}</>;
  }
}
