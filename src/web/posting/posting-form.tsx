import { useState, type FormEvent } from 'react';
import type { Opportunity } from '../../domain/opportunity.js';
import { api } from '../api.js';
import { FormProblem } from '../components/problem-message.js';
import { useSubmission } from '../form.js';
import { postingDraftOf, postingFields } from './posting-draft.js';
import { PostingInput } from './posting-input.js';

/** Adds or replaces the job posting of an opportunity: pasted text or a saved job page. */
export function PostingForm({
  opportunity,
  onSaved,
}: {
  readonly opportunity: Opportunity;
  readonly onSaved: (summary: string) => void;
}) {
  const { pending, problem, fieldErrors, submit } = useSubmission();
  const [posting, setPosting] = useState(() => postingDraftOf(opportunity));

  const save = (event: FormEvent) => {
    event.preventDefault();
    void submit(async () => {
      await api.update('opportunity', opportunity.id, postingFields(posting));
      onSaved('Job posting saved.');
    });
  };

  return (
    <form className="form" onSubmit={save} noValidate aria-labelledby="posting-form-title">
      <h3 id="posting-form-title">The job posting</h3>
      <FormProblem problem={problem} />
      <PostingInput
        value={posting}
        onChange={setPosting}
        error={fieldErrors.postingHtml ?? fieldErrors.postingText}
      />
      <div className="actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? 'Saving…' : 'Save posting'}
        </button>
      </div>
    </form>
  );
}
