import { DateTime } from 'luxon';
import { useEffect, useRef, useState } from 'react';
import { clock, timeRehearsal } from '../../coach/rehearsal.js';
import type { PresentationPlan } from '../../domain/format-prep.js';
import type { Rehearsal } from '../../domain/rehearsal.js';
import { api, toProblem, type ApiProblem } from '../api.js';
import { ProblemMessage } from '../components/problem-message.js';
import { RehearsalChart } from './rehearsal-chart.js';
import { overUnder } from './rehearsal-timing.js';

const when = (instant: string) =>
  DateTime.fromISO(instant).toLocaleString(DateTime.DATETIME_MED, { locale: 'en-GB' });

/**
 * The saved run-throughs of a plan, newest first: when, how long, and how that compares with the
 * time limit, as a chart and a table; each can be deleted.
 */
export function RehearsalHistory({
  plan,
  rehearsals,
  onDeleted,
}: {
  readonly plan: PresentationPlan;
  readonly rehearsals: readonly Rehearsal[];
  readonly onDeleted: (summary: string) => void;
}) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) keepButton.current?.focus();
  }, [confirming]);

  const runs = rehearsals
    .map((rehearsal) => ({ rehearsal, ...timeRehearsal(plan, rehearsal.timestamps) }))
    .sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  const headingId = `runs-${plan.id}`;

  const remove = async (rehearsal: Rehearsal, date: string) => {
    setPending(true);
    setProblem(null);
    try {
      await api.remove('rehearsal', rehearsal.id);
      setConfirming(null);
      onDeleted(`Deleted the run-through of ${date}.`);
      heading.current?.focus();
    } catch (error) {
      setProblem(toProblem(error));
    } finally {
      setPending(false);
    }
  };

  return (
    <div className="rehearsal-history">
      <h4 id={headingId} ref={heading} tabIndex={-1}>
        Run-throughs
      </h4>
      {runs.length === 0 ? (
        <p className="quiet">None yet: start a rehearsal to time one.</p>
      ) : (
        <>
          <RehearsalChart
            runs={[...runs].reverse().map((run, index) => ({
              id: run.rehearsal.id,
              label: `#${index + 1}`,
              totalSeconds: run.totalSeconds,
            }))}
            limitSeconds={plan.timeLimitMinutes === null ? null : plan.timeLimitMinutes * 60}
          />
          {problem ? <ProblemMessage problem={problem} /> : null}
          <table className="rehearsal-table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">Run</th>
                <th scope="col">When</th>
                <th scope="col">Total</th>
                <th scope="col">Against the limit</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {runs.map((run, index) => {
                const date = when(run.startedAt);
                const hidden = <span className="visually-hidden"> the run-through of {date}</span>;
                return (
                  <tr key={run.rehearsal.id} className="run">
                    <td>#{runs.length - index}</td>
                    <td>{date}</td>
                    <td className="total">{clock(run.totalSeconds)}</td>
                    <td className="against-limit" data-over={(run.overLimitSeconds ?? 0) > 0}>
                      {run.overLimitSeconds === null
                        ? 'no limit set'
                        : run.overLimitSeconds === 0
                          ? 'exactly the limit'
                          : overUnder(run.overLimitSeconds)}
                    </td>
                    <td>
                      {confirming === run.rehearsal.id ? (
                        <span className="row-actions" role="group" aria-label={`Delete ${date}?`}>
                          <button
                            type="button"
                            className="button danger"
                            disabled={pending}
                            onClick={() => void remove(run.rehearsal, date)}
                          >
                            {pending ? 'Deleting…' : 'Delete for good'}
                            {hidden}
                          </button>
                          <button
                            ref={keepButton}
                            type="button"
                            className="button link"
                            onClick={() => setConfirming(null)}
                          >
                            Keep it
                          </button>
                        </span>
                      ) : (
                        <button
                          type="button"
                          className="button link"
                          onClick={() => setConfirming(run.rehearsal.id)}
                        >
                          Delete{hidden}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
