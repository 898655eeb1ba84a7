import { describe, expect, test } from 'vitest';
import { checkDayPlan } from '../../coach/day-plan-check.js';
import { competencies } from '../../content/competencies.js';
import {
  findingTextOf,
  goalDraft,
  goalErrorsByKey,
  goalsOf,
  planDraftOf,
  planToSave,
  savedKeysOf,
} from './day-plan-draft.js';

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

  test("the server's complaint about a saved goal lands on its row, past the blank rows", () => {
    const blank = goalDraft('');
    const first = goalDraft('Meet the support leads');
    const second = goalDraft('x'.repeat(2_001));
    const draft = { ...planDraftOf(undefined), first30: [blank, first, goalDraft(' '), second] };
    // Saved as ['Meet the support leads', 'xxx…']: the long goal is first30.1.
    const errors = { first30: 'too long', 'first30.1': 'too long', notes: 'odd' };
    const byKey = goalErrorsByKey(errors, savedKeysOf(draft));
    expect([...byKey]).toEqual([[second.key, 'too long']]);
    expect(goalErrorsByKey(errors, undefined).size).toBe(0);
  });

  test('a finding about a goal points into the goal as the check read it, trimmed', () => {
    const goals = { first30: ['Meet the team'], first60: [], first90: ['  Add value '] };
    const vague = checkDayPlan(goals, [], competencies).findings.find(
      (finding) => finding.kind === 'vague_goal',
    );
    const span = vague?.spans?.[0];
    expect(span).toBeDefined();
    const text = findingTextOf(goals, vague ?? {});
    expect(text.slice(span?.start, span?.end)).toBe('value');
    expect(findingTextOf(goals, { phase: 'first90' })).toBe('');
  });
});
