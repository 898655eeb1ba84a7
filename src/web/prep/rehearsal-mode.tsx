import { useEffect, useRef, useState } from 'react';
import { clock, timeRehearsal, type RehearsalReport } from '../../coach/rehearsal.js';
import type { PresentationPlan } from '../../domain/format-prep.js';
import { api } from '../api.js';
import { FormProblem } from '../components/problem-message.js';
import { useSubmission } from '../form.js';
import { useElapsed } from '../practice/answer-timer.js';
import { RehearsalReportView } from './rehearsal-report.js';
import { instantOf, isNextSectionKey, overUnder, type RunClock } from './rehearsal-timing.js';

/** Whether a key press went to something the candidate types into. */
function inField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

const sectionLine = (plan: PresentationPlan, index: number) => {
  const section = plan.sections[index];
  if (!section) return '';
  const planned = clock(Math.round(section.plannedMinutes * 60));
  return `Section ${index + 1} of ${plan.sections.length}: ${section.title}, ${planned} planned.`;
};

/**
 * A timed run-through of a plan, started at `start`: the current section with its notes and a
 * live clock; "Next section" (or N, →, Page Down) records the instant. At the end it saves the
 * run-through and shows the report, computed here so it appears at once. `onClose` (stop without
 * saving, or close the report) is for the caller to put the focus back where the rehearsal began.
 */
export function RehearsalMode({
  plan,
  start,
  announce,
  onFinished,
  onSaved,
  onClose,
}: {
  /** The plan as it was when the rehearsal started. */
  readonly plan: PresentationPlan;
  readonly start: RunClock;
  /** Says something to screen readers through the section's live region. */
  readonly announce: (text: string) => void;
  readonly onFinished: () => void;
  readonly onSaved: () => void;
  readonly onClose: () => void;
}) {
  const [marks, setMarks] = useState<number[]>([start.perfMs]);
  const [report, setReport] = useState<{ timestamps: string[]; report: RehearsalReport }>();
  const { pending, problem, submit } = useSubmission();
  const [saved, setSaved] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const running = report === undefined;
  const current = marks.length - 1;
  const last = current >= plan.sections.length - 1;
  const sectionSeconds = Math.floor(useElapsed(marks.at(-1) ?? start.perfMs, null));
  const totalSeconds = Math.floor(useElapsed(start.perfMs, null));

  useEffect(() => {
    announce(`Rehearsal started. ${sectionLine(plan, 0)}`);
    // Once, when the rehearsal opens; each later section is announced by `next`.
  }, []);
  // The heading takes the focus when the rehearsal opens, and again when the report replaces the
  // button that finished it, so the focus does not fall back to the page.
  useEffect(() => {
    heading.current?.focus();
  }, [running]);

  const save = (timestamps: string[]) =>
    submit(async () => {
      await api.create('rehearsal', { presentationPlanId: plan.id, timestamps });
      setSaved(true);
      announce('Run-through saved.');
      onSaved();
    });

  const finish = (ended: number[]) => {
    const timestamps = ended.map((mark) => instantOf(start, mark));
    const timed = timeRehearsal(plan, timestamps);
    setReport({ timestamps, report: timed });
    onFinished();
    announce(`Run-through finished in ${clock(timed.totalSeconds)}. Saving it.`);
    void save(timestamps);
  };

  const next = () => {
    if (!running) return;
    const ended = [...marks, performance.now()];
    if (ended.length - 1 >= Math.max(plan.sections.length, 1)) {
      finish(ended);
      return;
    }
    setMarks(ended);
    announce(sectionLine(plan, ended.length - 1));
  };
  const latestNext = useRef(next);
  latestNext.current = next;

  useEffect(() => {
    if (!running) return;
    const onKey = (event: KeyboardEvent) => {
      const press = {
        key: event.key,
        repeat: event.repeat,
        altKey: event.altKey,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        inField: inField(event.target),
      };
      if (!isNextSectionKey(press)) return;
      event.preventDefault();
      latestNext.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [running]);

  const section = plan.sections[current];
  const plannedSeconds = section ? Math.round(section.plannedMinutes * 60) : 0;
  const over = sectionSeconds - plannedSeconds;
  const upNext = plan.sections[current + 1];
  return (
    <section aria-labelledby="rehearsal-title" className="rehearsal">
      <h2 id="rehearsal-title" ref={heading} tabIndex={-1}>
        {running ? 'Rehearsing' : 'Run-through of'} “{plan.topic}”
      </h2>
      {running ? (
        <>
          <p className="hint">
            Press N, the right arrow or Page Down — or a presentation clicker — for the next
            section.
          </p>
          <div className="rehearsal-now" data-over={over > 0}>
            {section ? (
              <>
                <p className="rehearsal-step">
                  Section {current + 1} of {plan.sections.length}
                </p>
                <h3 className="rehearsal-section-title">{section.title}</h3>
                <p className="rehearsal-clock">
                  <span className="rehearsal-elapsed">{clock(sectionSeconds)}</span> of{' '}
                  {clock(plannedSeconds)} planned —{' '}
                  <strong className="rehearsal-left">
                    {over > 0 ? overUnder(over) : `${clock(-over)} left`}
                  </strong>
                </p>
                {section.notes ? <p className="rehearsal-notes">{section.notes}</p> : null}
                {upNext ? <p className="quiet">Next: {upNext.title}</p> : null}
              </>
            ) : (
              <p>This plan has no sections yet: the clock times the whole talk.</p>
            )}
          </div>
          <p className="rehearsal-total">
            Total {clock(totalSeconds)}
            {plan.timeLimitMinutes === null ? '' : ` of the ${plan.timeLimitMinutes} minute limit`}
          </p>
          <div className="actions">
            <button type="button" className="button" onClick={next}>
              {last ? 'Finish' : 'Next section'}
            </button>
            {last ? null : (
              <button
                type="button"
                className="button secondary"
                onClick={() => finish([...marks, performance.now()])}
              >
                Finish now
              </button>
            )}
            <button type="button" className="button link" onClick={onClose}>
              Stop without saving
            </button>
          </div>
        </>
      ) : (
        <>
          <FormProblem problem={problem} />
          <p className="notice">{pending ? 'Saving the run-through…' : saved ? 'Saved.' : ''}</p>
          <RehearsalReportView report={report.report} />
          <div className="actions">
            {problem ? (
              <button type="button" className="button" onClick={() => void save(report.timestamps)}>
                Try saving again
              </button>
            ) : null}
            <button type="button" className="button secondary" onClick={onClose}>
              Close the report
            </button>
          </div>
        </>
      )}
    </section>
  );
}
