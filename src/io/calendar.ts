/** An interview round as an iCalendar file (RFC 5545, with RFC 7986's CONFERENCE). */
import { DateTime } from 'luxon';
import type { Round } from '../domain/round.js';
import { contentLine, contentLines, escapeText } from './content-line.js';
import { dateTimeLine, isUtcZone, utcValue, vtimezoneLines } from './vtimezone.js';

export interface RoundCalendarInput {
  readonly round: {
    readonly id: string;
    readonly number?: number | null;
    /** The start, a UTC instant: a round without one cannot go in a calendar. */
    readonly startsAt: string;
    /** The candidate's IANA time zone: the event's times are given in it. */
    readonly timeZone: string;
    /** The length, with the default already applied. */
    readonly durationMinutes: number;
    readonly location?: string | null;
    readonly videoLink?: string | null;
    readonly logistics?: string | null;
    readonly status?: Round['status'];
    /** When the round last changed (LAST-MODIFIED). */
    readonly updatedAt?: string;
  };
  readonly opportunity: { readonly company: string; readonly role: string };
  readonly interviewers: readonly { readonly name: string; readonly title?: string | null }[];
  /** When the thank-you notes are due (UTC instant); adds a to-do. */
  readonly thankYouDueAt?: string | null;
  /** When the file is made (DTSTAMP). */
  readonly now: Date;
  readonly reminders: {
    /** Local hour of the day before the interview for the "prepare" reminder. */
    readonly eveningBeforeHour: number;
    /** Minutes before the start for the last reminder. */
    readonly minutesBefore: number;
  };
}

/** The stable UID of a round's event: re-importing the file updates the event, not duplicates it. */
export const roundEventUid = (roundId: string) => `round-${roundId}@roundtwo.local`;

/**
 * A VCALENDAR with the round as a VEVENT in the candidate's time zone (with its VTIMEZONE):
 * title, place, who is on the panel and the logistics, the video link as a CONFERENCE, a
 * "prepare" reminder the evening before and one shortly before the start, and a VTODO to send
 * the thank-you notes, due at their deadline.
 * @example roundCalendar({ round, opportunity, interviewers, thankYouDueAt, now, reminders })
 */
export function roundCalendar(input: RoundCalendarInput): string {
  const { round, opportunity, now, reminders } = input;
  const zone = round.timeZone;
  const start = DateTime.fromISO(round.startsAt, { zone });
  if (!start.isValid)
    throw new RangeError(`The round starts at "${round.startsAt}", not an instant.`);
  const endsAt = start.plus({ minutes: round.durationMinutes }).toUTC().toISO();
  const eveningBefore = start
    .minus({ days: 1 })
    .set({ hour: reminders.eveningBeforeHour, minute: 0, second: 0, millisecond: 0 })
    .toUTC()
    .toISO();
  const dueAt = input.thankYouDueAt ?? undefined;
  const title = `Round ${round.number ?? 1} interview — ${opportunity.role} at ${opportunity.company}`;
  const stamp = contentLine('DTSTAMP', utcValue(now));
  const lastModified = round.updatedAt
    ? [contentLine('LAST-MODIFIED', utcValue(round.updatedAt))]
    : [];

  const event = [
    'BEGIN:VEVENT',
    contentLine('UID', roundEventUid(round.id)),
    stamp,
    ...lastModified,
    dateTimeLine('DTSTART', round.startsAt, zone),
    dateTimeLine('DTEND', endsAt, zone),
    contentLine('SUMMARY', escapeText(title)),
    ...optionalText('LOCATION', round.location ?? round.videoLink),
    contentLine('DESCRIPTION', escapeText(description(input))),
    ...(round.videoLink
      ? [
          contentLine('CONFERENCE', round.videoLink, {
            VALUE: 'URI',
            FEATURE: 'VIDEO',
            LABEL: 'Video call',
          }),
        ]
      : []),
    contentLine('STATUS', round.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'),
    contentLine('TRANSP', 'OPAQUE'),
    'BEGIN:VALARM',
    contentLine('ACTION', 'DISPLAY'),
    contentLine('DESCRIPTION', escapeText(`Prepare for tomorrow: ${title}`)),
    contentLine('TRIGGER', utcValue(eveningBefore), { VALUE: 'DATE-TIME' }),
    'END:VALARM',
    'BEGIN:VALARM',
    contentLine('ACTION', 'DISPLAY'),
    contentLine('DESCRIPTION', escapeText(`Starting soon: ${title}`)),
    contentLine('TRIGGER', `-${duration(reminders.minutesBefore)}`),
    'END:VALARM',
    'END:VEVENT',
  ];
  const todo = dueAt
    ? [
        'BEGIN:VTODO',
        contentLine('UID', `round-${round.id}-thank-you@roundtwo.local`),
        stamp,
        dateTimeLine('DTSTART', endsAt, zone),
        dateTimeLine('DUE', dueAt, zone),
        contentLine('SUMMARY', 'Send thank-you notes'),
        contentLine('DESCRIPTION', escapeText(thankYouTask(input))),
        contentLine('STATUS', 'NEEDS-ACTION'),
        'END:VTODO',
      ]
    : [];
  const times = [eveningBefore, round.startsAt, endsAt, ...(dueAt ? [dueAt] : [])].sort();
  const timezone = isUtcZone(zone)
    ? []
    : vtimezoneLines(zone, times[0] as string, times.at(-1) as string);

  return contentLines([
    'BEGIN:VCALENDAR',
    contentLine('VERSION', '2.0'),
    contentLine('PRODID', '-//Round Two//Round Two//EN'),
    contentLine('CALSCALE', 'GREGORIAN'),
    contentLine('METHOD', 'PUBLISH'),
    ...timezone,
    ...event,
    ...todo,
    'END:VCALENDAR',
  ]);
}

function optionalText(name: string, value: string | null | undefined): string[] {
  return value && value.trim() !== '' ? [contentLine(name, escapeText(value.trim()))] : [];
}

function description({ round, interviewers }: RoundCalendarInput): string {
  const people = interviewers.map((person) =>
    person.title ? `${person.name} (${person.title})` : person.name,
  );
  return [
    people.length > 0 ? `Interviewers: ${people.join(', ')}` : '',
    round.logistics?.trim() ? `Logistics: ${round.logistics.trim()}` : '',
    round.videoLink ? `Video call: ${round.videoLink}` : '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

function thankYouTask({ interviewers }: RoundCalendarInput): string {
  const names = interviewers.map((person) => person.name);
  return names.length > 0
    ? `One personal note to each interviewer: ${names.join(', ')}. Mention something you discussed with that person.`
    : 'One personal note to each interviewer. Mention something you discussed with that person.';
}

/** Minutes as an RFC 5545 duration: `PT1H`, `PT1H30M`, `PT45M`. */
function duration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `PT${hours > 0 ? `${hours}H` : ''}${rest > 0 || hours === 0 ? `${rest}M` : ''}`;
}
