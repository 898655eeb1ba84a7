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

/**
 * Each phase's goal keys in the order the saved plan lists them. Blank rows are not saved, so
 * the server's `first30.1` is the second goal with text, not the second row on screen.
 */
export type SavedKeys = Readonly<Record<DayPlanPhase, readonly number[]>>;

/** The keys of the goals `planToSave` keeps, in its order. */
export function savedKeysOf(draft: PlanDraft): SavedKeys {
  const keys = (phase: DayPlanPhase) =>
    draft[phase].filter((goal) => goal.text.trim() !== '').map((goal) => goal.key);
  return { first30: keys('first30'), first60: keys('first60'), first90: keys('first90') };
}

/**
 * The server's complaints about single goals (`first30.1`), by the key of the row they are
 * about, as the rows stood when the plan was saved; a row keeps its complaint when it moves.
 */
export function goalErrorsByKey(
  errors: Readonly<Record<string, string>>,
  saved: SavedKeys | undefined,
): ReadonlyMap<number, string> {
  const byKey = new Map<number, string>();
  if (!saved) return byKey;
  for (const [field, message] of Object.entries(errors)) {
    const match = /^(first30|first60|first90)\.(\d+)$/.exec(field);
    if (!match) continue;
    const key = saved[match[1] as DayPlanPhase][Number(match[2])];
    if (key !== undefined) byKey.set(key, message);
  }
  return byKey;
}

/**
 * The text a finding about one goal points into: the goal as the check read it, trimmed, so the
 * finding's offsets land on the right words. Empty for a finding about a phase or the plan.
 */
export function findingTextOf(
  goals: DayPlanGoals,
  place: { readonly phase?: DayPlanPhase | undefined; readonly index?: number | undefined },
): string {
  if (place.phase === undefined || place.index === undefined) return '';
  return (goals[place.phase][place.index] ?? '').trim();
}
