import { useId, useState } from 'react';
import type { GoalMatch, ResponsibilityAddressed } from '../../coach/day-plan-check.js';
import {
  dayPlanPhaseLabels,
  dayPlanPhases,
  goalMatchMinimum,
  type DayPlanPhase,
} from '../../content/day-plan.js';
import { choicesOf, SelectField } from '../components/fields.js';
import { WhyThisNumber } from '../coach/why-this-number.js';

const phaseChoices = choicesOf(dayPlanPhaseLabels);

/**
 * The posting's responsibilities, each marked addressed (by which goals, through which shared
 * words) or not; an unaddressed one offers to draft a goal from it into a chosen phase.
 */
export function ResponsibilityList({
  responsibilities,
  onDraft,
}: {
  readonly responsibilities: readonly ResponsibilityAddressed[];
  readonly onDraft: (responsibility: string, phase: DayPlanPhase) => void;
}) {
  const addressed = responsibilities.filter((item) => item.goals.length > 0).length;
  return (
    <>
      <p className="quiet" role="status">
        Your goals address {addressed} of the {responsibilities.length}{' '}
        {responsibilities.length === 1 ? 'responsibility' : 'responsibilities'}.
      </p>
      <ul className="day-plan-responsibilities" aria-label="Responsibilities in the posting">
        {responsibilities.map((item, position) => (
          <li
            key={`${position}-${item.responsibility}`}
            className="day-plan-responsibility"
            data-addressed={item.goals.length > 0}
          >
            <Responsibility item={item} onDraft={onDraft} />
          </li>
        ))}
      </ul>
      <WhyThisNumber thresholds={[goalMatchMinimum]} summary="When a goal counts" />
    </>
  );
}

function Responsibility({
  item,
  onDraft,
}: {
  readonly item: ResponsibilityAddressed;
  readonly onDraft: (responsibility: string, phase: DayPlanPhase) => void;
}) {
  const textId = useId();
  return (
    <>
      <p className="responsibility-text" id={textId}>
        {item.responsibility}
      </p>
      {item.goals.length > 0 ? (
        <Addressed goals={item.goals} />
      ) : (
        <DraftGoal responsibility={item.responsibility} describedBy={textId} onDraft={onDraft} />
      )}
    </>
  );
}

function Addressed({ goals }: { readonly goals: readonly GoalMatch[] }) {
  return (
    <div className="responsibility-status">
      <p>
        <span className="status-badge addressed">Addressed</span> by:
      </p>
      <ul className="responsibility-goals">
        {goals.map((goal) => (
          <li key={`${goal.phase}-${goal.index}`}>
            {dayPlanPhaseLabels[goal.phase]}, goal {goal.index + 1}: “{goal.goal}”{' '}
            <span className="quiet">(shared: {goal.terms.join(', ')})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function DraftGoal({
  responsibility,
  describedBy,
  onDraft,
}: {
  readonly responsibility: string;
  /** The id of the responsibility's text, which tells the otherwise alike phase menus apart. */
  readonly describedBy: string;
  readonly onDraft: (responsibility: string, phase: DayPlanPhase) => void;
}) {
  const [phase, setPhase] = useState<DayPlanPhase>('first60');
  const choose = (value: string) => {
    const chosen = dayPlanPhases.find((each) => each === value);
    if (chosen) setPhase(chosen);
  };
  return (
    <div className="responsibility-status">
      <p>
        <span className="status-badge unaddressed">Not addressed yet</span>
      </p>
      <div className="draft-goal">
        <SelectField
          label="Add a goal for it to"
          choices={phaseChoices}
          value={phase}
          aria-describedby={describedBy}
          onChange={(event) => choose(event.currentTarget.value)}
        />
        <button
          type="button"
          className="button secondary"
          onClick={() => onDraft(responsibility, phase)}
        >
          Add as a goal<span className="visually-hidden">: {responsibility}</span>
        </button>
      </div>
    </div>
  );
}
