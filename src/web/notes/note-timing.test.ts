import { describe, expect, it } from 'vitest';
import { noteTiming, roundNotesDeadline } from './note-timing.js';

const zone = 'Europe/Amsterdam';
const draft = { status: 'draft' as const, sentAt: null, dueAt: '2026-11-30T08:00:00.000Z' };

describe('noteTiming', () => {
  it('shows when a sent note was sent, on the round’s clock', () => {
    const sent = { status: 'sent' as const, sentAt: '2026-11-30T08:12:00.000Z', dueAt: null };
    expect(noteTiming(sent, null, zone, new Date()).text).toBe('Sent Mon 09:12');
  });

  it('shows the due time in the round’s zone before the deadline', () => {
    const timing = noteTiming(draft, null, zone, new Date('2026-11-29T12:00:00Z'));
    expect(timing).toEqual({ kind: 'due', text: 'Due Mon 30 Nov, 09:00 (Europe/Amsterdam)' });
  });

  it('flags an unsent note past its deadline as overdue', () => {
    const timing = noteTiming(draft, null, zone, new Date('2026-11-30T09:00:00Z'));
    expect(timing.kind).toBe('overdue');
    expect(timing.text).toBe('Overdue: it was due Mon 30 Nov, 09:00 (Europe/Amsterdam)');
  });

  it('gives a note written by hand the round’s deadline', () => {
    const own = { ...draft, dueAt: null };
    const timing = noteTiming(
      own,
      '2026-12-01T08:00:00.000Z',
      zone,
      new Date('2026-11-29T12:00:00Z'),
    );
    expect(timing.text).toBe('Due Tue 1 Dec, 09:00 (Europe/Amsterdam)');
  });
});

describe('roundNotesDeadline', () => {
  it('moves the notes of a Friday interview to Monday morning', () => {
    // Friday 27 Nov 2026, 14:00–15:00 in Amsterdam.
    const deadline = roundNotesDeadline({
      startsAt: '2026-11-27T13:00:00.000Z',
      durationMinutes: 60,
      timeZone: zone,
    });
    expect(deadline?.dueAt).toBe('2026-11-30T08:00:00.000Z');
  });

  it('has no deadline for a round without a date', () => {
    expect(roundNotesDeadline({ startsAt: null, durationMinutes: 60, timeZone: zone })).toBeNull();
  });
});
