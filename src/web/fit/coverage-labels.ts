import type { CoverageItem, CoverageStrength } from '../../coach/coverage.js';

/** A coverage strength in words; the mark beside it is decoration, the words carry the meaning. */
export const strengthLabels = {
  none: 'Gap',
  partial: 'Partly covered',
  strong: 'Covered',
} satisfies Record<CoverageStrength, string>;

export const strengthMarks = {
  none: '○',
  partial: '◐',
  strong: '●',
} satisfies Record<CoverageStrength, string>;

/** What kind of line of the posting an item is. */
export const coverageKindLabels = {
  requirement: 'Must-have',
  preferred: 'Nice to have',
  responsibility: 'Responsibility',
} satisfies Record<CoverageItem['kind'], string>;

/** The order the role fit lists its groups in: what needs work first. */
export const strengthOrder: readonly CoverageStrength[] = ['none', 'partial', 'strong'];

/** "2 covered, 1 partly covered and 4 gaps". */
export function describeCoverage(items: readonly CoverageItem[]): string {
  const count = (strength: CoverageStrength) =>
    items.filter((item) => item.strength === strength).length;
  const parts = [
    `${count('strong')} covered`,
    `${count('partial')} partly covered`,
    `${count('none')} ${count('none') === 1 ? 'gap' : 'gaps'}`,
  ];
  return new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' }).format(parts);
}

/**
 * The terms a match shares, as a reader wants them: lower case, and without a word already said
 * by a skill before it ("stakeholder management, planning", not "…, stakeholder, management").
 */
export function sharedTerms(terms: readonly string[], limit = 5): string[] {
  const shown: string[] = [];
  for (const term of terms) {
    const lower = term.toLowerCase();
    const said = shown.some((earlier) => earlier.split(/\s+/).includes(lower) || earlier === lower);
    if (!said) shown.push(lower);
  }
  return shown.slice(0, limit);
}
