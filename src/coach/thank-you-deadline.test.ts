import { describe, expect, test } from 'vitest';
import { isOverdue, thankYouDueAt } from './thank-you-deadline.js';

const due = (endedAt: string, zone: string) => thankYouDueAt(endedAt, zone).dueAt;

describe('within working hours the note is due 24 hours after the interview ends', () => {
  test('a Tuesday 15:00 end in London is due Wednesday 15:00', () => {
    expect(due('2026-11-24T15:00:00.000Z', 'Europe/London')).toBe('2026-11-25T15:00:00.000Z');
  });

  test('08:00 and 18:00 themselves are inside working hours', () => {
    expect(due('2026-11-24T08:00:00.000Z', 'Europe/London')).toBe('2026-11-25T08:00:00.000Z');
    expect(due('2026-11-24T18:00:00.000Z', 'Europe/London')).toBe('2026-11-25T18:00:00.000Z');
  });

  test('the reason gives the deadline in the candidate’s zone', () => {
    expect(thankYouDueAt('2026-11-24T15:00:00.000Z', 'Europe/London').reason).toBe(
      '24 hours after the interview ended (Tue 24 Nov 2026, 15:00): Wed 25 Nov 2026, 15:00 (Europe/London).',
    );
  });
});

describe('a deadline outside working hours moves to 09:00 on the next working morning', () => {
  test('a Friday-afternoon interview’s notes are due Monday 09:00', () => {
    const deadline = thankYouDueAt('2026-11-27T15:00:00.000Z', 'Europe/London');
    expect(deadline.dueAt).toBe('2026-11-30T09:00:00.000Z');
    expect(deadline.reason).toContain('Sat 28 Nov 2026, 15:00, which falls on a weekend');
    expect(deadline.reason).toContain('Mon 30 Nov 2026, 09:00 (Europe/London)');
  });

  test('a Tuesday 19:30 end gives Wednesday 19:30, after 18:00, so Thursday 09:00', () => {
    const deadline = thankYouDueAt('2026-11-24T19:30:00.000Z', 'Europe/London');
    expect(deadline.dueAt).toBe('2026-11-26T09:00:00.000Z');
    expect(deadline.reason).toContain('is after 18:00');
  });

  test('a deadline just after 18:00 moves, one at 18:00 does not', () => {
    expect(due('2026-11-24T18:01:00.000Z', 'Europe/London')).toBe('2026-11-26T09:00:00.000Z');
  });

  test('a Thursday-evening end lands on Friday evening, so the weekend is skipped to Monday', () => {
    expect(due('2026-11-26T19:00:00.000Z', 'Europe/London')).toBe('2026-11-30T09:00:00.000Z');
  });

  test('a deadline before 08:00 on a weekday moves to 09:00 the same morning', () => {
    const deadline = thankYouDueAt('2026-11-24T06:30:00.000Z', 'Europe/London');
    expect(deadline.dueAt).toBe('2026-11-25T09:00:00.000Z');
    expect(deadline.reason).toContain('is before 08:00');
  });

  test('a Saturday interview is due on Monday morning too', () => {
    expect(due('2026-11-28T11:00:00.000Z', 'Europe/London')).toBe('2026-11-30T09:00:00.000Z');
  });
});

describe('changes of the clocks', () => {
  test('London, clocks back on Sunday 25 Oct 2026: Friday’s notes are due Monday 09:00 GMT, not BST', () => {
    // Friday 23 Oct, 16:00 BST (UTC+1); Monday 26 Oct is on GMT (UTC+0).
    expect(due('2026-10-23T15:00:00.000Z', 'Europe/London')).toBe('2026-10-26T09:00:00.000Z');
  });

  test('London, clocks forward on Sunday 29 Mar 2026: Monday 09:00 BST is 08:00 UTC', () => {
    expect(due('2026-03-27T14:00:00.000Z', 'Europe/London')).toBe('2026-03-30T08:00:00.000Z');
  });

  test('New York, clocks back on Sunday 1 Nov 2026: Monday 09:00 EST is 14:00 UTC', () => {
    // Friday 30 Oct, 16:00 EDT (UTC-4).
    expect(due('2026-10-30T20:00:00.000Z', 'America/New_York')).toBe('2026-11-02T14:00:00.000Z');
  });

  test('the 24 hours are elapsed time: across a midweek change (Cairo, night of 29–30 Oct 2026) the clock time moves back an hour', () => {
    // Thursday 29 Oct ends 13:00 EEST (UTC+3); 24 hours later it is Friday 12:00 EET (UTC+2).
    const deadline = thankYouDueAt('2026-10-29T10:00:00.000Z', 'Africa/Cairo');
    expect(deadline.dueAt).toBe('2026-10-30T10:00:00.000Z');
    expect(deadline.reason).toContain('Fri 30 Oct 2026, 12:00');
  });
});

describe('the candidate’s zone decides the day, not UTC', () => {
  test('Tokyo: a Friday-afternoon end is due Monday 09:00 JST, which is Monday 00:00 UTC', () => {
    expect(due('2026-11-27T06:00:00.000Z', 'Asia/Tokyo')).toBe('2026-11-30T00:00:00.000Z');
  });

  test('Tokyo: a Friday 08:30 end (still Thursday in UTC) is due Monday 09:00 JST', () => {
    expect(due('2026-11-26T23:30:00.000Z', 'Asia/Tokyo')).toBe('2026-11-30T00:00:00.000Z');
  });

  test('Los Angeles: Tuesday 17:00 PST (Wednesday in UTC) is due Wednesday 17:00 PST', () => {
    expect(due('2026-11-25T01:00:00.000Z', 'America/Los_Angeles')).toBe('2026-11-26T01:00:00.000Z');
  });

  test('Los Angeles: a deadline on Friday 17:30 PST stays, though it is Saturday in UTC', () => {
    expect(due('2026-11-27T01:30:00.000Z', 'America/Los_Angeles')).toBe('2026-11-28T01:30:00.000Z');
  });
});

describe('bad input', () => {
  test('an unknown zone or a non-instant is refused', () => {
    expect(() => thankYouDueAt('2026-11-24T15:00:00.000Z', 'Mars/Olympus')).toThrow(
      /not an IANA time zone/,
    );
    expect(() => thankYouDueAt('next Tuesday', 'Europe/London')).toThrow(/not an ISO-8601/);
  });
});

describe('isOverdue', () => {
  const dueAt = '2026-11-30T09:00:00.000Z';

  test('an unsent note is overdue once its deadline has passed', () => {
    expect(isOverdue(dueAt, new Date('2026-11-30T09:00:01Z'), 'draft')).toBe(true);
    expect(isOverdue(dueAt, '2026-11-30T09:00:01Z', 'ready')).toBe(true);
  });

  test('a note is not overdue at or before its deadline', () => {
    expect(isOverdue(dueAt, new Date(dueAt), 'draft')).toBe(false);
  });

  test('a sent note, or one without a deadline, is never overdue', () => {
    expect(isOverdue(dueAt, new Date('2026-12-09T00:00:00Z'), 'sent')).toBe(false);
    expect(isOverdue(null, new Date('2026-12-09T00:00:00Z'), 'draft')).toBe(false);
  });
});
