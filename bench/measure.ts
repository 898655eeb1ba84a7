import { performance } from 'node:perf_hooks';

/** How long each run took, in milliseconds, fastest first, after `warmup` runs not counted. */
export function timeRuns(run: () => unknown, iterations: number, warmup: number): number[] {
  for (let index = 0; index < warmup; index += 1) run();
  const times: number[] = [];
  for (let index = 0; index < iterations; index += 1) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

/** The time below which a share `q` of the runs finished (0.5: the median). */
export const quantile = (sortedTimes: readonly number[], q: number): number =>
  sortedTimes[Math.min(sortedTimes.length - 1, Math.floor(q * sortedTimes.length))] ?? 0;
