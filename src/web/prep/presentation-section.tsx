import './presentation.css';
import { useEffect, useState } from 'react';
import type { PresentationPlan } from '../../domain/format-prep.js';
import type { Rehearsal } from '../../domain/rehearsal.js';
import { api } from '../api.js';
import { EditableList } from '../components/editable-list.js';
import { Loaded } from '../components/loaded.js';
import { useLoad } from '../use-load.js';
import { PresentationPlanForm } from './presentation-plan-form.js';
import { RehearsalHistory } from './rehearsal-history.js';
import { RehearsalMode } from './rehearsal-mode.js';
import { minutesText, planFit, plannedMinutesOf, type RunClock } from './rehearsal-timing.js';

interface PresentationPlans {
  readonly plans: readonly PresentationPlan[];
  /** Each plan's saved run-throughs, by plan id. */
  readonly runs: Readonly<Record<string, readonly Rehearsal[]>>;
}

async function loadPlans(opportunityId: string): Promise<PresentationPlans> {
  const plans = await api.list('presentationPlan', { opportunityId });
  const runs = await Promise.all(
    plans.map((plan) => api.list('rehearsal', { presentationPlanId: plan.id })),
  );
  return { plans, runs: Object.fromEntries(plans.map((plan, i) => [plan.id, runs[i] ?? []])) };
}

/** A rehearsal on screen: the plan as it was at the start, and whether the clock still runs. */
interface Stage {
  readonly plan: PresentationPlan;
  readonly start: RunClock;
  readonly running: boolean;
}

/**
 * The presentations the candidate gives for an opportunity: each plan's timed outline, a
 * rehearsal mode that times a run-through section by section, and the history of run-throughs.
 */
export function PresentationSection({ opportunityId }: { readonly opportunityId: string }) {
  const plans = useLoad(opportunityId, () => loadPlans(opportunityId));
  const [notice, setNotice] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [stage, setStage] = useState<Stage | null>(null);
  // The plan whose "Start rehearsal" button gets the focus back once the rehearsal is closed.
  const [returnTo, setReturnTo] = useState<string | null>(null);
  useEffect(() => {
    if (returnTo === null) return;
    document
      .querySelector<HTMLButtonElement>(`[data-rehearse-plan="${CSS.escape(returnTo)}"]`)
      ?.focus();
    setReturnTo(null);
  }, [returnTo]);
  const changed = (summary: string) => {
    setNotice(summary);
    plans.reload();
  };
  const startRehearsal = (plan: PresentationPlan) => {
    setNotice('');
    setStage({ plan, start: { wallMs: Date.now(), perfMs: performance.now() }, running: true });
  };
  return (
    <>
      <Loaded load={plans} what="your presentation plans">
        {(data) => (
          <EditableList
            title="Presentation"
            hint="Plan the talk section by section, then rehearse it against the clock."
            records={data.plans}
            empty="No presentation planned yet. Add one if a round asks you to present."
            addLabel="Add a presentation plan"
            nameOf={(plan) => plan.topic}
            summary={(plan) => (
              <PlanSummary
                plan={plan}
                runs={data.runs[plan.id] ?? []}
                rehearsing={stage?.running ?? false}
                onRehearse={() => startRehearsal(plan)}
                onChanged={changed}
              />
            )}
            form={(props) => <PresentationPlanForm opportunityId={opportunityId} {...props} />}
            remove={(plan) => api.remove('presentationPlan', plan.id)}
            onChanged={changed}
          />
        )}
      </Loaded>
      <p role="status" className="notice">
        {notice}
      </p>
      <p className="visually-hidden rehearsal-announcer" aria-live="polite">
        {announcement}
      </p>
      {stage ? (
        <RehearsalMode
          key={stage.start.perfMs}
          plan={stage.plan}
          start={stage.start}
          announce={setAnnouncement}
          onFinished={() => setStage({ ...stage, running: false })}
          onSaved={plans.reload}
          onClose={() => {
            setStage(null);
            setAnnouncement('');
            setReturnTo(stage.plan.id);
          }}
        />
      ) : null}
    </>
  );
}

function PlanSummary({
  plan,
  runs,
  rehearsing,
  onRehearse,
  onChanged,
}: {
  readonly plan: PresentationPlan;
  readonly runs: readonly Rehearsal[];
  readonly rehearsing: boolean;
  readonly onRehearse: () => void;
  readonly onChanged: (summary: string) => void;
}) {
  const facts = [
    plan.audience ? `For ${plan.audience}` : null,
    plan.timeLimitMinutes === null ? 'No time limit' : `${plan.timeLimitMinutes} minute limit`,
    `${plan.sections.length} ${plan.sections.length === 1 ? 'section' : 'sections'}`,
  ].filter((fact) => fact !== null);
  return (
    <div className="presentation-plan">
      <h3 className="card-title">{plan.topic}</h3>
      <p className="quiet">{facts.join(' · ')}</p>
      {plan.sections.length > 0 ? (
        <ol className="plan-outline">
          {plan.sections.map((section, index) => (
            <li key={index}>
              {section.title} <span className="quiet">— {minutesText(section.plannedMinutes)}</span>
            </li>
          ))}
        </ol>
      ) : null}
      <p className="plan-fit">{planFit(plannedMinutesOf(plan.sections), plan.timeLimitMinutes)}</p>
      <p>
        <button
          type="button"
          className="button"
          data-rehearse-plan={plan.id}
          disabled={rehearsing}
          onClick={onRehearse}
        >
          Start rehearsal<span className="visually-hidden">: {plan.topic}</span>
        </button>
      </p>
      <RehearsalHistory plan={plan} rehearsals={runs} onDeleted={onChanged} />
    </div>
  );
}
