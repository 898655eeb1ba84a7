import type { FormEvent } from 'react';
import type { AudienceKind } from '../../domain/interviewer.js';
import { api } from '../api.js';
import {
  CheckboxGroup,
  SelectField,
  TextAreaField,
  TextField,
  choicesOf,
  type Choice,
} from '../components/fields.js';
import { FormProblem } from '../components/problem-message.js';
import { linesOf, orNull, useDraft, useSubmission } from '../form.js';
import { audienceLabels } from '../labels.js';
import { roundName, type Cockpit } from './cockpit-data.js';

interface InterviewerDraft {
  readonly name: string;
  readonly title: string;
  readonly department: string;
  readonly audienceKind: AudienceKind | '';
  readonly email: string;
  readonly profileUrl: string;
  readonly priorities: string;
  readonly roundIds: readonly string[];
}

const emptyInterviewer: InterviewerDraft = {
  name: '',
  title: '',
  department: '',
  audienceKind: '',
  email: '',
  profileUrl: '',
  priorities: '',
  roundIds: [],
};

const audienceChoices: Choice<AudienceKind | ''>[] = [
  { value: '', label: 'Not sure yet' },
  ...choicesOf(audienceLabels),
];
const audienceValues = audienceChoices.map((choice) => choice.value);

/** Adds a person the candidate will meet, and the rounds they sit in. */
export function AddInterviewerForm({
  cockpit,
  onSaved,
}: {
  readonly cockpit: Cockpit;
  readonly onSaved: (summary: string) => void;
}) {
  const { pending, problem, fieldErrors, submit } = useSubmission();
  const { draft, set, field, choice } = useDraft(emptyInterviewer, { errors: fieldErrors });

  const save = (event: FormEvent) => {
    event.preventDefault();
    void submit(async () => {
      const interviewer = await api.create('interviewer', {
        opportunityId: cockpit.opportunity.id,
        name: draft.name,
        title: orNull(draft.title),
        department: orNull(draft.department),
        audienceKind: draft.audienceKind === '' ? null : draft.audienceKind,
        email: orNull(draft.email),
        profileUrl: orNull(draft.profileUrl),
        priorities: linesOf(draft.priorities),
      });
      await Promise.all(
        draft.roundIds.map((roundId) =>
          api.create('participation', { roundId, interviewerId: interviewer.id }),
        ),
      );
      onSaved(`${interviewer.name} added.`);
    });
  };

  return (
    <form className="form" onSubmit={save} noValidate aria-labelledby="add-interviewer-title">
      <h3 id="add-interviewer-title">Add an interviewer</h3>
      <FormProblem problem={problem} />
      <div className="form-row">
        <TextField label="Name" {...field('name')} required autoFocus />
        <TextField label="Job title" {...field('title')} />
      </div>
      <div className="form-row">
        <TextField label="Department" {...field('department')} />
        <SelectField
          label="Their part in hiring"
          hint="It shapes the questions they are likely to ask."
          choices={audienceChoices}
          {...choice('audienceKind', audienceValues)}
        />
      </div>
      <div className="form-row">
        <TextField label="Email" type="email" {...field('email')} />
        <TextField
          label="Profile link"
          type="url"
          inputMode="url"
          placeholder="https://"
          {...field('profileUrl')}
        />
      </div>
      <TextAreaField
        label="What they care about"
        hint="One per line, for example “Fewer failed bookings”."
        {...field('priorities')}
      />
      {cockpit.rounds.length > 0 ? (
        <CheckboxGroup
          legend="Rounds they sit in"
          choices={cockpit.rounds.map((round) => ({ value: round.id, label: roundName(round) }))}
          selected={draft.roundIds}
          onChange={(roundIds) => set('roundIds', roundIds)}
        />
      ) : null}
      <div className="actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? 'Saving…' : 'Save interviewer'}
        </button>
      </div>
    </form>
  );
}
