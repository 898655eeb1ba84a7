import type { ReactNode } from 'react';
import type { Load } from '../use-load.js';
import { ProblemMessage } from './problem-message.js';

/** Shows a loading note, the problem with a retry button, or the loaded content. */
export function Loaded<T>({
  load,
  what,
  children,
}: {
  readonly load: Load<T> & { reload(): void };
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
      return <ProblemMessage problem={load.problem} onRetry={load.reload} />;
    case 'ready':
      return <>{children(load.data)}</>;
  }
}
