import { useRef, useState } from 'react';
import { moveItem, RowActions } from '../components/row-actions.js';
import { dayPlanPhaseLabels, type DayPlanPhase } from '../../content/day-plan.js';
import { TextAreaField } from '../components/fields.js';
import { goalDraft, type GoalDraft } from './day-plan-draft.js';

const phaseHints = {
  first30: 'Learn and listen: the people, the product, how work is done today.',
  first60: 'Contribute: take on real work from the posting.',
  first90: 'Improve or lead: a change you would propose, a result you would own.',
} as const satisfies Record<DayPlanPhase, string>;

/**
 * The goals of one phase of the plan, in order: each goal's text with move and remove, and a
 * button to add one. `onAdded` is told the new goal's key, so the section can move focus to it.
 */
export function PhaseGoals({
  phase,
  goals,
  errors,
  onChange,
  onAdded,
}: {
  readonly phase: DayPlanPhase;
  readonly goals: readonly GoalDraft[];
  /** Why goals were refused, by the key of the goal's row (see `goalErrorsByKey`). */
  readonly errors: ReadonlyMap<number, string>;
  readonly onChange: (goals: GoalDraft[]) => void;
  readonly onAdded: (key: number) => void;
}) {
  const [announcement, setAnnouncement] = useState('');
  const addButton = useRef<HTMLButtonElement>(null);
  const label = dayPlanPhaseLabels[phase];
  const nameOf = (goal: GoalDraft, index: number) => goal.text.trim() || `goal ${index + 1}`;
  const edit = (index: number, text: string) =>
    onChange(goals.map((goal, i) => (i === index ? { ...goal, text } : goal)));
  const move = (index: number, by: -1 | 1) => {
    const goal = goals[index];
    if (!goal) return;
    onChange(moveItem(goals, index, by));
    setAnnouncement(`Moved “${nameOf(goal, index)}” to position ${index + by + 1}.`);
  };
  const remove = (index: number) => {
    const goal = goals[index];
    onChange(goals.filter((_, i) => i !== index));
    if (goal) setAnnouncement(`Removed “${nameOf(goal, index)}” from ${label}.`);
    addButton.current?.focus();
  };
  const add = () => {
    const goal = goalDraft();
    onChange([...goals, goal]);
    onAdded(goal.key);
  };
  return (
    <fieldset className="field-group day-plan-phase" data-phase={phase}>
      <legend>{label}</legend>
      <p className="quiet">{phaseHints[phase]}</p>
      {goals.length === 0 ? <p className="quiet">No goals yet.</p> : null}
      <ol className="day-plan-goals">
        {goals.map((goal, index) => {
          const name = <span className="visually-hidden"> {nameOf(goal, index)}</span>;
          return (
            <li key={goal.key} className="day-plan-goal">
              <TextAreaField
                label={`${label}, goal ${index + 1}`}
                rows={2}
                value={goal.text}
                data-goal-key={goal.key}
                onChange={(event) => edit(index, event.currentTarget.value)}
                error={errors.get(goal.key)}
              />
              <RowActions
                index={index}
                count={goals.length}
                name={name}
                onMove={(by) => move(index, by)}
                onRemove={() => remove(index)}
              />
            </li>
          );
        })}
      </ol>
      <button ref={addButton} type="button" className="button secondary" onClick={add}>
        Add a goal<span className="visually-hidden"> to {label}</span>
      </button>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </fieldset>
  );
}
