import { DateTime } from 'luxon';
import { formatInZone } from '../domain/local-time.js';
import type { Round } from '../domain/round.js';

/** The round the candidate should prepare for next: the earliest scheduled one not yet over. */
export function nextRound<T extends Pick<Round, 'startsAt' | 'status' | 'durationMinutes'>>(
  rounds: readonly T[],
  now: Date,
): (T & { startsAt: string }) | undefined {
  return rounds
    .filter((round): round is T & { startsAt: string } => {
      if (round.status !== 'scheduled' || round.startsAt === null) return false;
      const end = Date.parse(round.startsAt) + (round.durationMinutes ?? 60) * 60_000;
      return end > now.getTime();
    })
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))[0];
}

/**
 * How far away a start is, in the words a candidate would use: "in 5 days", "tomorrow",
 * "in 3 hours". Days are counted on the calendar of the round's time zone, so a round at 09:00
 * tomorrow is "tomorrow" even when it is less than 24 hours away.
 * @example describeCountdown('2026-11-27T13:30:00Z', 'Europe/Amsterdam', new Date('2026-11-22T09:00:00Z')) // 'in 5 days'
 */
export function describeCountdown(startsAt: string, timeZone: string, now: Date): string {
  const start = DateTime.fromISO(startsAt, { zone: timeZone });
  const today = DateTime.fromJSDate(now, { zone: timeZone });
  const minutes = Math.round(start.diff(today, 'minutes').minutes);
  if (minutes <= 0) return 'has started';
  const days = Math.round(start.startOf('day').diff(today.startOf('day'), 'days').days);
  if (days >= 2) return `in ${days} days`;
  if (days === 1) return 'tomorrow';
  if (minutes < 60) return `in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
  const hours = Math.round(minutes / 60);
  return `in ${hours} ${hours === 1 ? 'hour' : 'hours'}`;
}

/**
 * A round's start in its own zone, plus the viewer's local time when their zone is another one:
 * `Fri 27 Nov 2026, 14:30 (Europe/Amsterdam)`.
 */
export function describeStart(startsAt: string, timeZone: string, viewerZone: string): string {
  const inRoundZone = formatInZone(startsAt, timeZone);
  const round = DateTime.fromISO(startsAt, { zone: timeZone });
  const viewer = DateTime.fromISO(startsAt, { zone: viewerZone });
  if (!viewer.isValid || round.offset === viewer.offset) return inRoundZone;
  return `${inRoundZone} — ${viewer.toFormat('ccc HH:mm')} your time`;
}

/** The browser's IANA time zone, e.g. `Europe/Amsterdam`. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
