import type { FollowUp } from '../../domain/follow-up.js';
import { api } from '../api.js';
import { TextAreaField, TextField } from '../components/fields.js';
import { FormFrame } from '../components/form-frame.js';
import { useDraft, useSubmission } from '../form.js';

/** Changes the wording of a drafted follow-up before it is sent. */
export function FollowUpForm({
  followUp,
  onSaved,
  onCancel,
}: {
  readonly followUp: FollowUp;
  readonly onSaved: (summary: string) => void;
  readonly onCancel: () => void;
}) {
  const { pending, problem, fieldErrors, submit } = useSubmission();
  const { draft, field } = useDraft(() => ({ subject: followUp.subject, body: followUp.body }), {
    errors: fieldErrors,
  });
  const save = () =>
    void submit(async () => {
      await api.update('followUp', followUp.id, draft);
      onSaved('Follow-up saved.');
    });
  return (
    <FormFrame
      title="Your follow-up"
      problem={problem}
      pending={pending}
      submitLabel="Save follow-up"
      onSubmit={save}
      onCancel={onCancel}
    >
      <TextField label="Subject" {...field('subject')} />
      <TextAreaField
        label="Message"
        rows={9}
        hint="Keep it short and specific: the role, when you met, that you are still interested. No “just checking in”."
        {...field('body')}
        autoFocus
      />
    </FormFrame>
  );
}
