import { reflectionDimensions } from '../../content/reflection.js';
import type { Reflection } from '../../domain/reflection.js';
import type { Round } from '../../domain/round.js';
import { afterRoundApi } from '../after-round-api.js';
import { roundName } from '../cockpit/cockpit-data.js';
import { RadioGroup } from '../components/choice-fields.js';
import { TextAreaField } from '../components/fields.js';
import { FormFrame } from '../components/form-frame.js';
import { linesOf, orNull, useDraft, useSubmission } from '../form.js';

type Rating = '' | '1' | '2' | '3' | '4' | '5';
type RatingField = (typeof reflectionDimensions)[number]['field'];

const ratingChoices = [
  { value: '1', label: '1 Poor' },
  { value: '2', label: '2 Weak' },
  { value: '3', label: '3 OK' },
  { value: '4', label: '4 Good' },
  { value: '5', label: '5 Excellent' },
] as const;

const hints: Record<RatingField, string> = {
  preparationRating: 'Did you know the people, the company and your stories well enough?',
  answersRating: 'Were your answers clear, to the point, with a result?',
  bodyLanguageRating: 'Eye contact, posture, pace, calm.',
  connectionRating: 'Did the conversation flow; did you build rapport?',
};

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

type ReflectionDraft = Record<RatingField, Rating> & {
  readonly wentWell: string;
  readonly toImprove: string;
  readonly lessons: string;
};

function draftOf(reflection: Reflection | undefined): ReflectionDraft {
  const rating = (value: number | null | undefined) => (value ? (String(value) as Rating) : '');
  return {
    preparationRating: rating(reflection?.preparationRating),
    answersRating: rating(reflection?.answersRating),
    bodyLanguageRating: rating(reflection?.bodyLanguageRating),
    connectionRating: rating(reflection?.connectionRating),
    wentWell: reflection?.wentWell ?? '',
    toImprove: reflection?.toImprove ?? '',
    lessons: reflection?.lessons.join('\n') ?? '',
  };
}

/** Four ratings, what went well, what to improve and the lessons: the candidate's look back. */
export function ReflectionForm({
  round,
  reflection,
  onSaved,
}: {
  readonly round: Round;
  readonly reflection: Reflection | undefined;
  readonly onSaved: (summary: string) => void;
}) {
  const { pending, problem, fieldErrors, submit } = useSubmission();
  const { draft, set, field } = useDraft(() => draftOf(reflection), { errors: fieldErrors });
  const number = (rating: Rating) => (rating === '' ? null : Number(rating));
  const save = () =>
    void submit(async () => {
      await afterRoundApi.saveReflection(round.id, {
        preparationRating: number(draft.preparationRating),
        answersRating: number(draft.answersRating),
        bodyLanguageRating: number(draft.bodyLanguageRating),
        connectionRating: number(draft.connectionRating),
        wentWell: orNull(draft.wentWell),
        toImprove: orNull(draft.toImprove),
        lessons: linesOf(draft.lessons),
      });
      onSaved(`Reflection on ${roundName(round)} saved.`);
    });
  return (
    <FormFrame
      title={`How did ${roundName(round)} go?`}
      problem={problem}
      pending={pending}
      submitLabel="Save reflection"
      onSubmit={save}
    >
      <div className="rating-grid">
        {reflectionDimensions.map((dimension) => (
          <RadioGroup
            key={dimension.field}
            legend={capital(dimension.label)}
            name={dimension.field}
            hint={hints[dimension.field]}
            choices={ratingChoices}
            value={draft[dimension.field]}
            onChange={(value) => set(dimension.field, value)}
            error={fieldErrors[dimension.field]}
          />
        ))}
      </div>
      <TextAreaField label="What went well" rows={3} {...field('wentWell')} />
      <TextAreaField label="What to improve" rows={3} {...field('toImprove')} />
      <TextAreaField
        label="Lessons"
        hint="One per line. A lesson you write down twice shows up in your trends."
        rows={3}
        {...field('lessons')}
      />
    </FormFrame>
  );
}
