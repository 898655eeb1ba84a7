import { useEffect, useState } from 'react';
import type { ApiProblem } from '../api.js';
import { useLoad } from '../use-load.js';

/**
 * How long typing must pause before the text is analysed again. An analysis takes about a
 * millisecond, so this only keeps the feedback from flickering while a word is typed; the design
 * asks that feedback never lag a keystroke by more than ~100 ms.
 */
export const ANALYSIS_DELAY_MS = 80;

/** Where a live analysis stands: the coach loading, failing to load, or its latest result. */
export type LiveAnalysis<R> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly problem: ApiProblem; readonly retry: () => void }
  | { readonly status: 'ready'; readonly analysis: R | undefined };

/**
 * Loads an analyser in the background (`load`, see load-coach.ts) and runs it again after every
 * pause in typing, whenever `input` — the text being analysed, as one string — changes. `run`
 * calls the analyser on the current values. The first analysis runs as soon as the analyser is
 * ready.
 *
 * Each run is recorded as User Timing measures `roundtwo:<name>-analysis` (the analysis alone)
 * and `roundtwo:<name>-feedback` (from the change to its analysis: the pause plus the analysis),
 * visible in the browser's performance tools.
 */
export function useLiveAnalysis<A, R>(
  name: string,
  load: () => Promise<A>,
  input: string,
  run: (analyser: A) => R,
): LiveAnalysis<R> {
  const analyser = useLoad(name, load);
  const [analysis, setAnalysis] = useState<R>();
  const ready = analyser.status === 'ready' ? analyser.data : undefined;
  const analysedBefore = analysis !== undefined;
  useEffect(() => {
    if (ready === undefined) return;
    const changedAt = performance.now();
    const timer = setTimeout(
      () => {
        const started = performance.now();
        const result = run(ready);
        recordTiming(name, changedAt, started, performance.now());
        setAnalysis(result);
      },
      analysedBefore ? ANALYSIS_DELAY_MS : 0,
    );
    return () => clearTimeout(timer);
    // `run` sees the values that `input` stands for; `analysedBefore` only picks the first delay.
  }, [input, ready]);
  switch (analyser.status) {
    case 'loading':
      return analyser;
    case 'error':
      return { status: 'error', problem: analyser.problem, retry: analyser.reload };
    case 'ready':
      return { status: 'ready', analysis };
  }
}

/** Keeps only the latest measures, so that a long writing session does not fill the buffer. */
function recordTiming(name: string, changedAt: number, started: number, finished: number): void {
  const analysis = `roundtwo:${name}-analysis`;
  const feedback = `roundtwo:${name}-feedback`;
  performance.clearMeasures(analysis);
  performance.clearMeasures(feedback);
  performance.measure(analysis, { start: started, end: finished });
  performance.measure(feedback, { start: changedAt, end: finished });
}
