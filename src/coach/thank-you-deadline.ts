/** When a thank-you note is due, and whether it is overdue: the deadline rule, in the candidate's zone. */
import { DateTime } from 'luxon';
import { thankYouDeadline, weekendDays } from '../content/follow-through.js';
import type { ThankYouNote } from '../domain/thank-you-note.js';

export interface ThankYouDeadline {
  /** The deadline as a UTC ISO-8601 instant. */
  readonly dueAt: string;
  /** Why it falls there, in the candidate's local time. */
  readonly reason: string;
}

const { dueHours, workdayStartHour, workdayEndHour, movedToHour } = thankYouDeadline;

const shown = (time: DateTime) => time.toFormat('ccc d LLL yyyy, HH:mm');
const isWeekend = (time: DateTime) => weekendDays.includes(time.weekday);
const minutesOfDay = (time: DateTime) => time.hour * 60 + time.minute + time.second / 60;

/**
 * The thank-you deadline for an interview that ended at `interviewEndsAt` (a UTC instant), in the
 * candidate's IANA `timeZone`: 24 hours after the end; but a deadline that falls on a Saturday or
 * Sunday, or outside 08:00–18:00 local time, moves to 09:00 on the next working morning — the
 * same day when it falls before 08:00 on a weekday, else the next weekday. So an interview that
 * ends on a Friday afternoon has its notes due on Monday at 09:00, and one that ends on a Tuesday
 * at 19:30 on Thursday at 09:00 (Wednesday 19:30 is after hours).
 *
 * The 24 hours are elapsed time, not "the same clock time tomorrow": across a change of the
 * clocks the deadline's wall-clock time shifts by an hour, as the note analyser's lateness check
 * counts it. Public holidays are not known, and the weekend is always Saturday and Sunday.
 * @example thankYouDueAt('2026-11-27T15:00:00.000Z', 'Europe/London').dueAt // '2026-11-30T09:00:00.000Z'
 */
export function thankYouDueAt(interviewEndsAt: string, timeZone: string): ThankYouDeadline {
  const ended = DateTime.fromISO(interviewEndsAt, { zone: timeZone });
  if (!ended.isValid) {
    throw new RangeError(
      ended.invalidReason === 'unsupported zone'
        ? `"${timeZone}" is not an IANA time zone such as "Europe/London".`
        : `"${interviewEndsAt}" is not an ISO-8601 instant.`,
    );
  }
  const plain = ended.plus({ hours: dueHours.value });
  const within = `${dueHours.value} hours after the interview ended (${shown(ended)})`;
  const minutes = minutesOfDay(plain);
  const early = minutes < workdayStartHour.value * 60;
  const late = minutes > workdayEndHour.value * 60;
  if (!isWeekend(plain) && !early && !late) {
    return { dueAt: utc(plain), reason: `${within}: ${shown(plain)} (${timeZone}).` };
  }
  let day = plain.startOf('day');
  if (isWeekend(plain) || late) day = day.plus({ days: 1 });
  while (isWeekend(day)) day = day.plus({ days: 1 });
  const moved = day.set({ hour: movedToHour.value, minute: 0, second: 0, millisecond: 0 });
  const why = isWeekend(plain)
    ? 'falls on a weekend'
    : early
      ? `is before ${hour(workdayStartHour.value)}`
      : `is after ${hour(workdayEndHour.value)}`;
  return {
    dueAt: utc(moved),
    reason: `${within} is ${shown(plain)}, which ${why}; due at ${hour(movedToHour.value)} on the next working morning: ${shown(moved)} (${timeZone}).`,
  };
}

/**
 * Whether a note is past its deadline and not yet sent. A note without a deadline is never overdue.
 * @example isOverdue('2026-11-30T09:00:00.000Z', new Date('2026-11-30T10:00:00Z'), 'draft') // true
 */
export function isOverdue(
  dueAt: string | null | undefined,
  now: Date | string,
  status: ThankYouNote['status'],
): boolean {
  if (!dueAt || status === 'sent') return false;
  const at = typeof now === 'string' ? Date.parse(now) : now.getTime();
  return at > Date.parse(dueAt);
}

function utc(time: DateTime): string {
  return time.toUTC().toISO() as string;
}

function hour(value: number): string {
  return `${String(value).padStart(2, '0')}:00`;
}
