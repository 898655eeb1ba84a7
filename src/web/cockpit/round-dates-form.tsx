import { useId } from 'react';
import { DateTime } from 'luxon';
import { LocalTimeError, instantFromLocal } from '../../domain/local-time.js';
import type { Round } from '../../domain/round.js';
import { ApiProblem, api } from '../api.js';
import { TextField } from '../components/fields.js';
import { FormFrame } from '../components/form-frame.js';
import { orNull, useDraft, useSubmission } from '../form.js';
import { roundName } from './cockpit-data.js';

interface DatesDraft {
  readonly date: string;
  readonly time: string;
  readonly expectedDecisionOn: string;
}

function draftOf(round: Round): DatesDraft {
  const start = round.startsAt ? DateTime.fromISO(round.startsAt, { zone: round.timeZone }) : null;
  return {
    date: start?.toFormat('yyyy-MM-dd') ?? '',
    time: start?.toFormat('HH:mm') ?? '',
    expectedDecisionOn: round.expectedDecisionOn ?? '',
  };
}

/** The start as an instant in the round's zone; a half-filled or skipped time is refused. */
function startOf(draft: DatesDraft, timeZone: string): string | null {
  if (draft.date === '' && draft.time === '') return null;
  const refuse = (detail: string) =>
    new ApiProblem(422, 'Check the form', 'The dates were not saved yet.', [
      { field: 'startsAt', pointer: '#/startsAt', detail },
    ]);
  if (draft.date === '' || draft.time === '') {
    throw refuse('Give both a date and a time, or leave both empty if it is not booked yet.');
  }
  try {
    return instantFromLocal(`${draft.date} ${draft.time}`, timeZone);
  } catch (error) {
    if (error instanceof LocalTimeError) throw refuse(error.message);
    throw error;
  }
}

/**
 * Changes when a round takes place (it was moved) and when they expect to decide, which is when
 * a follow-up falls due if no news comes.
 */
export function RoundDatesForm({
  round,
  onSaved,
  onCancel,
}: {
  readonly round: Round;
  readonly onSaved: (summary: string) => void;
  readonly onCancel: () => void;
}) {
  const { pending, problem, fieldErrors, submit } = useSubmission();
  const { draft, field } = useDraft(() => draftOf(round), { errors: fieldErrors });
  const startErrorId = useId();
  const startError = fieldErrors.startsAt;
  const save = () =>
    void submit(async () => {
      await api.update('round', round.id, {
        startsAt: startOf(draft, round.timeZone),
        expectedDecisionOn: orNull(draft.expectedDecisionOn),
      });
      onSaved(`${roundName(round)}: dates saved.`);
    });
  const described = startError
    ? { 'aria-describedby': startErrorId, 'aria-invalid': true as const }
    : {};
  return (
    <FormFrame
      title={`Dates of ${roundName(round)}`}
      problem={problem}
      pending={pending}
      submitLabel="Save dates"
      onSubmit={save}
      onCancel={onCancel}
    >
      <div className="form-row">
        <TextField label="Date" type="date" {...field('date')} {...described} />
        <TextField
          label={`Time (${round.timeZone.replaceAll('_', ' ')})`}
          type="time"
          {...field('time')}
          {...described}
        />
      </div>
      {startError ? (
        <p className="field-error" id={startErrorId}>
          {startError}
        </p>
      ) : null}
      <TextField
        label="Decision expected by"
        type="date"
        hint="The day they said you would hear back. If it passes without news, Round Two drafts a polite follow-up."
        {...field('expectedDecisionOn')}
      />
    </FormFrame>
  );
}
