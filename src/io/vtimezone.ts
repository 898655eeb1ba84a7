/**
 * VTIMEZONE components (RFC 5545 §3.6.5) made from the runtime's own IANA time-zone data, so a
 * calendar file can give times in the candidate's zone without a bundled zone database.
 */
import { DateTime, IANAZone } from 'luxon';
import { contentLine } from './content-line.js';

const DAY = 86_400_000;
const MINUTE = 60_000;
const LOCAL = "yyyyMMdd'T'HHmmss";

/** Zones written as UTC times ("…Z") rather than with a TZID. */
export function isUtcZone(timeZone: string): boolean {
  return ['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT', 'Etc/Zulu', 'Zulu'].includes(timeZone);
}

/**
 * A date-time property in the zone (`DTSTART;TZID=Europe/London:20261125T140000`), or in UTC when
 * the zone is UTC or the wall-clock time is ambiguous (the repeated hour when clocks go back:
 * RFC 5545 reads such a local time as its first occurrence, which may not be this instant).
 */
export function dateTimeLine(name: string, instant: string, timeZone: string): string {
  const utc = DateTime.fromISO(instant, { zone: 'UTC' });
  if (isUtcZone(timeZone)) return contentLine(name, `${utc.toFormat(LOCAL)}Z`);
  const local = utc.setZone(timeZone);
  if (firstOccurrence(local) !== utc.toMillis()) {
    return contentLine(name, `${utc.toFormat(LOCAL)}Z`);
  }
  return contentLine(name, local.toFormat(LOCAL), { TZID: timeZone });
}

/** The earliest instant that shows this wall-clock time in its zone (RFC 5545 §3.3.5). */
function firstOccurrence(local: DateTime): number {
  const zone = IANAZone.create(local.zoneName ?? 'UTC');
  const wallClock = local.toMillis() + local.offset * MINUTE;
  const offsets = [-1, 0, 1].map((hours) => zone.offset(local.toMillis() + hours * 3 * 3_600_000));
  const instants = offsets
    .map((offset) => wallClock - offset * MINUTE)
    .filter((instant) => zone.offset(instant) * MINUTE === wallClock - instant);
  return Math.min(...instants);
}

/** A UTC date-time value, e.g. `20261120T090000Z`, for DTSTAMP and absolute triggers. */
export function utcValue(instant: string | Date): string {
  const time =
    typeof instant === 'string'
      ? DateTime.fromISO(instant, { zone: 'UTC' })
      : DateTime.fromJSDate(instant, { zone: 'UTC' });
  return `${time.toFormat(LOCAL)}Z`;
}

/**
 * The VTIMEZONE of an IANA zone, covering the years from `from` to `to`: each change of offset
 * in those years as its own observance with an exact DTSTART, plus one for the offset in force at
 * the start. Exact dates rather than recurrence rules: they stay right for the years covered even
 * where the zone's rules changed, and every RFC 5545 reader understands them.
 */
export function vtimezoneLines(timeZone: string, from: string, to: string): string[] {
  const zone = IANAZone.create(timeZone);
  if (!zone.isValid) throw new RangeError(`"${timeZone}" is not an IANA time zone.`);
  const start = DateTime.fromISO(from, { zone: 'UTC' }).startOf('year').toMillis();
  const end = DateTime.fromISO(to, { zone: 'UTC' }).endOf('year').toMillis();
  const offset = (ms: number) => zone.offset(ms);

  const lines = ['BEGIN:VTIMEZONE', contentLine('TZID', timeZone)];
  const initial = offset(start);
  lines.push(...observance(timeZone, start, initial, initial));
  for (let day = start; day < end; day += DAY) {
    const before = offset(day);
    if (offset(day + DAY) === before) continue;
    // The offset changes within this day: find the minute.
    let low = day;
    let high = day + DAY;
    while (high - low > MINUTE) {
      const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
      if (offset(middle) === before) low = middle;
      else high = middle;
    }
    lines.push(...observance(timeZone, high, before, offset(high)));
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

/** One STANDARD or DAYLIGHT observance starting at `onset`; its DTSTART is in the old offset. */
function observance(timeZone: string, onset: number, from: number, to: number): string[] {
  const kind = DateTime.fromMillis(onset, { zone: timeZone }).isInDST ? 'DAYLIGHT' : 'STANDARD';
  const localBefore = DateTime.fromMillis(onset, { zone: 'UTC' }).plus({ minutes: from });
  return [
    `BEGIN:${kind}`,
    contentLine('DTSTART', localBefore.toFormat(LOCAL)),
    contentLine('TZOFFSETFROM', offsetValue(from)),
    contentLine('TZOFFSETTO', offsetValue(to)),
    `END:${kind}`,
  ];
}

/** A UTC offset in minutes as RFC 5545 writes it: `+0100`, `-0430`. */
function offsetValue(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const whole = Math.abs(minutes);
  const hours = String(Math.floor(whole / 60)).padStart(2, '0');
  return `${sign}${hours}${String(whole % 60).padStart(2, '0')}`;
}
