import { useCallback, useEffect, useRef, useState } from 'react';
import { toProblem, type ApiProblem } from './api.js';

/** Where a fetch stands: still loading, failed with a problem, or ready with its data. */
export type Load<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly problem: ApiProblem }
  | { readonly status: 'ready'; readonly data: T };

/**
 * Runs `load` when the page opens and whenever `key` changes (e.g. the record id in the URL),
 * and again on `reload()`. While a reload runs, the data already shown stays on screen.
 */
export function useLoad<T>(
  key: string,
  load: () => Promise<T>,
): Load<T> & { readonly reload: () => void } {
  const [state, setState] = useState<{ key: string; load: Load<T> }>({
    key,
    load: { status: 'loading' },
  });
  const [version, setVersion] = useState(0);
  const latestLoad = useRef(load);
  latestLoad.current = load;

  useEffect(() => {
    let current = true;
    latestLoad.current().then(
      (data) => current && setState({ key, load: { status: 'ready', data } }),
      (error: unknown) =>
        current && setState({ key, load: { status: 'error', problem: toProblem(error) } }),
    );
    return () => {
      current = false;
    };
  }, [key, version]);

  const reload = useCallback(() => setVersion((value) => value + 1), []);
  const shown: Load<T> = state.key === key ? state.load : { status: 'loading' };
  return { ...shown, reload };
}
