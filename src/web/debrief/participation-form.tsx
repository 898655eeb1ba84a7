import type { Participation } from '../../domain/interviewer.js';
import { api } from '../api.js';
import { TextAreaField } from '../components/fields.js';
import { FormFrame } from '../components/form-frame.js';
import { linesOf, useDraft, useSubmission } from '../form.js';

/** Notes on one person in a round: the topics you talked about and any concern they voiced. */
export function ParticipationForm({
  participation,
  name,
  onDone,
}: {
  readonly participation: Participation;
  readonly name: string;
  /** Saved (with a summary) or cancelled (without). */
  readonly onDone: (summary?: string) => void;
}) {
  const { pending, problem, fieldErrors, submit } = useSubmission();
  const { draft, field } = useDraft(
    () => ({
      topicsDiscussed: participation.topicsDiscussed.join('\n'),
      concerns: participation.concerns.join('\n'),
    }),
    { errors: fieldErrors },
  );
  const save = () =>
    void submit(async () => {
      await api.update('participation', participation.id, {
        topicsDiscussed: linesOf(draft.topicsDiscussed),
        concerns: linesOf(draft.concerns),
      });
      onDone(`Notes on ${name} saved.`);
    });
  return (
    <FormFrame
      title={`Topics and concerns: ${name}`}
      problem={problem}
      pending={pending}
      submitLabel="Save"
      onSubmit={save}
      onCancel={() => onDone()}
    >
      <TextAreaField
        label="Topics discussed"
        hint="One per line, e.g. “the move off the monolith”."
        rows={3}
        {...field('topicsDiscussed')}
        autoFocus
      />
      <TextAreaField
        label="Concerns they voiced"
        hint="One per line, e.g. “not sure I have led a team this size”."
        rows={3}
        {...field('concerns')}
      />
    </FormFrame>
  );
}
