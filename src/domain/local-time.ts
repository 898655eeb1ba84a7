import { DateTime } from 'luxon';

/** Why a local date and time could not be turned into an instant. */
export class LocalTimeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LocalTimeError';
  }
}

/**
 * Turns a wall-clock date and time in an IANA zone (`2026-11-25T14:00` or `2026-11-25 14:00`)
 * into a UTC instant. A time that does not exist in that zone — skipped when the clocks go
 * forward — is refused rather than silently moved by an hour.
 * @example instantFromLocal('2026-11-25 14:00', 'Europe/Amsterdam') // '2026-11-25T13:00:00.000Z'
 */
export function instantFromLocal(local: string, timeZone: string): string {
  const text = local.trim().replace(' ', 'T');
  const parsed = DateTime.fromISO(text, { zone: timeZone });
  if (!parsed.isValid) {
    throw new LocalTimeError(
      parsed.invalidReason === 'unsupported zone'
        ? `"${timeZone}" is not an IANA time zone such as "Europe/London".`
        : `"${local}" is not a date and time like "2026-11-25 14:00".`,
    );
  }
  const wallClock = text.length <= 16 ? "yyyy-MM-dd'T'HH:mm" : "yyyy-MM-dd'T'HH:mm:ss";
  if (parsed.toFormat(wallClock) !== text.slice(0, wallClock.length - 2)) {
    throw new LocalTimeError(
      `${local} does not exist in ${timeZone}: the clocks skip that hour on that day. Choose another time.`,
    );
  }
  return parsed.toUTC().toISO();
}

/** Shows an instant as the wall-clock time in a zone, e.g. `Wed 25 Nov 2026, 14:00 (Europe/Amsterdam)`. */
export function formatInZone(instant: string, timeZone: string): string {
  return `${DateTime.fromISO(instant, { zone: timeZone }).toFormat('ccc d LLL yyyy, HH:mm')} (${timeZone})`;
}
