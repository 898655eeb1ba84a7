import type { DayPlanCheck, DayPlanFinding, DayPlanGoals } from '../../coach/day-plan-check.js';
import { dayPlanPhaseLabels } from '../../content/day-plan.js';
import { FindingDetails } from '../coach/finding-details.js';
import { findingTextOf } from './day-plan-draft.js';

/** Where a finding is: a goal, a phase or the whole plan. */
function placeOf(finding: DayPlanFinding): string | undefined {
  if (finding.phase === undefined) return undefined;
  const phase = dayPlanPhaseLabels[finding.phase];
  return finding.index === undefined ? phase : `${phase}, goal ${finding.index + 1}`;
}

/** The coach's findings on the plan, most serious first, each with its evidence and advice. */
export function DayPlanFindings({
  check,
  goals,
}: {
  readonly check: DayPlanCheck;
  readonly goals: DayPlanGoals;
}) {
  if (check.findings.length === 0) {
    return (
      <p className="findings-empty">
        Every phase has goals, the first month starts by listening, and the goals answer the
        posting.
      </p>
    );
  }
  return (
    <ul className="findings" aria-label="Findings on your plan">
      {check.findings.map((finding) => {
        const place = placeOf(finding);
        // A goal's finding points into that goal's trimmed text, as the check read it; the
        // others are about a phase or the plan as a whole.
        const goal = findingTextOf(goals, finding);
        return (
          <li
            key={`${finding.kind}-${finding.phase ?? ''}-${finding.index ?? ''}`}
            className={`finding severity-${finding.severity}`}
            data-kind={finding.kind}
          >
            {place ? <p className="finding-place">{place}</p> : null}
            <FindingDetails finding={finding} text={goal} textName="the goal" />
          </li>
        );
      })}
    </ul>
  );
}
