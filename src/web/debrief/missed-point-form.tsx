import type { MissedPoint } from '../../domain/debrief.js';
import { api } from '../api.js';
import { CheckboxField } from '../components/choice-fields.js';
import type { ListFormProps } from '../components/editable-row.js';
import { SelectField, TextAreaField } from '../components/fields.js';
import { FormFrame } from '../components/form-frame.js';
import { useDraft, useSubmission } from '../form.js';
import { interviewerChoices, referenceOf, type Debrief } from './debrief-data.js';

/** Adds or changes a point the candidate meant to get across in the round and did not. */
export function MissedPointForm({
  debrief,
  record,
  onSaved,
  onCancel,
}: ListFormProps<MissedPoint> & { readonly debrief: Debrief }) {
  const { pending, problem, fieldErrors, submit } = useSubmission();
  const { draft, set, field } = useDraft(
    () => ({
      point: record?.point ?? '',
      interviewerId: record?.interviewerId ?? '',
      addressed: record?.addressed ?? false,
    }),
    { errors: fieldErrors },
  );
  const save = () =>
    void submit(async () => {
      const values = {
        point: draft.point,
        interviewerId: referenceOf(draft.interviewerId),
        addressed: draft.addressed,
      };
      if (record) await api.update('missedPoint', record.id, values);
      else await api.create('missedPoint', { roundId: debrief.round.id, ...values });
      onSaved(record ? 'Point saved.' : 'Point added.');
    });

  return (
    <FormFrame
      title={record ? 'Change the point' : 'Add a point you did not get across'}
      problem={problem}
      pending={pending}
      submitLabel="Save point"
      onSubmit={save}
      onCancel={onCancel}
    >
      <TextAreaField
        label="What you meant to say"
        hint="For example “Did not mention the dashboards I built for the support team”."
        rows={2}
        {...field('point')}
        required
        autoFocus
      />
      <SelectField
        label="Who should hear it"
        choices={interviewerChoices(debrief, 'Anyone in the next round')}
        {...field('interviewerId')}
      />
      <CheckboxField
        label="Already made up for"
        hint="Tick it once you have got it across, in a note or a later round."
        checked={draft.addressed}
        onChange={(checked) => set('addressed', checked)}
      />
    </FormFrame>
  );
}
