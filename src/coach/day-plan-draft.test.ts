import { describe, expect, test } from 'vitest';
import { isLearningGoal } from './day-plan-check.js';
import { draftGoal } from './day-plan-draft.js';

describe('drafting a goal from a responsibility', () => {
  test('lowers a plain first word and drops the closing full stop', () => {
    expect(draftGoal('Own the onboarding roadmap.', 'first60')).toBe(
      'Take on a first piece of this with the team: own the onboarding roadmap',
    );
  });

  test('keeps an acronym as it is', () => {
    expect(draftGoal('SQL reporting for the finance team', 'first90')).toMatch(
      /: SQL reporting for the finance team$/,
    );
  });

  test('a first-month draft is a learning goal; later ones are not', () => {
    expect(isLearningGoal(draftGoal('Own the onboarding roadmap', 'first30'))).toBe(true);
    expect(isLearningGoal(draftGoal('Own the onboarding roadmap', 'first60'))).toBe(false);
  });
});
