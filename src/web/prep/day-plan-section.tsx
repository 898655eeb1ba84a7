import './day-plan.css';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { draftGoal } from '../../coach/day-plan-draft.js';
import { dayPlanPhases, type DayPlanPhase } from '../../content/day-plan.js';
import type { DayPlan } from '../../domain/format-prep.js';
import type { Opportunity } from '../../domain/opportunity.js';
import { api } from '../api.js';
import { CoachState } from '../coach/coach-state.js';
import { useLiveAnalysis } from '../coach/use-live-analysis.js';
import { TextAreaField } from '../components/fields.js';
import { FormFrame } from '../components/form-frame.js';
import { Loaded } from '../components/loaded.js';
import { useSubmission } from '../form.js';
import { useLoad } from '../use-load.js';
import { loadDayPlanCoach } from './day-plan-coach.js';
import {
  goalDraft,
  goalErrorsByKey,
  goalsOf,
  planDraftOf,
  planToSave,
  savedKeysOf,
  type PlanDraft,
  type SavedKeys,
} from './day-plan-draft.js';
import { DayPlanFindings } from './day-plan-findings.js';
import { PhaseGoals } from './day-plan-goals.js';
import { ResponsibilityList } from './day-plan-responsibilities.js';

interface DayPlanData {
  readonly plan: DayPlan | undefined;
  /** The posting's responsibilities; none when there is no posting. */
  readonly responsibilities: readonly string[];
}

async function loadDayPlan(opportunity: Opportunity): Promise<DayPlanData> {
  const hasPosting = Boolean(opportunity.postingHtml ?? opportunity.postingText);
  const [plans, coverage] = await Promise.all([
    api.list('dayPlan', { opportunityId: opportunity.id }),
    hasPosting ? api.coverage(opportunity.id) : undefined,
  ]);
  return { plan: plans[0], responsibilities: coverage?.posting.responsibilities ?? [] };
}

/**
 * The 30-60-90 day plan: goals per phase, checked as they are typed against the posting's
 * responsibilities, with a goal drafted from any responsibility the plan leaves out.
 */
export function DayPlanSection({ opportunity }: { readonly opportunity: Opportunity }) {
  const data = useLoad(opportunity.id, () => loadDayPlan(opportunity));
  return (
    <section aria-labelledby="day-plan-title" className="day-plan">
      <h2 id="day-plan-title">30-60-90 day plan</h2>
      <p className="quiet">
        What you would do in your first three months, in a sensible order: learn, then contribute,
        then improve or lead. Tie each goal to what the posting asks of the role.
      </p>
      <Loaded load={data} what="your 30-60-90 day plan">
        {(loaded) => <DayPlanEditor opportunity={opportunity} data={loaded} />}
      </Loaded>
    </section>
  );
}

function DayPlanEditor({
  opportunity,
  data,
}: {
  readonly opportunity: Opportunity;
  readonly data: DayPlanData;
}) {
  const [saved, setSaved] = useState(data.plan);
  const [draft, setDraft] = useState<PlanDraft>(() => planDraftOf(data.plan));
  const [notice, setNotice] = useState('');
  const [focusKey, setFocusKey] = useState<number>();
  // Which row each saved goal came from, so the server's `first30.N` lands on the right row.
  const [savedKeys, setSavedKeys] = useState<SavedKeys>();
  const { pending, problem, fieldErrors, submit } = useSubmission();
  const goalErrors = goalErrorsByKey(fieldErrors, savedKeys);
  const { responsibilities } = data;
  const goals = goalsOf(draft);
  const coach = useLiveAnalysis(
    'day-plan',
    loadDayPlanCoach,
    JSON.stringify([goals, responsibilities]),
    (check) => check(goals, responsibilities),
  );
  // A goal just added gets the focus, so it can be typed or reworded at once.
  useEffect(() => {
    if (focusKey === undefined) return;
    document.querySelector<HTMLElement>(`[data-goal-key="${focusKey}"]`)?.focus();
  }, [focusKey]);

  const update = (edit: (current: PlanDraft) => PlanDraft) => {
    setNotice('');
    setDraft(edit);
  };
  const addDraft = (responsibility: string, phase: DayPlanPhase) => {
    const goal = goalDraft(draftGoal(responsibility, phase));
    update((current) => ({ ...current, [phase]: [...current[phase], goal] }));
    setFocusKey(goal.key);
  };
  const save = () =>
    submit(async () => {
      const plan = planToSave(draft);
      setSavedKeys(savedKeysOf(draft));
      const record = saved
        ? await api.update('dayPlan', saved.id, plan)
        : await api.create('dayPlan', { opportunityId: opportunity.id, ...plan });
      setSaved(record);
      setNotice('30-60-90 day plan saved.');
    });

  return (
    <div className="day-plan-layout">
      <div className="day-plan-editor">
        <FormFrame
          title="Your goals"
          problem={problem}
          pending={pending}
          submitLabel="Save the plan"
          onSubmit={() => void save()}
        >
          {dayPlanPhases.map((phase) => (
            <PhaseGoals
              key={phase}
              phase={phase}
              goals={draft[phase]}
              errors={goalErrors}
              onChange={(next) => update((current) => ({ ...current, [phase]: next }))}
              onAdded={setFocusKey}
            />
          ))}
          <TextAreaField
            label="Notes"
            hint="What the interviewer said the first months should bring, people to meet, open questions."
            rows={3}
            value={draft.notes}
            onChange={(event) => {
              const notes = event.currentTarget.value;
              update((current) => ({ ...current, notes }));
            }}
            error={fieldErrors.notes}
          />
        </FormFrame>
        <p role="status" className="notice">
          {notice}
        </p>
        <h3>What the coach notices</h3>
        <CoachState coach={coach} secondary={responsibilities.length > 0}>
          {(check) => <DayPlanFindings check={check} goals={goals} />}
        </CoachState>
      </div>
      <div className="day-plan-posting">
        <h3>The posting’s responsibilities</h3>
        {responsibilities.length > 0 ? (
          <CoachState coach={coach}>
            {(check) => (
              <ResponsibilityList responsibilities={check.responsibilities} onDraft={addDraft} />
            )}
          </CoachState>
        ) : (
          <NoResponsibilities opportunity={opportunity} />
        )}
      </div>
    </div>
  );
}

function NoResponsibilities({ opportunity }: { readonly opportunity: Opportunity }) {
  const hasPosting = Boolean(opportunity.postingHtml ?? opportunity.postingText);
  const page = <Link to={`/opportunities/${opportunity.id}`}>opportunity page</Link>;
  return hasPosting ? (
    <p>
      Round Two found no responsibilities in the saved posting. If you saved the job’s page, try
      pasting the text of the ad on the {page} instead.
    </p>
  ) : (
    <p>
      This opportunity has no job posting yet, so the plan cannot be checked against it. Add the
      posting on the {page}, under “Job posting and role fit”.
    </p>
  );
}
