import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { Opportunity } from '../../domain/opportunity.js';
import { afterRoundApi, type NextRoundResult } from '../after-round-api.js';
import { TextField } from '../components/fields.js';
import { FormFrame } from '../components/form-frame.js';
import { useDraft, useSubmission } from '../form.js';

/**
 * "Another round": creates round N+1 with the last round's people and time zone, then shows what
 * carries over (stories told to whom, open promises, questions already asked) and the way into it.
 */
export function NextRoundForm({
  opportunity,
  onCreated,
  onCancel,
}: {
  readonly opportunity: Opportunity;
  readonly onCreated: (summary: string) => void;
  readonly onCancel: () => void;
}) {
  const { pending, problem, fieldErrors, submit } = useSubmission();
  const { draft, field } = useDraft({ date: '', time: '' }, { errors: fieldErrors });
  const [created, setCreated] = useState<NextRoundResult | null>(null);
  const save = () =>
    void submit(async () => {
      const startsAt = draft.date && draft.time ? `${draft.date} ${draft.time}` : undefined;
      const result = await afterRoundApi.nextRound(opportunity.id, startsAt ? { startsAt } : {});
      setCreated(result);
      onCreated(`Round ${result.round.number ?? ''} added.`);
    });
  if (created) return <NextRoundCreated result={created} />;
  return (
    <FormFrame
      title="Another round"
      problem={problem}
      pending={pending}
      submitLabel="Add the next round"
      onSubmit={save}
      onCancel={onCancel}
    >
      <p className="field-hint">
        The new round keeps the last one’s people and time zone. Add the date now if you have it;
        you can also add it later.
      </p>
      <div className="form-row">
        <TextField label="Date (optional)" type="date" {...field('date')} />
        <TextField
          label="Time (optional)"
          type="time"
          {...field('time')}
          error={fieldErrors.startsAt}
        />
      </div>
    </FormFrame>
  );
}

function NextRoundCreated({ result }: { readonly result: NextRoundResult }) {
  const name = `Round ${result.round.number ?? ''}`;
  // It replaces the form the keyboard user was in.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="callout next-round-created">
      <h3 ref={heading} tabIndex={-1}>
        {name} is ready to prepare
      </h3>
      {result.seated.length > 0 ? (
        <p>With {result.seated.map((person) => person.name).join(', ')}, as last time.</p>
      ) : null}
      {result.carryOver.reminders.length > 0 ? (
        <>
          <p>Carried over from earlier rounds:</p>
          <ul className="bullets">
            {result.carryOver.reminders.map((reminder) => (
              <li key={reminder}>{reminder}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="actions">
        <Link to={`/rounds/${result.round.id}/plan`} className="button">
          Plan {name}
        </Link>
        <Link to={`/opportunities/${result.round.opportunityId}`} className="button secondary">
          Back to the opportunity
        </Link>
      </p>
    </div>
  );
}
