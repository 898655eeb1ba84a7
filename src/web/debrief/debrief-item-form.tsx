import type { DebriefItem } from '../../domain/debrief.js';
import { api } from '../api.js';
import { CheckboxField, RadioGroup } from '../components/choice-fields.js';
import type { ListFormProps } from '../components/editable-row.js';
import { SelectField, TextAreaField } from '../components/fields.js';
import { FormFrame } from '../components/form-frame.js';
import { orNull, useDraft, useSubmission } from '../form.js';
import { interviewerChoices, referenceOf, type Debrief } from './debrief-data.js';
import { ratingChoices, ratingValues, type RatingValue } from './debrief-labels.js';

interface ItemDraft {
  readonly question: string;
  readonly askedByInterviewerId: string;
  readonly answerSummary: string;
  readonly selfRating: RatingValue;
  readonly followUpNeeded: boolean;
  readonly storyId: string;
  readonly notes: string;
}

function draftOf(item: DebriefItem | null): ItemDraft {
  return {
    question: item?.question ?? '',
    askedByInterviewerId: item?.askedByInterviewerId ?? '',
    answerSummary: item?.answerSummary ?? '',
    selfRating: ratingValues.find((value) => value === String(item?.selfRating)) ?? '',
    followUpNeeded: item?.followUpNeeded ?? false,
    storyId: item?.storyId ?? '',
    notes: item?.notes ?? '',
  };
}

/** Adds or changes a question asked in a round: by whom, the answer, how it went. */
export function DebriefItemForm({
  debrief,
  record,
  onSaved,
  onCancel,
}: ListFormProps<DebriefItem> & { readonly debrief: Debrief }) {
  const { pending, problem, fieldErrors, submit } = useSubmission();
  const { draft, set, field } = useDraft(() => draftOf(record), { errors: fieldErrors });
  const save = () =>
    void submit(async () => {
      const values = {
        question: draft.question,
        askedByInterviewerId: referenceOf(draft.askedByInterviewerId),
        answerSummary: orNull(draft.answerSummary),
        selfRating: draft.selfRating === '' ? null : Number(draft.selfRating),
        followUpNeeded: draft.followUpNeeded,
        storyId: referenceOf(draft.storyId),
        notes: orNull(draft.notes),
      };
      if (record) await api.update('debriefItem', record.id, values);
      else await api.create('debriefItem', { roundId: debrief.round.id, ...values });
      onSaved(record ? 'Question saved.' : 'Question added.');
    });

  return (
    <FormFrame
      title={record ? 'Change the question' : 'Add a question they asked'}
      problem={problem}
      pending={pending}
      submitLabel="Save question"
      onSubmit={save}
      onCancel={onCancel}
    >
      <TextAreaField label="The question" rows={2} {...field('question')} required autoFocus />
      <SelectField
        label="Asked by"
        choices={interviewerChoices(debrief, 'Not sure, or someone not listed')}
        {...field('askedByInterviewerId')}
      />
      <TextAreaField
        label="Your answer, in brief"
        hint="A line or two: what you said, and what you left out."
        rows={3}
        {...field('answerSummary')}
      />
      <RadioGroup
        legend="How well did you answer?"
        name="selfRating"
        hint="Be honest: answers rated 3 or lower get a follow-up in the next round’s plan."
        choices={ratingChoices}
        value={draft.selfRating}
        onChange={(value) => set('selfRating', value)}
        error={fieldErrors.selfRating}
      />
      <CheckboxField
        label="Follow up in the next round"
        checked={draft.followUpNeeded}
        onChange={(checked) => set('followUpNeeded', checked)}
      />
      <SelectField
        label="Story you told"
        choices={[
          { value: '', label: 'None from my story bank' },
          ...debrief.stories.map((story) => ({ value: story.id, label: story.title })),
        ]}
        {...field('storyId')}
      />
      <TextAreaField label="Notes" rows={2} {...field('notes')} />
    </FormFrame>
  );
}
