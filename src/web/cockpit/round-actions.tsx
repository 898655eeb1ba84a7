import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { Round } from '../../domain/round.js';
import { api } from '../api.js';
import { Disclosure } from '../components/disclosure.js';
import { DownloadButton } from '../components/download-button.js';
import { FormProblem } from '../components/problem-message.js';
import { filePaths } from '../follow-through-api.js';
import { useSubmission } from '../form.js';
import { roundName } from './cockpit-data.js';
import { RoundDatesForm } from './round-dates-form.js';

/**
 * The ways on from a round: its plan and day-of brief, marking it done once it happened, its
 * debrief and reflection, the calendar file, and changing its dates.
 */
export function RoundActions({
  round,
  onChanged,
}: {
  readonly round: Round;
  /** The round was changed; `summary` says how. */
  readonly onChanged: (summary: string) => void;
}) {
  const { pending, problem, submit } = useSubmission();
  const name = roundName(round);
  const debriefLink = useRef<HTMLAnchorElement>(null);
  const markedDone = useRef(false);
  // The "Mark as done" button goes away once the round is done: keep the keyboard user's place
  // on the debrief that replaces it.
  useEffect(() => {
    if (markedDone.current && round.status === 'completed') debriefLink.current?.focus();
  }, [round.status]);

  const markDone = () =>
    submit(async () => {
      await api.update('round', round.id, { status: 'completed' });
      markedDone.current = true;
      onChanged(`${name} marked as done. Note how it went while you remember.`);
    });
  if (round.status === 'cancelled') return null;
  return (
    <>
      <FormProblem problem={problem} />
      <p className="round-actions">
        <Link to={`/rounds/${round.id}/plan`} className="button secondary">
          Plan this round<span className="visually-hidden"> ({name})</span>
        </Link>
        {round.number !== null ? (
          <Link
            to={`/opportunities/${round.opportunityId}/brief?round=${round.number}`}
            className="button secondary"
          >
            Day-of brief<span className="visually-hidden"> ({name})</span>
          </Link>
        ) : null}
        {round.status === 'completed' ? (
          <>
            <Link ref={debriefLink} to={`/rounds/${round.id}/debrief`} className="button secondary">
              Debrief<span className="visually-hidden"> ({name})</span>
            </Link>
            <Link to={`/rounds/${round.id}/reflection`} className="button secondary">
              Reflect<span className="visually-hidden"> on {name}</span>
            </Link>
          </>
        ) : (
          <button
            type="button"
            className="button secondary"
            disabled={pending}
            onClick={() => void markDone()}
          >
            {pending ? 'Saving…' : 'Mark as done'}
            <span className="visually-hidden"> ({name})</span>
          </button>
        )}
        {round.status === 'scheduled' && round.startsAt ? (
          <DownloadButton
            path={filePaths.calendar(round.id)}
            filename={`round-${round.number ?? ''}.ics`}
            label="Add to calendar (.ics)"
            detail={`(${name})`}
          />
        ) : null}
      </p>
      <Disclosure label="Change dates" detail={`(${name})`}>
        {(close) => (
          <RoundDatesForm
            round={round}
            onCancel={close}
            onSaved={(summary) => {
              close();
              onChanged(summary);
            }}
          />
        )}
      </Disclosure>
    </>
  );
}
