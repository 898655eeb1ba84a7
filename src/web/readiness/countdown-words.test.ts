import { describe, expect, it } from 'vitest';
import { countdownWords, effortWords } from './countdown-words.js';

describe('countdownWords', () => {
  it('names days and hours when a day or more is left', () => {
    expect(countdownWords({ days: 4, hours: 3, minutes: 20 })).toBe('4 days 3 hours');
  });

  it('leaves out zero hours', () => {
    expect(countdownWords({ days: 1, hours: 0, minutes: 5 })).toBe('1 day');
  });

  it('names hours and minutes on the day itself', () => {
    expect(countdownWords({ days: 0, hours: 5, minutes: 1 })).toBe('5 hours 1 minute');
  });

  it('names only minutes in the last hour', () => {
    expect(countdownWords({ days: 0, hours: 0, minutes: 12 })).toBe('12 minutes');
  });
});

describe('effortWords', () => {
  it('says minutes under an hour', () => {
    expect(effortWords(20)).toBe('About 20 minutes');
  });

  it('says hours and minutes from an hour on', () => {
    expect(effortWords(90)).toBe('About 1 hour 30 minutes');
    expect(effortWords(120)).toBe('About 2 hours');
  });
});
