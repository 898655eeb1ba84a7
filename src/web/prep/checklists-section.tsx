import { useRef, useState } from 'react';
import { checklistFormats, type ChecklistFormat } from '../../content/format-checklists.js';
import type { Round, RoundFormat } from '../../domain/round.js';
import { api, toProblem, type ApiProblem } from '../api.js';
import { Loaded } from '../components/loaded.js';
import { formatLabels } from '../labels.js';
import { prepApi, type FormatChecklistView } from '../prep-api.js';
import { useLoad } from '../use-load.js';
import { checklistReadiness } from './checklist-readiness.js';
import './checklists.css';

const hasChecklist = (format: RoundFormat): format is ChecklistFormat =>
  (checklistFormats as readonly RoundFormat[]).includes(format);

/**
 * The checklist of each format of the next round that has one. Ticks are kept on the round
 * (`checklistDone`); each checklist says whether readiness counts them (`checklistReadiness`).
 */
export function ChecklistsSection({ round }: { readonly round: Round | undefined }) {
  const shown = (round?.formats ?? []).filter(hasChecklist);
  const checklists = useLoad(shown.join(','), () =>
    Promise.all(shown.map((format) => prepApi.formatChecklist(format))),
  );
  return (
    <section aria-labelledby="checklists-title">
      <h2 id="checklists-title">Format checklists</h2>
      {!round || shown.length === 0 ? (
        <p className="quiet">
          The next round has no format with a checklist. Set its formats on the opportunity page.
        </p>
      ) : (
        <Loaded load={checklists} what="the checklists">
          {(lists) => <Checklists key={round.id} round={round} formats={shown} lists={lists} />}
        </Loaded>
      )}
    </section>
  );
}

function Checklists({
  round,
  formats,
  lists,
}: {
  readonly round: Round;
  readonly formats: readonly ChecklistFormat[];
  readonly lists: readonly FormatChecklistView[];
}) {
  const { done, problem, tick } = useTicks(round);
  return (
    <>
      <p className="quiet">
        For round {round.number ?? 1}. A tick is saved as soon as you make it.
      </p>
      <ProblemRegion problem={problem} />
      {lists.map((list, index) => {
        const format = formats[index] ?? 'panel';
        const ticked = list.items.filter((item) => done.has(item.id)).length;
        return (
          <fieldset
            key={list.format}
            className="format-checklist"
            data-format={format}
            aria-describedby={`readiness-${format}`}
          >
            <legend>
              {formatLabels[format]}{' '}
              <span className="count">
                {ticked} of {list.items.length} done
              </span>
            </legend>
            <p id={`readiness-${format}`} className="quiet checklist-readiness">
              {checklistReadiness[format].note}
            </p>
            <ul>
              {list.items.map((item) => (
                <li key={item.id}>
                  <input
                    type="checkbox"
                    id={`check-${item.id}`}
                    aria-describedby={`why-${item.id}`}
                    checked={done.has(item.id)}
                    onChange={(event) => tick(item.id, event.currentTarget.checked)}
                  />
                  <label htmlFor={`check-${item.id}`}>{item.text}</label>
                  <p id={`why-${item.id}`} className="quiet">
                    {item.why}
                  </p>
                </li>
              ))}
            </ul>
          </fieldset>
        );
      })}
    </>
  );
}

function ProblemRegion({ problem }: { readonly problem: ApiProblem | null }) {
  return problem ? (
    <div className="problem" role="alert">
      <p>Your last tick was not saved. {problem.detail}</p>
    </div>
  ) : null;
}

/**
 * The round's ticked items, shown at once and saved one change after another: each save sends
 * the whole list as it stands then, so the last one wins even when the candidate ticks quickly.
 * A failed save puts back what the server last confirmed and says why.
 */
function useTicks(round: Round) {
  const [done, setDone] = useState<ReadonlySet<string>>(() => new Set(round.checklistDone));
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const latest = useRef(done);
  const confirmed = useRef<readonly string[]>(round.checklistDone);
  const saving = useRef<Promise<void>>(Promise.resolve());

  const tick = (id: string, checked: boolean) => {
    const next = new Set(latest.current);
    if (checked) next.add(id);
    else next.delete(id);
    latest.current = next;
    setDone(next);
    setProblem(null);
    saving.current = saving.current.then(async () => {
      // Ids of other formats, or of items since removed from the checklists, are kept as they are.
      const list = [...latest.current];
      try {
        const saved = await api.update('round', round.id, { checklistDone: list });
        confirmed.current = saved.checklistDone;
      } catch (error) {
        latest.current = new Set(confirmed.current);
        setDone(latest.current);
        setProblem(toProblem(error));
      }
    });
  };
  return { done, problem, tick };
}
