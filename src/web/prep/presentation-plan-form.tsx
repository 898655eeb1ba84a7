import { presentationPlanEntity, type PresentationPlan } from '../../domain/format-prep.js';
import type { FieldProblem } from '../api.js';
import { api } from '../api.js';
import { TextField } from '../components/fields.js';
import { FormFrame } from '../components/form-frame.js';
import type { ListFormProps } from '../components/editable-row.js';
import { assertNoIssues, issuesOf, orNull, useDraft, useSubmission } from '../form.js';
import { PlanSectionsEditor, sectionDraft, type SectionDraft } from './plan-sections-editor.js';
import { minutesFrom } from './rehearsal-timing.js';

interface PlanDraft {
  topic: string;
  audience: string;
  timeLimit: string;
  sections: SectionDraft[];
}

const draftOf = (plan: PresentationPlan | null): PlanDraft => ({
  topic: plan?.topic ?? '',
  audience: plan?.audience ?? '',
  timeLimit: plan?.timeLimitMinutes == null ? '' : String(plan.timeLimitMinutes),
  sections: plan ? plan.sections.map((section) => sectionDraft(section)) : [sectionDraft()],
});

const problemAt = (field: string, detail: string): FieldProblem => ({
  field,
  pointer: `#/${field.split('.').join('/')}`,
  detail,
});

/**
 * The plan's fields as the API takes them, and what is wrong with them: the numbers typed that
 * are not numbers, then the domain's own rules.
 */
function planFrom(opportunityId: string, draft: PlanDraft) {
  const issues: FieldProblem[] = [];
  let timeLimitMinutes: number | null = null;
  if (draft.timeLimit.trim() !== '') {
    const limit = minutesFrom(draft.timeLimit);
    if (limit === undefined || !Number.isInteger(limit) || limit < 1 || limit > 600) {
      issues.push(problemAt('timeLimitMinutes', 'Enter whole minutes from 1 to 600, such as 15.'));
    } else {
      timeLimitMinutes = limit;
    }
  }
  const sections = draft.sections.map((section, index) => {
    const minutes = minutesFrom(section.plannedMinutes);
    if (minutes === undefined) {
      issues.push(
        problemAt(
          `sections.${index}.plannedMinutes`,
          'Enter the planned minutes as a number, such as 2 or 1.5.',
        ),
      );
    }
    return { title: section.title.trim(), plannedMinutes: minutes ?? 0, notes: section.notes };
  });
  const fields = {
    topic: draft.topic.trim(),
    audience: orNull(draft.audience),
    timeLimitMinutes,
    sections,
  };
  issues.push(...issuesOf(presentationPlanEntity.create, { opportunityId, ...fields }));
  return { fields, issues };
}

/** Adds a presentation plan to an opportunity, or changes one. */
export function PresentationPlanForm({
  opportunityId,
  record,
  onSaved,
  onCancel,
}: ListFormProps<PresentationPlan> & { readonly opportunityId: string }) {
  const { pending, problem, fieldErrors, submit } = useSubmission();
  const { draft, field, set } = useDraft(() => draftOf(record), { errors: fieldErrors });
  const save = () =>
    submit(async () => {
      const { fields, issues } = planFrom(opportunityId, draft);
      assertNoIssues(issues, 'presentation plan');
      if (record) await api.update('presentationPlan', record.id, fields);
      else await api.create('presentationPlan', { opportunityId, ...fields });
      onSaved(`${record ? 'Changed' : 'Added'} the plan “${fields.topic}”.`);
    });
  return (
    <FormFrame
      title={record ? `Change “${record.topic}”` : 'New presentation plan'}
      problem={problem}
      pending={pending}
      submitLabel={record ? 'Save the plan' : 'Add the plan'}
      onSubmit={() => void save()}
      onCancel={onCancel}
    >
      <TextField label="Topic" {...field('topic')} />
      <TextField
        label="Audience"
        hint="Who will be in the room, such as the hiring panel or the team."
        {...field('audience')}
      />
      <TextField
        label="Time limit in minutes"
        inputMode="numeric"
        hint="Leave empty if no limit was given."
        {...field('timeLimit')}
        error={fieldErrors.timeLimitMinutes}
      />
      <PlanSectionsEditor
        sections={draft.sections}
        timeLimitMinutes={minutesFrom(draft.timeLimit) ?? null}
        errors={fieldErrors}
        onChange={(sections) => set('sections', sections)}
      />
    </FormFrame>
  );
}
