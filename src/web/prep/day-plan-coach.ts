import type { DayPlanCheck, DayPlanGoals } from '../../coach/day-plan-check.js';
import { lazyModule } from '../coach/lazy-module.js';

/** The plan check with the competency lexicon bound in. */
export type DayPlanChecker = (
  goals: DayPlanGoals,
  responsibilities: readonly string[],
) => DayPlanCheck;

// Like the other coaches (see ../coach/load-coach.ts), the check loads apart from the app: it uses
// the language model, megabytes of JavaScript. One check runs while "Preparing the coach…" shows,
// so the model's tables are built before the first keystroke.
export const loadDayPlanCoach = lazyModule(async (): Promise<DayPlanChecker> => {
  const [{ checkDayPlan }, { competencies }] = await Promise.all([
    import('../../coach/day-plan-check.js'),
    import('../../content/competencies.js'),
  ]);
  const check: DayPlanChecker = (goals, responsibilities) =>
    checkDayPlan(goals, responsibilities, competencies);
  check({ first30: ['Meet the team'], first60: [], first90: [] }, ['Lead the support team']);
  return check;
});
