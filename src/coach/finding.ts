import { thresholds, type ThresholdName } from '../content/thresholds.js';

/** How much a finding matters: a note, something to improve, or something that will cost you. */
export type Severity = 'info' | 'warn' | 'problem';

/** A stretch of the analysed text, as character offsets: `text.slice(start, end)`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A number the coach compared against, and where that number comes from. */
export interface ThresholdUsed {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly source: string;
}

/** A named threshold as a finding cites it: its value, unit and source. */
export const limit = (name: ThresholdName): ThresholdUsed => ({ name, ...thresholds[name] });

/**
 * One thing the coach noticed, with the evidence it rests on and what to do about it.
 * `start`/`end` locate the main evidence; `spans` lists every place when there are several
 * (each filler word, say). A finding about the text as a whole spans all of it.
 */
export interface Finding<K extends string = string> extends Span {
  readonly kind: K;
  readonly severity: Severity;
  /** What was found, in plain words. */
  readonly message: string;
  /** What to do next. */
  readonly advice: string;
  readonly spans?: readonly Span[];
  readonly threshold?: ThresholdUsed;
}

export const severityRank: Record<Severity, number> = { info: 0, warn: 1, problem: 2 };

/** Problems first, then by position in the text. */
export function sortFindings<K extends string>(findings: Finding<K>[]): Finding<K>[] {
  return findings.sort(
    (a, b) =>
      severityRank[b.severity] - severityRank[a.severity] || a.start - b.start || a.end - b.end,
  );
}
