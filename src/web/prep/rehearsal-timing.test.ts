import { describe, expect, it } from 'vitest';
import {
  instantOf,
  isNextSectionKey,
  minutesFrom,
  overUnder,
  planFit,
  plannedMinutesOf,
  type KeyPress,
} from './rehearsal-timing.js';

const aPress = (overrides: Partial<KeyPress> = {}): KeyPress => ({
  key: 'n',
  repeat: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  inField: false,
  ...overrides,
});

describe('overUnder', () => {
  it('shows time over the plan with a plus sign', () => {
    expect(overUnder(40)).toBe('+0:40 over');
  });

  it('shows time under the plan with a minus sign', () => {
    expect(overUnder(-75)).toBe('\u22121:15 under');
  });

  it('says on time for no difference', () => {
    expect(overUnder(0)).toBe('on time');
  });
});

describe('isNextSectionKey', () => {
  it.each(['n', 'N', 'ArrowRight', 'PageDown'])('advances on %s', (key) => {
    expect(isNextSectionKey(aPress({ key }))).toBe(true);
  });

  it('ignores other keys, such as Space, which presses the focused button', () => {
    expect(isNextSectionKey(aPress({ key: ' ' }))).toBe(false);
    expect(isNextSectionKey(aPress({ key: 'ArrowLeft' }))).toBe(false);
  });

  it('ignores keys typed in a form field', () => {
    expect(isNextSectionKey(aPress({ inField: true }))).toBe(false);
  });

  it('ignores a key held down, so that one press moves one section', () => {
    expect(isNextSectionKey(aPress({ repeat: true }))).toBe(false);
  });

  it('ignores shortcuts with Ctrl, Alt or Cmd', () => {
    expect(isNextSectionKey(aPress({ ctrlKey: true }))).toBe(false);
    expect(isNextSectionKey(aPress({ altKey: true }))).toBe(false);
    expect(isNextSectionKey(aPress({ metaKey: true }))).toBe(false);
  });
});

describe('instantOf', () => {
  it('places a performance reading on the wall clock of the start', () => {
    const start = { wallMs: Date.parse('2026-11-20T09:00:00.000Z'), perfMs: 5_000 };
    expect(instantOf(start, 5_000)).toBe('2026-11-20T09:00:00.000Z');
    expect(instantOf(start, 7_250)).toBe('2026-11-20T09:00:02.250Z');
  });
});

describe('plannedMinutesOf and planFit', () => {
  it('adds up decimal minutes without floating-point dust', () => {
    expect(plannedMinutesOf([0.1, 0.2, 0.05].map((plannedMinutes) => ({ plannedMinutes })))).toBe(
      0.35,
    );
  });

  it('says how many minutes are left under the limit', () => {
    expect(planFit(12, 15)).toBe(
      'The sections add up to 12 minutes of the 15 minute limit: 3 minutes to spare.',
    );
  });

  it('says by how much the plan is over the limit', () => {
    expect(planFit(16.5, 15)).toBe(
      'The sections add up to 16.5 minutes of the 15 minute limit: 1.5 minutes too many.',
    );
  });

  it('says when there is no limit to compare with', () => {
    expect(planFit(1, null)).toBe('The sections add up to 1 minute; no time limit is set.');
  });
});

describe('minutesFrom', () => {
  it('reads whole and decimal minutes, with a point or a comma', () => {
    expect(minutesFrom('2')).toBe(2);
    expect(minutesFrom(' 1.5 ')).toBe(1.5);
    expect(minutesFrom('1,5')).toBe(1.5);
    expect(minutesFrom('.5')).toBe(0.5);
  });

  it('refuses text that is not a number of minutes', () => {
    expect(minutesFrom('')).toBeUndefined();
    expect(minutesFrom('two')).toBeUndefined();
    expect(minutesFrom('-1')).toBeUndefined();
    expect(minutesFrom('1e3')).toBeUndefined();
  });
});
