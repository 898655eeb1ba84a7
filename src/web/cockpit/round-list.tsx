import type { Round } from '../../domain/round.js';
import { formatLabels, roundStatusLabels } from '../labels.js';
import { browserTimeZone, describeStart } from '../round-time.js';
import { interviewersOf, roundName, type Cockpit } from './cockpit-data.js';
import { RoundActions } from './round-actions.js';

/** Every round of the opportunity, in order, with when, how, where and who. */
export function RoundList({
  cockpit,
  onChanged,
}: {
  readonly cockpit: Cockpit;
  /** A round was changed from its card; `summary` says how. */
  readonly onChanged: (summary: string) => void;
}) {
  if (cockpit.rounds.length === 0) {
    return <p className="quiet">No rounds yet.</p>;
  }
  return (
    <ol className="card-list rounds">
      {cockpit.rounds.map((round) => (
        <RoundItem key={round.id} round={round} cockpit={cockpit} onChanged={onChanged} />
      ))}
    </ol>
  );
}

function RoundItem({
  round,
  cockpit,
  onChanged,
}: {
  readonly round: Round;
  readonly cockpit: Cockpit;
  readonly onChanged: (summary: string) => void;
}) {
  const people = interviewersOf(cockpit, round.id);
  const details = [
    round.formats.map((format) => formatLabels[format]).join(', '),
    round.durationMinutes ? `${round.durationMinutes} minutes` : '',
  ].filter(Boolean);
  return (
    <li className="card round" data-round-number={round.number ?? undefined}>
      <h3 className="card-title">
        {roundName(round)}
        {round.status === 'scheduled' ? null : (
          <span className="status-tag">{roundStatusLabels[round.status]}</span>
        )}
      </h3>
      <p className="round-start">
        {round.startsAt
          ? describeStart(round.startsAt, round.timeZone, browserTimeZone())
          : 'Date not set yet'}
      </p>
      {details.length > 0 ? <p>{details.join(' · ')}</p> : null}
      <dl className="facts">
        {round.location ? (
          <>
            <dt>Where</dt>
            <dd>{round.location}</dd>
          </>
        ) : null}
        {round.videoLink ? (
          <>
            <dt>Video link</dt>
            <dd>
              <a href={round.videoLink} rel="noreferrer" target="_blank">
                {round.videoLink}
              </a>
            </dd>
          </>
        ) : null}
        <dt>With</dt>
        <dd>
          {people.length > 0
            ? people.map((interviewer) => interviewer.name).join(', ')
            : 'No interviewers added yet'}
        </dd>
        {round.expectedDecisionOn ? (
          <>
            <dt>Decision expected</dt>
            <dd>{formatDate(round.expectedDecisionOn)}</dd>
          </>
        ) : null}
      </dl>
      <RoundActions round={round} onChanged={onChanged} />
    </li>
  );
}

/** A calendar date such as `2026-12-04` as "Fri 4 Dec 2026". */
function formatDate(date: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}
