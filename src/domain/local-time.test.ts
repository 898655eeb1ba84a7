import { describe, expect, test } from 'vitest';
import { formatInZone, instantFromLocal, LocalTimeError } from './local-time.js';

describe('instantFromLocal', () => {
  test('reads a wall-clock time in the given zone', () => {
    expect(instantFromLocal('2026-11-25 14:00', 'Europe/Amsterdam')).toBe(
      '2026-11-25T13:00:00.000Z',
    );
    expect(instantFromLocal('2026-07-01T09:30', 'America/New_York')).toBe(
      '2026-07-01T13:30:00.000Z',
    );
  });

  test('refuses a time skipped when the clocks go forward', () => {
    expect(() => instantFromLocal('2026-03-29 02:30', 'Europe/Berlin')).toThrow(/does not exist/);
  });

  test('refuses an unknown zone and a malformed time with their own messages', () => {
    expect(() => instantFromLocal('2026-11-25 14:00', 'Mars/Olympus')).toThrow(/IANA time zone/);
    expect(() => instantFromLocal('next tuesday', 'UTC')).toThrow(LocalTimeError);
  });
});

test('formatInZone shows the wall-clock time with the zone abbreviation', () => {
  expect(formatInZone('2026-11-25T13:00:00.000Z', 'Europe/Amsterdam')).toBe(
    'Wed 25 Nov 2026, 14:00 (Europe/Amsterdam)',
  );
});
