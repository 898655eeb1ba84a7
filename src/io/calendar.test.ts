import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { roundCalendar, type RoundCalendarInput } from './calendar.js';

/** Round 2 on Wednesday 25 Nov 2026, 13:30 in Amsterdam (12:30 UTC), two and a half hours. */
const aRoundCalendar = (overrides: Partial<RoundCalendarInput['round']> = {}) =>
  roundCalendar({
    round: {
      id: 'round-0002',
      number: 2,
      startsAt: '2026-11-25T12:30:00.000Z',
      timeZone: 'Europe/Amsterdam',
      durationMinutes: 150,
      location: 'Larkspur Freight HQ, Wilhelminakade 300, Rotterdam',
      videoLink: 'https://meet.larkspur-freight.example/r2-panel',
      logistics: 'Ask for Femke at reception; bring a laptop with HDMI.',
      status: 'scheduled',
      updatedAt: '2026-11-20T08:00:00.000Z',
      ...overrides,
    },
    opportunity: { company: 'Larkspur Freight', role: 'Senior Product Manager, Shipper Platform' },
    interviewers: [
      { name: 'Femke de Wit', title: 'Director of Product' },
      { name: 'Arjun Mehta', title: 'Chief Technology Officer' },
      { name: 'Zoë Ångström-Łukasiewicz', title: 'Head of Operations — Benelux, Nordics' },
    ],
    thankYouDueAt: '2026-11-26T15:00:00.000Z',
    now: new Date('2026-11-20T09:00:00.000Z'),
    reminders: { eveningBeforeHour: 18, minutesBefore: 60 },
  });

/** Parses the file with ical.js, registering its own VTIMEZONE so TZID times resolve through it. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  }
  const event = calendar.getFirstSubcomponent('vevent')!;
  const todo = calendar.getFirstSubcomponent('vtodo');
  const instant = (component: ICAL.Component, name: string) =>
    (component.getFirstPropertyValue(name) as ICAL.Time).toJSDate().toISOString();
  return { calendar, event, todo, instant };
}

describe('a round’s calendar file', () => {
  test('has a stable UID, a DTSTAMP from the given time and the round’s title', () => {
    const { event } = parse(aRoundCalendar());
    expect(event.getFirstPropertyValue('uid')).toBe('round-round-0002@roundtwo.local');
    expect(event.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-20T09:00:00Z');
    expect(event.getFirstPropertyValue('summary')).toBe(
      'Round 2 interview — Senior Product Manager, Shipper Platform at Larkspur Freight',
    );
    expect(aRoundCalendar()).toBe(aRoundCalendar());
  });

  test('gives start and end in the round’s zone, which resolve to the right instants', () => {
    const text = aRoundCalendar();
    expect(text).toContain('DTSTART;TZID=Europe/Amsterdam:20261125T133000\r\n');
    const { event, instant } = parse(text);
    expect(instant(event, 'dtstart')).toBe('2026-11-25T12:30:00.000Z');
    expect(instant(event, 'dtend')).toBe('2026-11-25T15:00:00.000Z');
  });

  test('a start just after the clocks change resolves through the included VTIMEZONE', () => {
    // Monday 30 March 2026, 09:00 CEST (UTC+2), the day after the change.
    const { event, instant } = parse(aRoundCalendar({ startsAt: '2026-03-30T07:00:00.000Z' }));
    expect(instant(event, 'dtstart')).toBe('2026-03-30T07:00:00.000Z');
    const { event: before, instant: at } = parse(
      aRoundCalendar({ startsAt: '2026-03-27T08:00:00.000Z' }),
    );
    expect(at(before, 'dtstart')).toBe('2026-03-27T08:00:00.000Z');
  });

  test('the repeated hour when clocks go back is written in UTC, so it is not misread', () => {
    // 02:30 on 25 Oct 2026 happens twice in Amsterdam; this is the second time (CET).
    const text = aRoundCalendar({ startsAt: '2026-10-25T01:30:00.000Z' });
    expect(text).toContain('DTSTART:20261025T013000Z\r\n');
  });

  test('a round in UTC has UTC times and no VTIMEZONE', () => {
    const text = aRoundCalendar({ timeZone: 'UTC' });
    expect(text).not.toContain('VTIMEZONE');
    expect(text).toContain('DTSTART:20261125T123000Z\r\n');
  });

  test('carries the place, the panel and logistics, and the video link as a CONFERENCE', () => {
    const { event } = parse(aRoundCalendar());
    expect(event.getFirstPropertyValue('location')).toBe(
      'Larkspur Freight HQ, Wilhelminakade 300, Rotterdam',
    );
    const description = event.getFirstPropertyValue('description') as string;
    expect(description).toContain(
      'Interviewers: Femke de Wit (Director of Product), Arjun Mehta (Chief Technology Officer)',
    );
    expect(description).toContain(
      'Logistics: Ask for Femke at reception; bring a laptop with HDMI.',
    );
    const conference = event.getFirstProperty('conference')!;
    expect(conference.getFirstValue()).toBe('https://meet.larkspur-freight.example/r2-panel');
    expect(conference.getParameter('feature')).toBe('VIDEO');
  });

  test('without a video link there is no CONFERENCE; without a place the link is the location', () => {
    expect(aRoundCalendar({ videoLink: null })).not.toContain('CONFERENCE');
    const { event } = parse(aRoundCalendar({ location: null }));
    expect(event.getFirstPropertyValue('location')).toBe(
      'https://meet.larkspur-freight.example/r2-panel',
    );
  });

  test('has two display alarms: 18:00 local the evening before, and an hour before', () => {
    const { event } = parse(aRoundCalendar());
    const triggers = event
      .getAllSubcomponents('valarm')
      .map((alarm) => [
        alarm.getFirstPropertyValue('action'),
        alarm.getFirstPropertyValue('trigger'),
      ]);
    expect(triggers).toHaveLength(2);
    const [evening, hourBefore] = triggers;
    expect(evening?.[0]).toBe('DISPLAY');
    // 18:00 in Amsterdam (UTC+1) on Tuesday 24 Nov.
    expect((evening?.[1] as ICAL.Time).toJSDate().toISOString()).toBe('2026-11-24T17:00:00.000Z');
    expect(hourBefore?.[0]).toBe('DISPLAY');
    expect((hourBefore?.[1] as ICAL.Duration).toSeconds()).toBe(-3600);
  });

  test('has a to-do to send the thank-you notes, due at the deadline', () => {
    const { todo, instant } = parse(aRoundCalendar());
    expect(todo?.getFirstPropertyValue('summary')).toBe('Send thank-you notes');
    expect(instant(todo!, 'due')).toBe('2026-11-26T15:00:00.000Z');
    expect(instant(todo!, 'dtstart')).toBe('2026-11-25T15:00:00.000Z');
    expect(todo?.getFirstPropertyValue('description')).toContain('Zoë Ångström-Łukasiewicz');
  });

  test('a cancelled round is marked cancelled', () => {
    const { event } = parse(aRoundCalendar({ status: 'cancelled' }));
    expect(event.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  test('uses CRLF line breaks and folds every line at 75 octets without splitting a character', () => {
    const text = aRoundCalendar({
      logistics: 'Ask for Zoë at the Ångström desk — bring ID. '.repeat(8),
    });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n');
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(text).not.toContain('\uFFFD');
    const { event } = parse(text);
    expect(event.getFirstPropertyValue('description')).toContain(
      'Ask for Zoë at the Ångström desk — bring ID.',
    );
  });
});
