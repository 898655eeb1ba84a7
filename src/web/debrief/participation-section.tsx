import { useEffect, useRef, useState } from 'react';
import type { Participation } from '../../domain/interviewer.js';
import { nameOf, type Debrief } from './debrief-data.js';
import { ParticipationForm } from './participation-form.js';

/** Per person in the round: what you talked about, and any concern they voiced. */
export function ParticipationSection({
  debrief,
  onChanged,
}: {
  readonly debrief: Debrief;
  readonly onChanged: (summary: string) => void;
}) {
  return (
    <section aria-labelledby="people-title">
      <h2 id="people-title">Each person you met</h2>
      <p className="quiet">
        Topics feed your thank-you notes; concerns become questions to prepare for next round.
      </p>
      {debrief.participations.length === 0 ? (
        <p className="quiet">
          No interviewers were added to this round. Add them on the opportunity page.
        </p>
      ) : (
        <ul className="card-grid">
          {debrief.participations.map((participation) => (
            <ParticipationCard
              key={participation.id}
              participation={participation}
              name={nameOf(debrief, participation.interviewerId) ?? 'Someone'}
              onChanged={onChanged}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function ParticipationCard({
  participation,
  name,
  onChanged,
}: {
  readonly participation: Participation;
  readonly name: string;
  readonly onChanged: (summary: string) => void;
}) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  return (
    <li className="card">
      <h3 className="card-title">{name}</h3>
      {editing ? (
        <ParticipationForm
          participation={participation}
          name={name}
          onDone={(summary) => {
            setEditing(false);
            if (summary) onChanged(summary);
          }}
        />
      ) : (
        <>
          <Listed title="Topics discussed" lines={participation.topicsDiscussed} />
          <Listed title="Concerns they voiced" lines={participation.concerns} />
          <button
            ref={editButton}
            type="button"
            className="button link"
            onClick={() => setEditing(true)}
          >
            Note topics and concerns<span className="visually-hidden"> for {name}</span>
          </button>
        </>
      )}
    </li>
  );
}

function Listed({ title, lines }: { readonly title: string; readonly lines: readonly string[] }) {
  return (
    <>
      <h4>{title}</h4>
      {lines.length === 0 ? (
        <p className="quiet">None noted.</p>
      ) : (
        <ul className="bullets">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </>
  );
}
