import type { FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { opportunityStatuses, type OpportunityStatus } from '../../domain/opportunity.js';
import { api } from '../api.js';
import { SelectField, TextField, choicesOf } from '../components/fields.js';
import { usePageTitle } from '../components/page-title.js';
import { FormProblem } from '../components/problem-message.js';
import { orNull, useDraft, useSubmission } from '../form.js';
import { opportunityStatusLabels } from '../labels.js';
import { emptyPosting, postingFields, type PostingDraft } from '../posting/posting-draft.js';
import type { PostingFile } from '../posting/posting-file.js';
import { PostingInput } from '../posting/posting-input.js';

interface OpportunityDraft {
  readonly company: string;
  readonly role: string;
  readonly location: string;
  readonly postingUrl: string;
  readonly posting: PostingDraft;
  readonly status: OpportunityStatus;
}

const emptyOpportunity: OpportunityDraft = {
  company: '',
  role: '',
  location: '',
  postingUrl: '',
  posting: emptyPosting,
  status: 'interviewing',
};

/** Adds an opportunity: the company, the role and the job posting as the candidate has it. */
export function NewOpportunityPage() {
  usePageTitle('Add an opportunity');
  const navigate = useNavigate();
  const { pending, problem, fieldErrors, submit } = useSubmission();
  const { draft, set, field, choice } = useDraft(emptyOpportunity, { errors: fieldErrors });
  /** A saved page names the job: fill in what the candidate has not typed yet, and say so. */
  const fillFrom = ({ names }: PostingFile): string => {
    const filled: string[] = [];
    if (names.company && draft.company.trim() === '') {
      set('company', names.company);
      filled.push('company');
    }
    if (names.title && draft.role.trim() === '') {
      set('role', names.title);
      filled.push('role');
    }
    if (filled.length === 0) return '';
    return `The ${filled.join(' and ')} ${filled.length > 1 ? 'are' : 'is'} filled in from it.`;
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    void submit(async () => {
      const opportunity = await api.create('opportunity', {
        company: draft.company,
        role: draft.role,
        status: draft.status,
        location: orNull(draft.location),
        postingUrl: orNull(draft.postingUrl),
        ...postingFields(draft.posting),
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
        <PostingInput
          value={draft.posting}
          onChange={(posting) => set('posting', posting)}
          onRead={fillFrom}
          error={fieldErrors.postingHtml ?? fieldErrors.postingText}
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
