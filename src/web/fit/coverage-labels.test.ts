import { describe, expect, it } from 'vitest';
import type { CoverageItem } from '../../coach/coverage.js';
import { describeCoverage, sharedTerms } from './coverage-labels.js';

const item = (strength: CoverageItem['strength']): CoverageItem => ({
  text: 'SQL',
  kind: 'requirement',
  strength,
  competencies: [],
  matches: [],
});

describe('coverage labels', () => {
  it('lists shared terms in lower case, without words a skill before them already said', () => {
    expect(
      sharedTerms(['Stakeholder management', 'Planning', 'stakeholder', 'management', 'planning']),
    ).toEqual(['stakeholder management', 'planning']);
  });

  it('keeps at most five terms', () => {
    expect(sharedTerms(['a', 'b', 'c', 'd', 'e', 'f'])).toHaveLength(5);
  });

  it('counts the items of each strength in words', () => {
    expect(describeCoverage([item('strong'), item('none'), item('partial'), item('none')])).toBe(
      '1 covered, 1 partly covered and 2 gaps',
    );
  });
});
