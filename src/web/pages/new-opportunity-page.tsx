import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { opportunityStatuses, type OpportunityStatus } from '../../domain/opportunity.js';
import { api } from '../api.js';
import { SelectField, TextAreaField, TextField, choicesOf } from '../components/fields.js';
import { usePageTitle } from '../components/page-title.js';
import { FormProblem } from '../components/problem-message.js';
import { orNull, useSubmission } from '../form.js';
import { opportunityStatusLabels } from '../labels.js';

interface OpportunityDraft {
  readonly company: string;
  readonly role: string;
  readonly location: string;
  readonly postingUrl: string;
  readonly postingText: string;
  readonly status: OpportunityStatus;
}

const emptyOpportunity: OpportunityDraft = {
  company: '',
  role: '',
  location: '',
  postingUrl: '',
  postingText: '',
  status: 'interviewing',
};

/** Adds an opportunity: the company, the role and the job posting as the candidate has it. */
export function NewOpportunityPage() {
  usePageTitle('Add an opportunity');
  const navigate = useNavigate();
  const [values, setValues] = useState(emptyOpportunity);
  const { pending, problem, fieldErrors, submit } = useSubmission();
  const set =
    <F extends keyof OpportunityDraft>(field: F) =>
    (value: OpportunityDraft[F]) =>
      setValues((current) => ({ ...current, [field]: value }));

  const save = (event: FormEvent) => {
    event.preventDefault();
    void submit(async () => {
      const opportunity = await api.create('opportunity', {
        company: values.company,
        role: values.role,
        status: values.status,
        location: orNull(values.location),
        postingUrl: orNull(values.postingUrl),
        postingText: values.postingText.trim() === '' ? null : values.postingText,
      });
      await navigate(`/opportunities/${opportunity.id}`);
    });
  };

  return (
    <>
      <h1>Add an opportunity</h1>
      <p className="lead">The job you are interviewing for. You can add rounds and people next.</p>
      <form className="form" onSubmit={save} noValidate>
        <FormProblem problem={problem} />
        <div className="form-row">
          <TextField
            label="Company"
            name="company"
            value={values.company}
            onChange={(event) => set('company')(event.currentTarget.value)}
            error={fieldErrors.company}
            required
            autoComplete="organization"
          />
          <TextField
            label="Role"
            name="role"
            value={values.role}
            onChange={(event) => set('role')(event.currentTarget.value)}
            error={fieldErrors.role}
            required
            autoComplete="organization-title"
          />
        </div>
        <div className="form-row">
          <TextField
            label="Location"
            name="location"
            hint="For example “Rotterdam, hybrid” or “Remote”."
            value={values.location}
            onChange={(event) => set('location')(event.currentTarget.value)}
            error={fieldErrors.location}
          />
          <SelectField
            label="Status"
            name="status"
            choices={choicesOf(opportunityStatusLabels)}
            value={values.status}
            onChange={(event) => {
              const status = opportunityStatuses.find((s) => s === event.currentTarget.value);
              if (status) set('status')(status);
            }}
            error={fieldErrors.status}
          />
        </div>
        <TextField
          label="Link to the job posting"
          name="postingUrl"
          type="url"
          inputMode="url"
          placeholder="https://"
          value={values.postingUrl}
          onChange={(event) => set('postingUrl')(event.currentTarget.value)}
          error={fieldErrors.postingUrl}
        />
        <TextAreaField
          label="Job posting"
          name="postingText"
          hint="Paste the text of the job ad. Postings often disappear once a role is filled; keeping a copy lets Round Two match your stories to it."
          rows={10}
          value={values.postingText}
          onChange={(event) => set('postingText')(event.currentTarget.value)}
          error={fieldErrors.postingText}
        />
        <div className="actions">
          <button type="submit" className="button" disabled={pending}>
            {pending ? 'Saving…' : 'Save opportunity'}
          </button>
          <Link to="/" className="button secondary">
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}
