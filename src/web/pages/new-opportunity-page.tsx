import type { FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { opportunityStatuses, type OpportunityStatus } from '../../domain/opportunity.js';
import { api } from '../api.js';
import { SelectField, TextAreaField, TextField, choicesOf } from '../components/fields.js';
import { usePageTitle } from '../components/page-title.js';
import { FormProblem } from '../components/problem-message.js';
import { orNull, useDraft, useSubmission } from '../form.js';
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
  const { pending, problem, fieldErrors, submit } = useSubmission();
  const { draft, field, choice } = useDraft(emptyOpportunity, { errors: fieldErrors });

  const save = (event: FormEvent) => {
    event.preventDefault();
    void submit(async () => {
      const opportunity = await api.create('opportunity', {
        company: draft.company,
        role: draft.role,
        status: draft.status,
        location: orNull(draft.location),
        postingUrl: orNull(draft.postingUrl),
        postingText: draft.postingText.trim() === '' ? null : draft.postingText,
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
          <TextField label="Company" {...field('company')} required autoComplete="organization" />
          <TextField label="Role" {...field('role')} required autoComplete="organization-title" />
        </div>
        <div className="form-row">
          <TextField
            label="Location"
            hint="For example “Rotterdam, hybrid” or “Remote”."
            {...field('location')}
          />
          <SelectField
            label="Status"
            choices={choicesOf(opportunityStatusLabels)}
            {...choice('status', opportunityStatuses)}
          />
        </div>
        <TextField
          label="Link to the job posting"
          type="url"
          inputMode="url"
          placeholder="https://"
          {...field('postingUrl')}
        />
        <TextAreaField
          label="Job posting"
          hint="Paste the text of the job ad. Postings often disappear once a role is filled; keeping a copy lets Round Two match your stories to it."
          rows={10}
          {...field('postingText')}
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
