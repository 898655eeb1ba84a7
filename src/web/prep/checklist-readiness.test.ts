import { describe, expect, test } from 'vitest';
import { aReadinessRound, aReadyInput, NOW } from '../../../test/support/readiness-builders.js';
import { assessReadiness } from '../../coach/readiness.js';
import { checklistFormats, formatChecklists } from '../../content/format-checklists.js';
import { checklistReadiness } from './checklist-readiness.js';

/** The readiness items of a round with one format, its checklist ticked in full or not at all. */
const itemsWith = (format: (typeof checklistFormats)[number], ticked: boolean) => {
  const round = aReadinessRound({
    formats: [format],
    checklistDone: ticked ? formatChecklists[format].map((item) => item.id) : [],
  });
  return assessReadiness(aReadyInput({ round, practice: [], interviewers: [] }), NOW).items;
};

describe('what the prep page says readiness makes of checklist ticks', () => {
  test.each(checklistFormats)('%s: the note says the truth', (format) => {
    const counted =
      JSON.stringify(itemsWith(format, false)) !== JSON.stringify(itemsWith(format, true));
    expect(checklistReadiness[format].counted).toBe(counted);
    expect(checklistReadiness[format].note).toMatch(
      counted ? /^Readiness counts these ticks/ : /^These ticks are for you/,
    );
  });
});
