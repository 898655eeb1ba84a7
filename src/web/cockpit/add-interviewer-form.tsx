import { useState, type FormEvent } from 'react';
import { audienceKinds, type AudienceKind } from '../../domain/interviewer.js';
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
import { linesOf, orNull, useSubmission } from '../form.js';
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

/** Adds a person the candidate will meet, and the rounds they sit in. */
export function AddInterviewerForm({
  cockpit,
  onSaved,
}: {
  readonly cockpit: Cockpit;
  readonly onSaved: (summary: string) => void;
}) {
  const [draft, setDraft] = useState(emptyInterviewer);
  const { pending, problem, fieldErrors, submit } = useSubmission();
  const set = <F extends keyof InterviewerDraft>(field: F, value: InterviewerDraft[F]) =>
    setDraft((current) => ({ ...current, [field]: value }));

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
        <TextField
          label="Name"
          name="name"
          value={draft.name}
          onChange={(event) => set('name', event.currentTarget.value)}
          error={fieldErrors.name}
          required
          autoFocus
        />
        <TextField
          label="Job title"
          name="title"
          value={draft.title}
          onChange={(event) => set('title', event.currentTarget.value)}
          error={fieldErrors.title}
        />
      </div>
      <div className="form-row">
        <TextField
          label="Department"
          name="department"
          value={draft.department}
          onChange={(event) => set('department', event.currentTarget.value)}
          error={fieldErrors.department}
        />
        <SelectField
          label="Their part in hiring"
          name="audienceKind"
          hint="It shapes the questions they are likely to ask."
          choices={audienceChoices}
          value={draft.audienceKind}
          onChange={(event) => {
            const value = event.currentTarget.value;
            set('audienceKind', audienceKinds.find((kind) => kind === value) ?? '');
          }}
          error={fieldErrors.audienceKind}
        />
      </div>
      <div className="form-row">
        <TextField
          label="Email"
          name="email"
          type="email"
          value={draft.email}
          onChange={(event) => set('email', event.currentTarget.value)}
          error={fieldErrors.email}
        />
        <TextField
          label="Profile link"
          name="profileUrl"
          type="url"
          inputMode="url"
          placeholder="https://"
          value={draft.profileUrl}
          onChange={(event) => set('profileUrl', event.currentTarget.value)}
          error={fieldErrors.profileUrl}
        />
      </div>
      <TextAreaField
        label="What they care about"
        name="priorities"
        hint="One per line, for example “Fewer failed bookings”."
        value={draft.priorities}
        onChange={(event) => set('priorities', event.currentTarget.value)}
        error={fieldErrors.priorities}
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
