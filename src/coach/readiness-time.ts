/** Time for readiness: the countdown, "2 days left", local due times, and the urgency curves. */
import { DateTime } from 'luxon';
import type { CurveStep } from '../content/readiness.js';
import type { Countdown } from './readiness-types.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const unit = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * A length of time in the two largest units that matter: "4 days 3 hours", "5 hours 20 minutes",
 * "12 minutes".
 */
export function durationWords(ms: number): string {
  const total = Math.floor(Math.abs(ms) / MINUTE);
  const days = Math.floor(total / (24 * 60));
  const hours = Math.floor((total % (24 * 60)) / 60);
  const minutes = total % 60;
  if (days > 0)
    return hours > 0 ? `${unit(days, 'day')} ${unit(hours, 'hour')}` : unit(days, 'day');
  if (hours > 0) {
    return minutes > 0 ? `${unit(hours, 'hour')} ${unit(minutes, 'minute')}` : unit(hours, 'hour');
  }
  return unit(minutes, 'minute');
}

/** Time left in its largest unit, as a candidate says it: "2 days", "5 hours", "40 minutes". */
export function leftWords(ms: number): string {
  const span = Math.max(0, ms);
  if (span >= DAY) return unit(Math.floor(span / DAY), 'day');
  if (span >= HOUR) return unit(Math.floor(span / HOUR), 'hour');
  return unit(Math.floor(span / MINUTE), 'minute');
}

/** An instant as the round's wall clock: "Fri 27 Nov, 13:30". */
export const localWhen = (instant: string, timeZone: string) =>
  DateTime.fromISO(instant, { zone: timeZone }).toFormat('ccc d LLL, HH:mm');

/** An instant as a short due time: "Mon 09:00". */
export const localDue = (instant: string, timeZone: string) =>
  DateTime.fromISO(instant, { zone: timeZone }).toFormat('ccc HH:mm');

/** A calendar date as "Fri 11 Dec". */
export const dayWords = (date: string) => DateTime.fromISO(date).toFormat('ccc d LLL');

/** The calendar date of an instant in a zone (YYYY-MM-DD). */
export const localDateOf = (instant: string, timeZone: string) =>
  DateTime.fromISO(instant, { zone: timeZone }).toISODate() ?? instant.slice(0, 10);

/** The end of a calendar date in a zone (midnight after it), as a UTC instant. */
export function endOfDay(date: string, timeZone: string): string {
  return DateTime.fromISO(date, { zone: timeZone }).plus({ days: 1 }).toUTC().toISO() ?? date;
}

/**
 * The countdown to a round's start. The days, hours and minutes are elapsed time, not wall-clock
 * differences: across a change of the clocks "2 days 20 hours" is what is really left even though
 * the wall clock moves 21 hours; the date and time shown are the round's own local ones.
 * @example countdownTo('2026-11-27T12:30:00.000Z', 'Europe/Amsterdam', new Date('2026-11-23T09:30:00Z')).text
 * // '4 days 3 hours — Fri 27 Nov, 13:30 (Europe/Amsterdam)'
 */
export function countdownTo(startsAt: string, timeZone: string, now: Date): Countdown {
  const ms = Date.parse(startsAt) - now.getTime();
  const past = ms <= 0;
  const total = Math.floor(Math.abs(ms) / MINUTE);
  const when = `${localWhen(startsAt, timeZone)} (${timeZone})`;
  return {
    until: new Date(startsAt).toISOString(),
    days: Math.floor(total / (24 * 60)),
    hours: Math.floor((total % (24 * 60)) / 60),
    minutes: total % 60,
    text: past ? `started ${durationWords(ms)} ago — ${when}` : `${durationWords(ms)} — ${when}`,
    past,
  };
}

/** The value of a piecewise curve at `hoursLeft`: the first step whose bound it is within. */
export function curveAt(curve: readonly CurveStep[], hoursLeft: number): number {
  return curve.find((step) => hoursLeft <= step.withinHours)?.value ?? curve.at(-1)?.value ?? 1;
}

export const hoursBetween = (from: Date, to: string) => (Date.parse(to) - from.getTime()) / HOUR;
