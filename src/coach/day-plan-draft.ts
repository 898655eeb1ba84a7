/** Drafts a goal of the 30-60-90 day plan from a responsibility of the posting. */
import { goalDrafts, type DayPlanPhase } from '../content/day-plan.js';

/**
 * A goal drafted from a responsibility of the posting, for the candidate to reword: learn it in
 * the first month, take part of it on in the second, own and improve it in the third. The
 * responsibility keeps its words, so the plan check sees the goal address it.
 * @example draftGoal('Own the onboarding roadmap.', 'first90')
 * // 'Own this, and propose one change with how you would know it worked: own the onboarding roadmap'
 */
export function draftGoal(responsibility: string, phase: DayPlanPhase): string {
  const line = responsibility.trim().replace(/[.;:,]+$/, '');
  // Lower a plain first word ("Own" → "own"); keep an acronym or a name ("SQL", "iOS") as it is.
  const lowered = /^[A-Z][a-z]/.test(line)
    ? `${line.charAt(0).toLowerCase()}${line.slice(1)}`
    : line;
  return goalDrafts[phase].replace('{responsibility}', lowered);
}
