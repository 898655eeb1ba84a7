/** Small pure rules of the rehearsal screen: how times read, which keys advance, the clock. */
import { clock } from '../../coach/rehearsal.js';

/**
 * A difference from the plan as the candidate reads it: "+0:40 over", "−0:15 under", "on time".
 * @example overUnder(-15) // "−0:15 under"
 */
export function overUnder(overSeconds: number): string {
  if (overSeconds === 0) return 'on time';
  // U+2212, the minus sign: a hyphen reads as a dash next to a clock time.
  return overSeconds > 0 ? `+${clock(overSeconds)} over` : `\u2212${clock(-overSeconds)} under`;
}

/** What the key handler needs to know about a key press. */
export interface KeyPress {
  readonly key: string;
  readonly repeat: boolean;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  /** The press went to a text box, a select or an editable region. */
  readonly inField: boolean;
}

/** N, and the keys presentation clickers send for "next slide". */
const nextKeys = new Set(['n', 'N', 'ArrowRight', 'PageDown']);

/**
 * Whether a key press moves the rehearsal to the next section. Not while typing in a field, not
 * with a modifier (Ctrl+N opens a window), and not for the auto-repeat of a held key, which would
 * skip sections.
 */
export function isNextSectionKey(press: KeyPress): boolean {
  if (press.inField || press.repeat || press.altKey || press.ctrlKey || press.metaKey) return false;
  return nextKeys.has(press.key);
}

/** The wall-clock time and the `performance.now()` reading taken together at the start. */
export interface RunClock {
  readonly wallMs: number;
  readonly perfMs: number;
}

/**
 * The ISO instant of a `performance.now()` reading. Counting from one wall-clock reading keeps the
 * instants in order even if the system clock is adjusted during the run-through.
 */
export function instantOf(start: RunClock, perfMs: number): string {
  return new Date(start.wallMs + (perfMs - start.perfMs)).toISOString();
}

/** "1 minute", "2.5 minutes". */
export function minutesText(minutes: number): string {
  const rounded = Math.round(minutes * 100) / 100;
  return `${rounded.toLocaleString('en-GB')} minute${rounded === 1 ? '' : 's'}`;
}

/** The planned minutes of the sections, added up without floating-point dust. */
export function plannedMinutesOf(sections: readonly { readonly plannedMinutes: number }[]): number {
  return Math.round(sections.reduce((sum, section) => sum + section.plannedMinutes, 0) * 100) / 100;
}

/**
 * How the sections add up against the time limit, in words.
 * @example planFit(12, 15) // "The sections add up to 12 minutes of the 15 minute limit: 3 minutes to spare."
 */
export function planFit(plannedMinutes: number, timeLimitMinutes: number | null): string {
  const planned = `The sections add up to ${minutesText(plannedMinutes)}`;
  if (timeLimitMinutes === null) return `${planned}; no time limit is set.`;
  const gap = Math.round((timeLimitMinutes - plannedMinutes) * 100) / 100;
  const limit = `${planned} of the ${timeLimitMinutes} minute limit`;
  if (gap === 0) return `${limit}: exactly the limit.`;
  return gap > 0
    ? `${limit}: ${minutesText(gap)} to spare.`
    : `${limit}: ${minutesText(-gap)} too many.`;
}

/**
 * A number of minutes typed in a box: "2", "1.5" or "1,5". Undefined when it is not a number, so
 * the form can say so instead of sending nothing.
 */
export function minutesFrom(text: string): number | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(trimmed)) return undefined;
  return Number(trimmed);
}
