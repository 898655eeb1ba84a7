import { useState, type FormEvent } from 'react';
import type { AskAnalysis } from '../../coach/ask-analysis.js';
import { askCategories, type AskCategory } from '../../domain/question-to-ask.js';
import { api } from '../api.js';
import { roundOneQuestions, type Cockpit } from '../cockpit/cockpit-data.js';
import { loadAskCoach } from '../coach/load-coach.js';
import { useLiveAnalysis } from '../coach/use-live-analysis.js';
import { CheckboxGroup, SelectField, TextAreaField, type Choice } from '../components/fields.js';
import { FormProblem } from '../components/problem-message.js';
import { useDraft, useSubmission } from '../form.js';
import { askCategoryLabels } from '../labels.js';
import { AskFeedback } from './ask-feedback.js';

interface QuestionDraft {
  readonly question: string;
  /** The category the candidate picked; until then, the coach's suggestion is used. */
  readonly category: AskCategory | '' | null;
  readonly targetInterviewerIds: readonly string[];
}

const categoryChoices: Choice<AskCategory | ''>[] = [
  { value: '', label: 'No category' },
  ...askCategories.map((category) => ({ value: category, label: askCategoryLabels[category] })),
];

/** Pay and benefits are the employer's to raise until there is an offer. */
const afterOffer = new Set(['offer', 'accepted']);

/** Adds a question to ask, with the coach's live review of its wording. */
export function AddQuestionForm({
  cockpit,
  onSaved,
}: {
  readonly cockpit: Cockpit;
  readonly onSaved: (summary: string) => void;
}) {
  const { pending, problem, fieldErrors, submit } = useSubmission();
  const { draft, set, field } = useDraft<QuestionDraft>(
    { question: '', category: null, targetInterviewerIds: [] },
    { errors: fieldErrors },
  );
  const [roundOne] = useState(() => roundOneQuestions(cockpit));
  const stage = afterOffer.has(cockpit.opportunity.status) ? 'after_offer' : 'before_offer';
  const coach = useLiveAnalysis('ask', loadAskCoach, draft.question, (analyse) =>
    draft.question.trim() === ''
      ? null
      : analyse(draft.question, { stage, roundOneQuestions: roundOne }),
  );
  const suggested: AskAnalysis | null = coach.status === 'ready' ? (coach.analysis ?? null) : null;
  const category = draft.category ?? suggested?.category ?? '';

  const save = (event: FormEvent) => {
    event.preventDefault();
    void submit(async () => {
      const saved = await api.create('questionToAsk', {
        opportunityId: cockpit.opportunity.id,
        question: draft.question,
        category: category === '' ? null : category,
        targetInterviewerIds: [...draft.targetInterviewerIds],
      });
      onSaved(`Question added: “${saved.question}”`);
    });
  };

  return (
    <form className="form" onSubmit={save} noValidate aria-labelledby="add-question-title">
      <h3 id="add-question-title">Add a question</h3>
      <FormProblem problem={problem} />
      <TextAreaField label="Your question" rows={2} {...field('question')} required autoFocus />
      <AskFeedback
        coach={coach}
        question={draft.question}
        onRephrase={(wording) => set('question', wording)}
      />
      <SelectField
        label="Category"
        name="category"
        hint={
          draft.category === null && suggested
            ? `Suggested by the coach: ${suggested.categoryReason}`
            : undefined
        }
        choices={categoryChoices}
        value={category}
        onChange={(event) => {
          const value = categoryChoices.find(
            (choice) => choice.value === event.currentTarget.value,
          );
          if (value) set('category', value.value);
        }}
        error={fieldErrors.category}
      />
      {cockpit.interviewers.length > 0 ? (
        <CheckboxGroup
          legend="Who to ask"
          hint="Leave all unticked to ask whoever you meet."
          choices={cockpit.interviewers.map((interviewer) => ({
            value: interviewer.id,
            label: interviewer.name,
          }))}
          selected={draft.targetInterviewerIds}
          onChange={(ids) => set('targetInterviewerIds', ids)}
          error={fieldErrors.targetInterviewerIds}
        />
      ) : null}
      <div className="actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? 'Saving…' : 'Save question'}
        </button>
      </div>
    </form>
  );
}
