import { describe, expect, it } from 'vitest';
import { describeCountdown, describeStart, nextRound } from './round-time.js';

const aRound = (
  startsAt: string | null,
  status: 'scheduled' | 'completed' | 'cancelled' = 'scheduled',
) => ({ startsAt, status, durationMinutes: 60 });

describe('describeCountdown', () => {
  it('counts calendar days in the round’s time zone', () => {
    expect(
      describeCountdown(
        '2026-11-27T13:30:00Z',
        'Europe/Amsterdam',
        new Date('2026-11-22T09:00:00Z'),
      ),
    ).toBe('in 5 days');
  });

  it('says tomorrow for a round on the next calendar day even when it is under 24 hours away', () => {
    expect(
      describeCountdown(
        '2026-11-23T08:00:00Z',
        'Europe/Amsterdam',
        new Date('2026-11-22T20:00:00Z'),
      ),
    ).toBe('tomorrow');
  });

  it('counts hours on the day itself', () => {
    expect(
      describeCountdown(
        '2026-11-22T13:00:00Z',
        'Europe/Amsterdam',
        new Date('2026-11-22T10:00:00Z'),
      ),
    ).toBe('in 3 hours');
  });

  it('counts minutes in the last hour', () => {
    expect(describeCountdown('2026-11-22T10:20:00Z', 'UTC', new Date('2026-11-22T10:00:00Z'))).toBe(
      'in 20 minutes',
    );
  });

  it('says the round has started once its start has passed', () => {
    expect(describeCountdown('2026-11-22T10:00:00Z', 'UTC', new Date('2026-11-22T10:05:00Z'))).toBe(
      'has started',
    );
  });
});

describe('nextRound', () => {
  const now = new Date('2026-11-22T10:00:00Z');

  it('picks the earliest scheduled round that is not over', () => {
    const later = aRound('2026-12-01T10:00:00Z');
    const sooner = aRound('2026-11-25T10:00:00Z');
    expect(nextRound([later, sooner], now)).toBe(sooner);
  });

  it('skips past, completed, cancelled and undated rounds', () => {
    expect(
      nextRound(
        [
          aRound('2026-11-01T10:00:00Z'),
          aRound('2026-11-25T10:00:00Z', 'completed'),
          aRound('2026-11-26T10:00:00Z', 'cancelled'),
          aRound(null),
        ],
        now,
      ),
    ).toBeUndefined();
  });

  it('keeps a round that is under way as the next one', () => {
    const underWay = aRound('2026-11-22T09:30:00Z');
    expect(nextRound([underWay], now)).toBe(underWay);
  });
});

describe('describeStart', () => {
  it('shows the start in the round’s zone and the viewer’s local time when it differs', () => {
    expect(describeStart('2030-03-14T13:30:00Z', 'Europe/Amsterdam', 'America/New_York')).toBe(
      'Thu 14 Mar 2030, 14:30 (Europe/Amsterdam) — Thu 09:30 your time',
    );
  });

  it('shows only the round’s zone when the viewer is in the same one', () => {
    expect(describeStart('2030-03-14T13:30:00Z', 'Europe/Amsterdam', 'Europe/Amsterdam')).toBe(
      'Thu 14 Mar 2030, 14:30 (Europe/Amsterdam)',
    );
  });
});
