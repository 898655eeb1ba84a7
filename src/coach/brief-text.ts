/** Small text and time helpers that keep the day-of brief short and in the candidate's zone. */
import { DateTime } from 'luxon';

/**
 * One line of at most `max` characters: whitespace collapsed, and a longer text cut at a word
 * boundary with "…".
 * @example clip('Make booking freight as simple as booking a train ticket.', 30) // 'Make booking freight as…'
 */
export function clip(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  // A word longer than the tail (a URL, a long compound) is cut mid-word rather than lose it all.
  const kept = space >= max * 0.6 ? cut.slice(0, space) : cut;
  return `${kept.replace(/[\s,;:.\-–—]+$/u, '')}…`;
}

/** A text, clipped, or null when it is empty. */
export function clipOrNull(text: string | null | undefined, max: number): string | null {
  const line = clip(text ?? '', max);
  return line === '' ? null : line;
}

/**
 * The sentences of a text. A sentence ends at `.`, `!` or `?` followed by a space and a capital,
 * digit or opening quote, or at a line break; so "3.5" and "e.g. the" stay inside one sentence.
 */
export function sentencesOf(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?])\s+(?=[\p{Lu}\d"“‘(])/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

/** The first sentence of a text, or '' when it has none. */
export function firstSentence(text: string): string {
  return sentencesOf(text)[0] ?? '';
}

/**
 * How far away a start is, in the words a candidate would use: "in 5 days", "tomorrow",
 * "in 3 hours", "has started", "is over". Days are counted on the calendar of the round's zone,
 * so a round at 09:00 tomorrow is "tomorrow" even when it is less than 24 hours away.
 */
export function countdownTo(
  startsAt: string,
  durationMinutes: number,
  timeZone: string,
  now: Date,
): string {
  const start = DateTime.fromISO(startsAt, { zone: timeZone });
  const today = DateTime.fromJSDate(now, { zone: timeZone });
  const minutes = Math.round(start.diff(today, 'minutes').minutes);
  if (minutes <= -durationMinutes) return 'is over';
  if (minutes <= 0) return 'has started';
  const days = Math.round(start.startOf('day').diff(today.startOf('day'), 'days').days);
  if (days >= 2) return `in ${days} days`;
  if (days === 1) return 'tomorrow';
  if (minutes < 60) return `in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
  const hours = Math.round(minutes / 60);
  return `today, in ${hours} ${hours === 1 ? 'hour' : 'hours'}`;
}

/** `2 h 30 min`, `45 min`, `2 h`. */
export function durationInWords(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/**
 * Start and end on the zone's clock: `13:30–16:00`; an interview that runs past midnight shows
 * the end's day too: `22:00–Thu 01:00`.
 */
export function hoursInZone(startsAt: string, durationMinutes: number, timeZone: string): string {
  const start = DateTime.fromISO(startsAt, { zone: timeZone });
  const end = start.plus({ minutes: durationMinutes });
  const endShown = end.hasSame(start, 'day') ? end.toFormat('HH:mm') : end.toFormat('ccc HH:mm');
  return `${start.toFormat('HH:mm')}–${endShown}`;
}

/** Today's date (YYYY-MM-DD) in the zone. */
export function todayIn(timeZone: string, now: Date): string {
  return DateTime.fromJSDate(now, { zone: timeZone }).toISODate() ?? now.toISOString().slice(0, 10);
}
