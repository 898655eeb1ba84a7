import type { Feedback } from '../../domain/debrief.js';
import { api } from '../api.js';
import { RadioGroup } from '../components/choice-fields.js';
import type { ListFormProps } from '../components/editable-row.js';
import { SelectField, TextAreaField, choicesOf } from '../components/fields.js';
import { FormFrame } from '../components/form-frame.js';
import { useDraft, useSubmission } from '../form.js';
import { interviewerChoices, referenceOf, type Debrief } from './debrief-data.js';
import { toneLabels } from './debrief-labels.js';

interface FeedbackDraft {
  readonly feedback: string;
  readonly fromInterviewerId: string;
  readonly tone: Feedback['tone'];
}

/** Adds or changes feedback the candidate heard about the round, and from whom. */
export function FeedbackForm({
  debrief,
  record,
  onSaved,
  onCancel,
}: ListFormProps<Feedback> & { readonly debrief: Debrief }) {
  const { pending, problem, fieldErrors, submit } = useSubmission();
  const { draft, set, field } = useDraft<FeedbackDraft>(
    () => ({
      feedback: record?.feedback ?? '',
      fromInterviewerId: record?.fromInterviewerId ?? '',
      tone: record?.tone ?? 'neutral',
    }),
    { errors: fieldErrors },
  );
  const save = () =>
    void submit(async () => {
      const values = {
        feedback: draft.feedback,
        fromInterviewerId: referenceOf(draft.fromInterviewerId),
        tone: draft.tone,
      };
      if (record) await api.update('feedback', record.id, values);
      else await api.create('feedback', { roundId: debrief.round.id, ...values });
      onSaved(record ? 'Feedback saved.' : 'Feedback added.');
    });

  return (
    <FormFrame
      title={record ? 'Change the feedback' : 'Add feedback you received'}
      problem={problem}
      pending={pending}
      submitLabel="Save feedback"
      onSubmit={save}
      onCancel={onCancel}
    >
      <TextAreaField label="What they said" rows={3} {...field('feedback')} required autoFocus />
      <SelectField
        label="From"
        hint="The recruiter often passes feedback on; pick who it came from if you know."
        choices={interviewerChoices(debrief, 'Not sure, or someone not listed')}
        {...field('fromInterviewerId')}
      />
      <RadioGroup
        legend="How it sounded"
        name="tone"
        hint="Concerns go into the next round’s plan as questions to prepare for."
        choices={choicesOf(toneLabels)}
        value={draft.tone}
        onChange={(tone) => set('tone', tone)}
        error={fieldErrors.tone}
      />
    </FormFrame>
  );
}
