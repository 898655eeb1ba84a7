import type { DayPlanGoals } from '../../coach/day-plan-check.js';
import type { DayPlanPhase } from '../../content/day-plan.js';
import type { DayPlan } from '../../domain/format-prep.js';

/** One goal while it is edited; `key` stays with it when it moves. */
export interface GoalDraft {
  readonly key: number;
  readonly text: string;
}

/** The plan while it is edited: each phase's goals in order, and the notes. */
export type PlanDraft = Readonly<Record<DayPlanPhase, readonly GoalDraft[]>> & {
  readonly notes: string;
};

let nextKey = 0;
/** A goal row, blank or with a text. */
export function goalDraft(text = ''): GoalDraft {
  nextKey += 1;
  return { key: nextKey, text };
}

/** The draft of a saved plan, or an empty one. */
export function planDraftOf(plan: DayPlan | undefined): PlanDraft {
  return {
    first30: (plan?.first30 ?? []).map((goal) => goalDraft(goal)),
    first60: (plan?.first60 ?? []).map((goal) => goalDraft(goal)),
    first90: (plan?.first90 ?? []).map((goal) => goalDraft(goal)),
    notes: plan?.notes ?? '',
  };
}

/** The goals as the coach reads them: every row, blank ones included, so places stay put. */
export function goalsOf(draft: PlanDraft): DayPlanGoals {
  const texts = (phase: DayPlanPhase) => draft[phase].map((goal) => goal.text);
  return { first30: texts('first30'), first60: texts('first60'), first90: texts('first90') };
}

/** The plan as it is saved: goals trimmed, blank rows left out, empty notes as none. */
export function planToSave(draft: PlanDraft) {
  const saved = (phase: DayPlanPhase) =>
    draft[phase].map((goal) => goal.text.trim()).filter((goal) => goal !== '');
  const notes = draft.notes.trim();
  return {
    first30: saved('first30'),
    first60: saved('first60'),
    first90: saved('first90'),
    notes: notes === '' ? null : notes,
  };
}
