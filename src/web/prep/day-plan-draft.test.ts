import { describe, expect, test } from 'vitest';
import { goalDraft, goalsOf, planDraftOf, planToSave } from './day-plan-draft.js';

describe('day plan draft', () => {
  test('saves goals trimmed, without blank rows, and empty notes as none', () => {
    const draft = {
      ...planDraftOf(undefined),
      first30: [goalDraft('  Meet the support leads '), goalDraft('   ')],
      notes: '  ',
    };
    expect(planToSave(draft)).toEqual({
      first30: ['Meet the support leads'],
      first60: [],
      first90: [],
      notes: null,
    });
  });

  test('the coach sees blank rows too, so a goal keeps the number shown beside it', () => {
    const draft = {
      ...planDraftOf(undefined),
      first60: [goalDraft(''), goalDraft('Run a review')],
    };
    expect(goalsOf(draft).first60).toEqual(['', 'Run a review']);
  });
});
